import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';
import { kindName } from '../../content/vocabulary';
import type { MapTooltip } from './map-tooltip';

/** How long a tapped name stays up on a touch screen. */
const TAP_MS = 2500;
const timers = new WeakMap<MapTooltip, number>();

/**
 * Shows the name of the feature under the pointer (or just tapped) in the tooltip, or hides it. Sets
 * the tooltip's property directly, so a pointer move re-renders the tooltip alone, not the app.
 */
export function showTip(
  tooltip: MapTooltip | null,
  content: Content,
  lang: Lang,
  id: string | null,
  point?: { x: number; y: number },
  tap = false,
): void {
  // A tapped name stays for its time: touch screens also send emulated mouse moves and leaves.
  if (!tooltip || (timers.has(tooltip) && !tap)) return;
  const feature = id ? content.features.get(id)?.feature : undefined;
  if (!feature || !point) {
    tooltip.tip = null;
    return;
  }
  const p = feature.properties;
  tooltip.tip = {
    name: lang === 'zh' ? p.name_zh : p.name_en,
    kind: kindName(content.manifest, p.kind)[lang],
    x: point.x,
    y: point.y,
  };
  clearTimeout(timers.get(tooltip));
  timers.delete(tooltip);
  if (tap)
    timers.set(
      tooltip,
      window.setTimeout(() => {
        timers.delete(tooltip);
        tooltip.tip = null;
      }, TAP_MS),
    );
}
