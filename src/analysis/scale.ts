/** Map scale: ground distance per screen pixel, and the round lengths scale bars show. */

/** Ground metres per CSS pixel of a web-Mercator map (MapLibre's 512-pixel world at zoom 0). */
export function metresPerPixel(zoom: number, latitude: number): number {
  return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest 1, 2 or 5 × 10ⁿ metres not longer than `max` metres; 0 when `max` is not positive. */
export function roundLength(max: number): number {
  if (!(max > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [5, 2, 1].find((s) => s * power <= max) ?? 1;
  return step * power;
}

/**
 * An on-screen scale bar at most `maxPx` CSS pixels long: the round length it stands for (0 when the
 * resolution is not positive) and its length in whole pixels.
 */
export function screenScaleBar(metresPerPx: number, maxPx: number): { metres: number; px: number } {
  const metres = roundLength(metresPerPx * maxPx);
  return { metres, px: metres ? Math.round(metres / metresPerPx) : 0 };
}
