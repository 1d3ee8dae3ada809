import { html, nothing } from 'lit';
import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';
import { tl } from '../../i18n/layer-panel';
import { FLOW_COLORS } from '../../state/deck-view';
import { swatch } from './swatch';

/** What the switches ask of their element. */
export interface ViewSwitchActions {
  toggle(view: '3d' | 'flows', on: boolean): void;
}

/**
 * The deck.gl views as two switches: the layout in 3D, and the Bay Area links with their legend, the
 * file's note that arcs are routes and not volumes, and every route as text (the arcs' text alternative).
 */
export function viewSwitches(
  content: Content,
  lang: Lang,
  state: { view3d: boolean; flows: boolean },
  actions: ViewSwitchActions,
) {
  const flows = content.flows;
  const item = (view: '3d' | 'flows', on: boolean, label: string) => html`<label class="toggle switch">
    <input
      type="checkbox"
      role="switch"
      data-view=${view}
      .checked=${on}
      @change=${(e: Event) => actions.toggle(view, (e.target as HTMLInputElement).checked)}
    />
    <span class="name">${label}</span>
  </label>`;
  return html`
    <section class="group views" aria-labelledby="views-title">
      <h3 id="views-title">${tl(lang, 'viewsTitle')}</h3>
      <ul>
        <li class="layer ${state.view3d ? 'on' : 'off'}">
          ${item('3d', state.view3d, tl(lang, 'view3d'))}
          ${state.view3d ? html`<p class="note">${tl(lang, 'view3dNote')}</p>` : nothing}
        </li>
        ${
          flows
            ? html`<li class="layer ${state.flows ? 'on' : 'off'}">
              ${item('flows', state.flows, tl(lang, 'flows'))}
              ${state.flows ? flowDetails(content, lang) : nothing}
            </li>`
            : nothing
        }
      </ul>
    </section>
  `;
}

function flowDetails(content: Content, lang: Lang) {
  const flows = content.flows;
  if (!flows) return nothing;
  const legend = [
    { label: tl(lang, 'flowRail'), color: FLOW_COLORS.rail },
    { label: tl(lang, 'flowRoad'), color: FLOW_COLORS.road },
    // The rail colour half-way to the panel's background, as the fainter arcs look on the map.
    { label: tl(lang, 'flowOnward'), color: '#8ca4bf' },
  ];
  const nameOf = (id: string) => {
    const place = flows.destinations.find((d) => d.id === id);
    const props = place ?? content.features.get(id)?.feature.properties;
    return props ? (lang === 'zh' ? props.name_zh : props.name_en) : id;
  };
  return html`
    <p class="note">${flows.note[lang]}</p>
    <ul class="legend" aria-label=${tl(lang, 'flowLegend')}>
      ${legend.map(
        (e) => html`<li>
          ${swatch({ label: { zh: e.label, en: e.label }, color: e.color, shape: 'line' })}
          <span>${e.label}</span>
        </li>`,
      )}
    </ul>
    <details class="legend routes">
      <summary>${tl(lang, 'flowRoutes', { n: flows.links.length })}</summary>
      <ul>
        ${flows.links.map(
          (l) => html`<li>
            ${tl(lang, 'flowRoute', {
              from: nameOf(l.origin),
              to: nameOf(l.destination),
              route: lang === 'zh' ? l.route_zh : l.route_en,
            })}
          </li>`,
        )}
      </ul>
    </details>
  `;
}
