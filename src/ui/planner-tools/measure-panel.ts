import { html } from 'lit';
import { formatArea, formatDistance } from '../../analysis/amounts';
import { pathLength_m, polygonArea_m2 } from '../../analysis/measure';
import type { Lang } from '../../content/types';
import { tp } from '../../i18n/planner-tools';
import type { LngLat } from '../../state/store';
import { canFinish } from './map-input';
import { segmentsOf } from './overlays';

/** The running total of the measuring tool, as read out (and announced) in the panel. */
export function measureReadout(points: LngLat[], area: boolean, lang: Lang): string {
  if (!points.length) return tp(lang, 'noPoints');
  const count = tp(lang, 'points', { n: points.length });
  if (area) {
    if (points.length < 3) return `${tp(lang, 'areaNeeds')} (${count})`;
    return tp(lang, 'areaReadout', { value: formatArea(polygonArea_m2(points), lang), points: count });
  }
  return tp(lang, 'distanceReadout', { value: formatDistance(pathLength_m(points), lang), points: count });
}

/** The lengths of the sides (when more than one) and, for an area, the perimeter; '' when none. */
export function measureDetails(points: LngLat[], area: boolean, lang: Lang): string[] {
  const closed = area && points.length >= 3;
  const sides = segmentsOf(points, closed).map((s) => pathLength_m(s));
  const lines: string[] = [];
  if (closed)
    lines.push(
      tp(lang, 'perimeter', {
        value: formatDistance(
          sides.reduce((a, b) => a + b, 0),
          lang,
        ),
      }),
    );
  if (sides.length > 1)
    lines.push(tp(lang, 'segments', { values: sides.map((m) => formatDistance(m, lang)).join(' · ') }));
  return lines;
}

/** What the measure panel does when its buttons are pressed. */
export interface MeasureActions {
  setArea(area: boolean): void;
  setPoints(points: LngLat[]): void;
  finish(): void;
  close(): void;
}

/** The measuring tool's panel: distance/area switch, live read-out with sides and perimeter, finish, undo, clear. */
export function renderMeasurePanel(
  points: LngLat[],
  area: boolean,
  done: boolean,
  lang: Lang,
  on: MeasureActions,
) {
  return html`
    <section class="panel" aria-labelledby="pt-measure-title">
      <header>
        <h2 id="pt-measure-title">${tp(lang, 'measureTitle')}</h2>
        <button type="button" class="close" aria-label=${tp(lang, 'close')} @click=${on.close}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div class="switch" role="group" aria-label=${tp(lang, 'measureTitle')}>
        <button type="button" aria-pressed=${area ? 'false' : 'true'} @click=${() => on.setArea(false)}>
          ${tp(lang, 'distance')}
        </button>
        <button type="button" aria-pressed=${area ? 'true' : 'false'} @click=${() => on.setArea(true)}>
          ${tp(lang, 'area')}
        </button>
      </div>
      <p class="readout" aria-live="polite" aria-atomic="true" data-measure-readout>
        ${measureReadout(points, area, lang)}${done ? html` <span class="done">${tp(lang, 'finished')}</span>` : ''}
      </p>
      ${measureDetails(points, area, lang).map((line) => html`<p class="details">${line}</p>`)}
      <p class="hint wide">${tp(lang, done ? 'restartHint' : 'measureHint')}</p>
      <p class="hint narrow">${tp(lang, done ? 'restartHint' : 'measureHintTouch')}</p>
      <div class="actions">
        <button type="button" ?disabled=${done || !canFinish(points, area)} @click=${on.finish}>
          ${tp(lang, 'finish')}
        </button>
        <button type="button" ?disabled=${!points.length} @click=${() => on.setPoints(points.slice(0, -1))}>
          ${tp(lang, 'undo')}
        </button>
        <button type="button" ?disabled=${!points.length} @click=${() => on.setPoints([])}>
          ${tp(lang, 'clear')}
        </button>
      </div>
    </section>
  `;
}
