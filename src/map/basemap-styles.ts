// The styles of the basemaps other than the embedded one: online styles and raster tiles with the
// atlas's sources and layers on top, and the offline street basemap (a vector PMTiles archive) drawn
// over the embedded land and under the atlas. Pure but for the fetch of an online style.
import { addProtocol, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import type { BasemapDef, Lang } from '../content/types';
import { OSM_PALETTE, osmBasemapLayers, osmBasemapSource } from './osm-style';

/** The message of a basemap that needs a key the link does not give (the adapter words it). */
export const NO_KEY = 'no key configured';

/** A custom style's attribution as plain text: its sources' HTML is read for its words only. */
export function styleAttribution(style: StyleSpecification): string {
  const parts = Object.values(style.sources)
    .map((s) => ('attribution' in s && typeof s.attribution === 'string' ? s.attribution : ''))
    .filter(Boolean)
    .map((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '');
  return [...new Set(parts.filter(Boolean))].join(' · ');
}

/**
 * An online style with the atlas's thematic layers on top. The embedded context is left out; our
 * own sources and thematic layers are kept so the overlays stay the same on any basemap.
 */
export async function onlineStyle(
  def: BasemapDef,
  embedded: StyleSpecification,
  key: string | undefined,
  dataBase: URL,
  lang: Lang,
): Promise<StyleSpecification> {
  // The analysis overlay (`o-`) rides along with the thematic layers (`t-`) on any basemap.
  const thematic = embedded.layers.filter((l) => /^[to]-/.test(l.id));
  const thematicSources = Object.fromEntries(
    Object.entries(embedded.sources).filter(([id]) => /^[to]-/.test(id)),
  );
  if (def.type === 'raster') {
    if (def.requiresKey && !key) throw new Error(NO_KEY);
    const tiles = def.tiles.map((t) => t.replace('{key}', encodeURIComponent(key ?? '')));
    if (tiles.some((t) => t.startsWith(PMTILES))) await usePmtiles();
    const sources = Object.fromEntries(
      tiles.map((t, i) => [
        `raster-${i}`,
        {
          type: 'raster' as const,
          tiles: [t],
          tileSize: 256,
          ...(def.attribution ? { attribution: def.attribution } : {}),
        },
      ]),
    );
    const layers: LayerSpecification[] = tiles.map((_, i) => ({
      id: `raster-${i}`,
      type: 'raster',
      source: `raster-${i}`,
    }));
    return {
      version: 8,
      sources: { ...sources, ...thematicSources },
      layers: [...backdrop(embedded, layers), ...layers, ...thematic],
    };
  }
  if (def.type === 'pmtiles-vector') {
    await usePmtiles();
    return withStreets(embedded, new URL(def.url, dataBase).href, lang);
  }
  if (def.type !== 'style') throw new Error('not an online basemap');
  const response = await fetch(def.url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const base = (await response.json()) as StyleSpecification;
  if (JSON.stringify(base.sources).includes(PMTILES)) await usePmtiles();
  return {
    ...base,
    sources: { ...base.sources, ...thematicSources },
    layers: [...backdrop(embedded, base.layers), ...base.layers, ...thematic],
  };
}

/**
 * The embedded style's background, for a basemap whose layers have none: the map's canvas has no
 * alpha channel (`opaque-canvas`), so where no layer draws, such as a raster tile still loading, it
 * would be black.
 */
function backdrop(embedded: StyleSpecification, layers: LayerSpecification[]): LayerSpecification[] {
  if (layers.some((l) => l.type === 'background')) return [];
  return embedded.layers.filter((l) => l.type === 'background');
}

/** The source of the offline street basemap in the atlas's own style. */
const STREETS = 'osm-streets';

/**
 * The embedded style with the offline street basemap drawn over its land and sea (the archive has no
 * sea: OpenStreetMap's sea is what lies beyond the coastlines) and under the atlas's own layers; the
 * street labels sit under the atlas's labels.
 */
function withStreets(embedded: StyleSpecification, archive: string, lang: Lang): StyleSpecification {
  const streets = osmBasemapLayers(STREETS, lang, OSM_PALETTE, { background: false });
  const labels = streets.filter((l) => l.type === 'symbol');
  const rest = streets.filter((l) => l.type !== 'symbol');
  const layers = [...embedded.layers];
  // Over the embedded land fills and outlines (the first non-basemap layer marks the end of those).
  const firstOver = layers.findIndex((l) => !l.id.startsWith('ctx-') && l.id !== 'bg');
  layers.splice(firstOver < 0 ? layers.length : firstOver, 0, ...rest);
  const firstLabel = layers.findIndex((l) => l.type === 'symbol' && l.id.startsWith('t-'));
  layers.splice(firstLabel < 0 ? layers.length : firstLabel, 0, ...labels);
  return { ...embedded, sources: { ...embedded.sources, [STREETS]: osmBasemapSource(archive) }, layers };
}

const PMTILES = 'pmtiles://';
let pmtilesReady: Promise<void> | null = null;

/**
 * Lets MapLibre read PMTiles archives (single files on any static host, read with range requests):
 * the `pmtiles` package is loaded and its protocol registered the first time a basemap names one.
 */
export function usePmtiles(): Promise<void> {
  pmtilesReady ??= import('pmtiles').then(({ Protocol }) => addProtocol('pmtiles', new Protocol().tile));
  return pmtilesReady;
}
