import { html } from 'lit';
import { formatArea, formatDistance, pathLength_m, polygonArea_m2 } from '../../analysis/measure';
import type { Lang } from '../../content/types';
import { tp } from '../../i18n/planner-tools';
import type { LngLat } from '../../state/store';

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

/** What the measure panel does when its buttons are pressed. */
export interface MeasureActions {
  setArea(area: boolean): void;
  setPoints(points: LngLat[]): void;
  close(): void;
}

/** The measuring tool's panel: distance/area switch, live read-out, undo, clear. */
export function renderMeasurePanel(points: LngLat[], area: boolean, lang: Lang, on: MeasureActions) {
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
        ${measureReadout(points, area, lang)}
      </p>
      <p class="hint">${tp(lang, 'measureHint')}</p>
      <div class="actions">
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
