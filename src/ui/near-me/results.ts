import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDistance } from '../../analysis/amounts';
import { pointInPolygonal } from '../../analysis/geometry';
import { containing, type WhatHereContext } from '../../analysis/what-here';
import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';
import { tn } from '../../i18n/near-me';
import type { NearResult } from '../../nearby/near-data';
import { statusLabel } from '../feature-inspector/format';

/** Closer than this, a result is "here" rather than a distance and a walk. */
export const HERE_M = 30;

/** What the result list asks of its element. */
export interface ResultActions {
  select(id: string): void;
  hover(ids: string[]): void;
  measure(n: number): void;
}

/** The name of a feature (or of a category that is a whole layer) in the reader's language. */
export function nameOf(content: Content, id: string, lang: Lang): string {
  const p = content.features.get(id)?.feature.properties;
  return p ? (lang === 'en' ? p.name_en : p.name_zh) : id;
}

/** "Zone · Belt · Subdistrict" for a point, from the plan's areas and the subdistricts it lies in. */
export function whereText(
  content: Content,
  ctx: WhatHereContext,
  point: [number, number],
  lang: Lang,
): string {
  // The district's outline is walked only for a point in no zone or subdistrict.
  const here = containing(point, ctx, false);
  const ids = [...here.zones, ...(here.subdistrict ? [here.subdistrict] : [])];
  if (ids.length) return ids.map((id) => nameOf(content, id, lang)).join(' · ');
  return !ctx.container || pointInPolygonal(point, ctx.container.geometry) ? '' : tn(lang, 'liesOutside');
}

/**
 * One result: its name (a button that selects it on the map), category and status, straight-line
 * distance and walking time, where it lies, and the measures it serves (buttons to the text).
 */
export function resultItem(
  content: Content,
  ctx: WhatHereContext,
  r: NearResult,
  lang: Lang,
  selected: boolean,
  categoryName: (key: string) => string,
  actions: ResultActions,
) {
  const { item } = r;
  const where = whereText(content, ctx, item.point, lang);
  // A few metres off is where the reader stands: "here" reads better than "0 m, about 1 min walk".
  const here = r.distance_m < HERE_M;
  const enter = () => actions.hover([item.id]);
  const leave = () => actions.hover([]);
  return html`<li class=${selected ? 'result selected' : 'result'} data-feature=${item.id}>
    <button
      type="button"
      class="pick"
      aria-current=${selected ? 'true' : nothing}
      @click=${() => actions.select(item.id)}
      @focus=${enter}
      @mouseenter=${enter}
      @blur=${leave}
      @mouseleave=${leave}
    >
      <span class="name">${item.name?.[lang] ?? nameOf(content, item.id, lang)}</span>
      <span class="distance">${here ? tn(lang, 'here') : formatDistance(r.distance_m, lang)}</span>
    </button>
    <div class="facts">
      <span class="tag">${categoryName(item.category)}</span>
      ${item.status ? html`<span class="tag status-${item.status}">${statusLabel(item.status, lang)}</span>` : nothing}
      ${here ? nothing : html`<span class="walk">${tn(lang, 'walk', { n: r.walk_min })}</span>`}
      ${
        item.measures.length
          ? html`<span class="serves">
            <span class="vh">${tn(lang, 'serves')}</span>
            ${item.measures.map(
              (n) => html`<button
                type="button"
                class="measure"
                aria-label=${tn(lang, 'measureLabel', { n })}
                @click=${() => actions.measure(n)}
              >
                ${tn(lang, 'measure', { n })}
              </button>`,
            )}
          </span>`
          : nothing
      }
    </div>
    ${where ? html`<p class="where" title=${where}>${tn(lang, 'lies', { where })}</p>` : nothing}
  </li>`;
}

/** The list, keyed by feature id so a moving radius does not rebuild the rows that stay. */
export function resultList(
  content: Content,
  ctx: WhatHereContext,
  results: NearResult[],
  lang: Lang,
  selection: string | null,
  categoryName: (key: string) => string,
  actions: ResultActions,
) {
  return html`<ol class="results">
    ${repeat(
      results,
      (r) => r.item.id,
      (r) => resultItem(content, ctx, r, lang, r.item.id === selection, categoryName, actions),
    )}
  </ol>`;
}
