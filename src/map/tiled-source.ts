/**
 * Thematic layers the build cut into vector tiles (see content/tiled.ts): their source is a PMTiles
 * archive read with range requests, and their map layers read the archive's one source layer, named
 * after the layer id. Style code only; the adapter uses the content's index for everything else.
 */
import {
  addProtocol,
  type CircleLayerSpecification,
  type ExpressionSpecification,
  type LayerSpecification,
  type SourceSpecification,
} from 'maplibre-gl';
import type { TiledLayer } from '../content/tiled';

/** The property every tile feature carries: the atlas feature id, promoted for feature-state. */
const FEATURE_ID = 'fid';

/**
 * The vector source of a tiled layer. Tiles are named by template with the build's zooms and bounds
 * rather than by the archive's TileJSON: MapLibre then touches the archive (and loads the PMTiles
 * reader) only when a tile is drawn, so a tiled layer that starts hidden costs nothing at start-up.
 */
export function tiledSource(archiveUrl: string, tiled: TiledLayer): SourceSpecification {
  return {
    type: 'vector',
    tiles: [`pmtiles://${archiveUrl}/{z}/{x}/{y}`],
    minzoom: tiled.minzoom,
    maxzoom: tiled.maxzoom,
    bounds: tiled.bounds,
    promoteId: FEATURE_ID,
  };
}

/** How far below the zoom where its names appear a tiled layer's dots reach their full size. */
const DOT_GROWTH_ZOOMS = 4;

/**
 * A thematic layer's map layers made to read the tiles: each names the archive's source layer, and the
 * area labels, which a GeoJSON layer takes from a label-point source of its own, come from the tiles too.
 * Further out than `labelMinzoom`, where the layer's own names start, a tiled layer draws thousands of
 * dots: there the invisible marks that keep names off the dots are left out (a mark each would be the
 * costliest symbols of every frame, and would only keep the other layers' names off a carpet of dots),
 * and the dots shrink to half their size four zooms out (a carpet reads better, and draws in a fraction
 * of the pixels: software WebGL pays per pixel).
 */
export function tiledLayers(
  layers: LayerSpecification[],
  source: string,
  sourceLayer: string,
  labelMinzoom = 0,
): LayerSpecification[] {
  return layers.map((l) => {
    if (l.type === 'background') return l;
    const tiled = { ...l, source, 'source-layer': sourceLayer } as LayerSpecification;
    if (l.id.endsWith('-mark')) tiled.minzoom = Math.max(l.minzoom ?? 0, labelMinzoom);
    if (l.type === 'circle' && labelMinzoom > DOT_GROWTH_ZOOMS && l.paint?.['circle-radius'] !== undefined) {
      const full = l.paint['circle-radius'] as ExpressionSpecification | number;
      (tiled as CircleLayerSpecification).paint = {
        ...l.paint,
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          labelMinzoom - DOT_GROWTH_ZOOMS,
          ['*', 0.5, full],
          labelMinzoom,
          full,
        ],
      };
    }
    return tiled;
  });
}

let registered = false;

/**
 * Registers the `pmtiles://` protocol at once, with the PMTiles reader imported on the first tile:
 * the style can name a tiled source from its first frame without waiting for the import, and a visit
 * that never shows a tiled layer never downloads it. (`usePmtiles` in basemap-styles.ts registers its
 * own reader when a basemap needs one; either answers every archive.)
 */
export function registerTiledProtocol(): void {
  if (registered) return;
  registered = true;
  let reader: Promise<import('pmtiles').Protocol> | null = null;
  addProtocol('pmtiles', async (params, abort) => {
    reader ??= import('pmtiles').then(({ Protocol }) => new Protocol());
    // The reader answers with MapLibre's own response shape, typed by pmtiles more loosely.
    return (await reader).tilev4(params, abort) as ReturnType<Parameters<typeof addProtocol>[1]>;
  });
}
