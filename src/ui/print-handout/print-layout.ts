import { metresPerPixel, roundLength } from '../../analysis/scale';
import type { Camera } from '../../content/types';

export type Paper = 'a4' | 'a3';

/** The printed map of a handout page, in millimetres (A3 is A4 scaled by about √2). */
export const HANDOUT_MAP_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 160, height: 100 },
  a3: { width: 226, height: 141 },
};

/** The size map labels are drawn at on screen (src/map/style.ts: 12-13 px). */
const LABEL_PX = 12.5;
/** The size they should print at: 8.5 pt, in millimetres. */
const LABEL_PRINT_MM = (8.5 * 25.4) / 72;
/** The viewport width step cameras are framed for (presenter mode on a desktop screen). */
export const STEP_VIEW_WIDTH = 1280;

/** The map's CSS size for a capture that prints labels at 8.5 pt at the printed size. */
export function captureSize(paper: Paper): { width: number; height: number } {
  const mm = HANDOUT_MAP_MM[paper];
  const pxPerMm = LABEL_PX / LABEL_PRINT_MM;
  return { width: Math.round(mm.width * pxPerMm), height: Math.round(mm.height * pxPerMm) };
}

/**
 * The step's camera for a capture `width` CSS pixels wide: zoomed out so it spans as much ground
 * across as the step's view does on the screen it was framed for.
 */
export function printCamera(camera: Camera, width: number): Camera {
  return { ...camera, zoom: camera.zoom + Math.log2(width / STEP_VIEW_WIDTH) };
}

/** A scale bar for a printed map: its length on paper, the distance it stands for, the scale. */
export interface ScaleBar {
  /** Length of the bar on paper, mm. */
  mm: number;
  /** The ground distance the bar stands for, metres (1, 2 or 5 × a power of ten). */
  metres: number;
  /** The map's scale denominator, rounded to two significant figures (1 : 48 000). */
  denominator: number;
}

/**
 * The scale bar of a map drawn with `camera` on a canvas `widthPx` CSS pixels wide and printed
 * `widthMm` wide: the longest round distance that fits in a quarter of the map's width.
 */
export function scaleBar(camera: Camera, widthPx: number, widthMm: number): ScaleBar {
  const metresPerMm = (metresPerPixel(camera.zoom, camera.center[1]) * widthPx) / widthMm;
  const metres = roundLength((widthMm / 4) * metresPerMm);
  const raw = metresPerMm * 1000;
  const magnitude = 10 ** (Math.floor(Math.log10(raw)) - 1);
  return { mm: metres / metresPerMm, metres, denominator: Math.round(raw / magnitude) * magnitude };
}
