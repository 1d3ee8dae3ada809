/**
 * Distances and areas written for people, in the page's language. Apart from the measuring (./measure.ts,
 * which needs turf) because the map's scale bar writes distances from the start, where turf is not loaded.
 */
import type { Lang } from '../content/types';

/** Drops trailing zeros of a fixed-point number: "1.50" → "1.5", "2.00" → "2". */
function trim(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function assertAmount(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new Error(`${what} must be a finite number ≥ 0, got ${value}`);
}

/** A distance for people: "850 米" / "850 m" below 1 km (whole metres), else "1.25 公里" / "1.25 km". */
export function formatDistance(m: number, lang: Lang): string {
  assertAmount(m, 'distance');
  const metres = Math.round(m);
  if (metres < 1000) return lang === 'zh' ? `${metres} 米` : `${metres} m`;
  const km = trim((m / 1000).toFixed(2));
  return lang === 'zh' ? `${km} 公里` : `${km} km`;
}

/**
 * An area for people: whole m² below 10 000 m² ("850 平方米" / "850 m²"), else km² with 3 decimals below
 * 1 km² and 2 above ("0.125 km²", "78.36 km²"), trailing zeros dropped.
 */
export function formatArea(m2: number, lang: Lang): string {
  assertAmount(m2, 'area');
  const whole = Math.round(m2);
  if (whole < 10000) return lang === 'zh' ? `${whole} 平方米` : `${whole} m²`;
  const km2 = m2 / 1e6;
  const text = trim(km2.toFixed(km2 < 1 ? 3 : 2));
  return lang === 'zh' ? `${text} 平方公里` : `${text} km²`;
}
