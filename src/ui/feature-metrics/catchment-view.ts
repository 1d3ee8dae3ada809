import { html, nothing } from 'lit';
import { formatDistance } from '../../analysis/amounts';
import type { CatchmentItem, CatchmentResult } from '../../analysis/catchment';
import type { Lang, Manifest } from '../../content/types';
import { categoryName, kindsWithRole } from '../../content/vocabulary';
import { roleVars, tm } from '../../i18n/feature-metrics';

/**
 * What falls inside a catchment: a summary line (announced when it changes), then the stations, the
 * ports and hubs, the projects grouped by category, and the subdistricts reached. Every feature is a
 * button that selects it.
 */
export function renderCatchment(
  result: CatchmentResult,
  manifest: Pick<Manifest, 'categories' | 'kinds'>,
  lang: Lang,
  name: (id: string) => string,
  select: (id: string) => void,
) {
  const c = result.counts;
  const roles = roleVars(manifest, lang);
  const item = (i: CatchmentItem) => html`<li>
    <button type="button" class="item" @click=${() => select(i.id)}>
      ${tm(lang, 'stationAt', { name: name(i.id), distance: formatDistance(i.distance_m, lang) })}
    </button>
  </li>`;
  const list = (items: CatchmentItem[]) =>
    items.length
      ? html`<ul class="items">
          ${items.map(item)}
        </ul>`
      : html`<p class="empty">${tm(lang, 'nothing')}</p>`;
  const of = (layer: string) => result.items.filter((i) => i.layer === layer);
  const categories = Object.keys(result.byCategory).sort(
    (a, b) => (result.byCategory[b] ?? 0) - (result.byCategory[a] ?? 0) || (a < b ? -1 : 1),
  );
  return html`
    <div class="catchment-result">
      <p class="summary" role="status">
        ${tm(lang, 'summary', {
          ...roles,
          radius: result.radius_m,
          stations: c.stations ?? 0,
          hubs: c.hubs ?? 0,
          projects: c.projects ?? 0,
          areas: result.areas.length,
        })}
      </p>
      <h5>${tm(lang, 'stations', roles)} (${c.stations ?? 0})</h5>
      ${list(of('stations'))}
      <h5>${tm(lang, 'hubs', roles)} (${c.hubs ?? 0})</h5>
      ${list(of('hubs'))}
      <h5>${tm(lang, 'projects', roles)} (${c.projects ?? 0})</h5>
      ${
        categories.length
          ? categories.map(
              (
                cat,
              ) => html`<h6>${tm(lang, 'categoryCount', { category: categoryName(manifest, cat)[lang], n: result.byCategory[cat] ?? 0 })}</h6>
                ${list(of('projects').filter((i) => i.category === cat))}`,
            )
          : html`<p class="empty">${tm(lang, 'nothing')}</p>`
      }
      ${
        // An atlas without areas (no kind has the `area` role) has no such row.
        kindsWithRole(manifest, 'area').length
          ? html`<h5>${tm(lang, 'subdistricts', roles)} (${result.areas.length})</h5>
            ${
              result.areas.length
                ? html`<ul class="items">
                    ${result.areas.map((id) => html`<li><button type="button" class="item" @click=${() => select(id)}>${name(id)}</button></li>`)}
                  </ul>`
                : html`<p class="empty">${tm(lang, 'nothing')}</p>`
            }`
          : nothing
      }
    </div>
  `;
}
