/**
 * Map images for handouts and exports: an off-screen map drawn from a view (the live map never moves)
 * and the live map redrawn at print resolution.
 */
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import type { Content } from '../content/load';
import type { Camera } from '../content/types';
import type { MapView } from '../state/view';
import { applyPaint, CJK_FONTS, cameraOptions, featureTarget, MAX_CANVAS } from './map-parts';
import { thematicLayers } from './style';

export interface OffscreenCapture {
  /** The live map's canvas: its CSS size is the default size of the capture. */
  live: HTMLCanvasElement;
  /** The complete style of the view (its switched-off layers hidden). */
  style: StyleSpecification;
  content: Content;
  view: MapView;
  camera: Camera;
  pixelRatio: number;
  /** CSS size of the capture (a handout picks the size at which labels print legibly). */
  size?: { width: number; height: number };
}

/** Draws the view on a map off screen, with no padding, and returns it as a PNG data URL. */
export async function captureOffscreen(c: OffscreenCapture): Promise<string> {
  const width = Math.max(1, Math.round(c.size?.width ?? c.live.clientWidth));
  const height = Math.max(1, Math.round(c.size?.height ?? c.live.clientHeight));
  const ratio = Math.min(c.pixelRatio, MAX_CANVAS / Math.max(width, height));
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
  });
  document.body.append(host);
  const offscreen = new MapLibreMap({
    container: host,
    style: c.style,
    ...cameraOptions(c.camera),
    interactive: false,
    attributionControl: false,
    localIdeographFontFamily: CJK_FONTS,
    fadeDuration: 0,
    pixelRatio: ratio,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    await new Promise<void>((resolve) => offscreen.once('load', () => resolve()));
    for (const layer of c.view.layers) {
      const entry = c.content.layers.find((l) => l.def.id === layer.id);
      if (!entry || !layer.visible) continue;
      for (const spec of thematicLayers(entry.def, c.view.lang, layer.opacity)) applyPaint(offscreen, spec);
    }
    for (const [key, ids] of [
      ['highlight', c.view.highlight],
      ['selected', c.view.selection ? [c.view.selection] : []],
    ] as const) {
      for (const id of ids) {
        const entry = c.content.features.get(id);
        if (entry && offscreen.getSource(entry.source))
          offscreen.setFeatureState(featureTarget(entry, id), { [key]: true });
      }
    }
    await new Promise<void>((resolve) => {
      offscreen.once('idle', () => resolve());
      offscreen.triggerRepaint();
    });
    return offscreen.getCanvas().toDataURL('image/png');
  } finally {
    offscreen.remove();
    host.remove();
  }
}

/**
 * The live map as a PNG data URL drawn at `pixelRatio`, once every tile and transition is done; the
 * screen's ratio is restored afterwards.
 */
export async function captureLive(map: MapLibreMap, pixelRatio: number): Promise<string> {
  const canvas = map.getCanvas();
  const screen = map.getPixelRatio();
  // WebGL canvases have a size limit; keep the longer side within what every GPU allows.
  const limit = MAX_CANVAS / Math.max(canvas.clientWidth, canvas.clientHeight, 1);
  map.setPixelRatio(Math.min(pixelRatio, limit));
  try {
    // Read inside the frame that drew it: the live map's drawing buffer is not preserved (preserving it
    // costs every frame a copy), so after the frame is shown the canvas reads as blank.
    return await new Promise<string>((resolve) => {
      map.once('idle', () => resolve(canvas.toDataURL('image/png')));
      map.triggerRepaint();
    });
  } finally {
    map.setPixelRatio(screen);
  }
}
