import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Lang } from '../../content/types';
import type { LayerFeatures } from '../../content/visible-features';
import { tl } from '../../i18n/layer-panel';
import { formatCount } from '../../i18n/translate';

/** What the list asks of its element when a feature is chosen or pointed at. */
export interface FeatureListActions {
  select(id: string): void;
  hover(ids: string[]): void;
}

/**
 * The text alternative of the map: the features in view, one collapsible list per layer. Keyed by
 * layer so a list the reader closed stays closed while the map moves.
 */
/**
 * Names listed per layer: a reader scans a few dozen, and thousands of buttons would cost every pan
 * (issue 14 measured 20,052 at 20k projects); the rest are counted and found by zooming in or searching.
 */
export const LIST_CAP = 100;

export function featureList(
  groups: LayerFeatures[],
  lang: Lang,
  selection: string | null,
  actions: FeatureListActions,
) {
  const leave = () => actions.hover([]);
  return html`
    <section class="features" aria-labelledby="features-title">
      <h3 id="features-title">${tl(lang, 'featuresTitle')}</h3>
      <p class="note">${groups.length ? tl(lang, 'featuresNote') : tl(lang, 'featuresNone')}</p>
      ${repeat(
        groups,
        (g) => g.def.id,
        (g) => html`
          <details open class="feature-group" data-layer=${g.def.id}>
            <summary>${g.def.name[lang]}<span class="count">${tl(lang, 'count', { n: formatCount(g.count, lang) })}</span></summary>
            <ul>
              ${g.features.map((f) => {
                const selected = f.id === selection;
                const enter = () => actions.hover([f.id]);
                return html`<li>
                  <button
                    type="button"
                    class="feature"
                    data-feature=${f.id}
                    aria-current=${selected ? 'true' : nothing}
                    @click=${() => actions.select(f.id)}
                    @focus=${enter}
                    @mouseenter=${enter}
                    @blur=${leave}
                    @mouseleave=${leave}
                  >
                    ${f.name[lang]}
                  </button>
                </li>`;
              })}
            </ul>
            ${g.count > g.features.length ? html`<p class="note">${tl(lang, 'moreInView', { n: formatCount(g.count - g.features.length, lang), listed: g.features.length })}</p>` : nothing}
          </details>
        `,
      )}
    </section>
  `;
}
