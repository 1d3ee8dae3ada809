import { html, nothing } from 'lit';
import { whatHereIn } from '../../analysis/atlas-context';
import { formatDistance } from '../../analysis/measure';
import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';
import { tp } from '../../i18n/planner-tools';
import type { LngLat } from '../../state/store';
import { measureSections, sectionLabel } from '../feature-inspector/format';

/** What the "what applies here" card does when its buttons are pressed. */
export interface HereActions {
  select(id: string): void;
  measure(section: string): void;
  close(): void;
}

/**
 * "What applies here": the layout zones and the subdistrict containing the point, the nearest station
 * and port in a straight line, and the measures that apply, each leading to its text.
 */
export function renderHereCard(content: Content, here: LngLat | null, lang: Lang, on: HereActions) {
  const name = (id: string) => {
    const p = content.features.get(id)?.feature.properties;
    return p ? (lang === 'zh' ? p.name_zh : p.name_en) : id;
  };
  const feature = (id: string, text = name(id)) =>
    html`<button type="button" class="link" @click=${() => on.select(id)}>${text}</button>`;
  const w = here ? whatHereIn(content, here) : null;
  const sections = w ? measureSections(w.measures, content.text.sections) : [];
  const nearest = (n: { id: string; distance_m: number } | null) =>
    n
      ? feature(
          n.id,
          tp(lang, 'nearestValue', { name: name(n.id), distance: formatDistance(n.distance_m, lang) }),
        )
      : tp(lang, 'none');
  return html`
    <section class="panel" aria-labelledby="pt-here-title">
      <header>
        <h2 id="pt-here-title">${tp(lang, 'hereTitle')}</h2>
        <button type="button" class="close" aria-label=${tp(lang, 'close')} @click=${on.close}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      ${
        !here || !w
          ? html`<p class="hint">${tp(lang, 'hereHint')}</p>`
          : html`
            <p class="coords">${tp(lang, 'herePoint', { lng: here[0].toFixed(5), lat: here[1].toFixed(5) })}</p>
            ${w.insideContainer ? nothing : html`<p class="warn">${tp(lang, 'outside')}</p>`}
            <dl class="facts" data-here-result>
              <dt>${tp(lang, 'zones')}</dt>
              <dd>
                ${w.zones.length ? html`<ul class="list">${w.zones.map((id) => html`<li>${feature(id)}</li>`)}</ul>` : tp(lang, 'noZone')}
              </dd>
              <dt>${tp(lang, 'subdistrict')}</dt>
              <dd>${w.subdistrict ? feature(w.subdistrict) : tp(lang, 'none')}</dd>
              <dt>${tp(lang, 'nearestStation')}</dt>
              <dd>${nearest(w.nearestStation)}</dd>
              <dt>${tp(lang, 'nearestPort')}</dt>
              <dd>${nearest(w.nearestPort)}</dd>
              <dt>${tp(lang, 'measures')}</dt>
              <dd>
                ${
                  sections.length
                    ? html`<ul class="chips">
                        ${sections.map(
                          (s) =>
                            html`<li><button type="button" class="chip" @click=${() => on.measure(s.id)}>${sectionLabel(s, lang)}</button></li>`,
                        )}
                      </ul>`
                    : tp(lang, 'noMeasures')
                }
              </dd>
            </dl>
            <p class="hint">${tp(lang, 'straightLine')}</p>
            <p class="vh" role="status">
              ${tp(lang, 'hereStatus', {
                zones: w.zones.length
                  ? w.zones.map(name).join(lang === 'zh' ? '、' : ', ')
                  : tp(lang, 'noZone'),
                subdistrict: w.subdistrict ? name(w.subdistrict) : tp(lang, 'none'),
              })}
            </p>
          `
      }
    </section>
  `;
}
