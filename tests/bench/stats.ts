/** Small statistics for the benchmark: medians, percentiles and ratios of possibly missing numbers. */

export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  // Nearest-rank: the value at or below which p% of the samples fall.
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function ratio(a: number, b: number): number {
  return b === 0 ? (a === 0 ? 1 : Number.POSITIVE_INFINITY) : a / b;
}

/** One refresh of headless Chromium's display, which begins a frame 60 times a second. */
const REFRESH_MS = 1000 / 60;

/**
 * The ratio of two frame intervals counted in display refreshes. A frame lasts a whole number of
 * refreshes and its rAF timestamps carry a fraction of a millisecond of jitter (200.1 against 166.7 ms
 * is 12 against 10 refreshes): counted in refreshes, the jitter cannot decide a target. Times that are
 * not close to whole refreshes (another display rate) are compared as they are.
 */
export function frameRatio(a: number, b: number): number {
  const whole = (ms: number) => Math.abs(ms / REFRESH_MS - Math.round(ms / REFRESH_MS)) < 0.05;
  if (!whole(a) || !whole(b)) return ratio(a, b);
  return ratio(Math.round(a / REFRESH_MS), Math.round(b / REFRESH_MS));
}

/** Formats a number for the table: a fixed number of decimals, or "–" when missing. */
export function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '–';
}
