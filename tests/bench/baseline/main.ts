/**
 * The benchmark's baseline: a bare MapLibre map with the app's embedded basemap and the same layers
 * fetched at run time, and nothing else (no panels, no validation, no controls): GeoJSON files, and for
 * a layer the build tiled (`tiled` in the built manifest) the same vector-tile archive through the same
 * pmtiles:// protocol as the app. It marks `map-idle` at the first idle, as the app does, and shows the
 * layers listed in `#l=` (else the defaults).
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { contextSourceId } from '../../../src/content/load';
import type { AtlasCollection, Manifest } from '../../../src/content/types';
import { CJK_FONTS } from '../../../src/map/map-parts';
import { embeddedStyle, thematicLayerIds } from '../../../src/map/style';
import { registerTiledProtocol } from '../../../src/map/tiled-source';

setWorkerUrl(workerUrl);

const base = new URL('data/', document.baseURI);
const NO_FEATURES: AtlasCollection = { type: 'FeatureCollection', features: [] };

async function load(file: string): Promise<AtlasCollection> {
  const collection = (await (await fetch(new URL(file, base))).json()) as AtlasCollection;
  // The style addresses features by the promoted `fid`, as the app's loader sets it.
  for (const f of collection.features) f.properties.fid = f.id;
  return collection;
}

/** `?size=WxH` gives the map the size of the app's map, so both draw the same number of pixels. */
function sizeMap(): void {
  const size = new URLSearchParams(location.search).get('size')?.match(/^(\d+)x(\d+)$/);
  const container = document.getElementById('map');
  if (!size || !container) return;
  container.style.width = `${size[1]}px`;
  container.style.height = `${size[2]}px`;
}

async function start(): Promise<void> {
  sizeMap();
  const manifest = (await (await fetch(new URL('atlas.json', base))).json()) as Manifest;
  const untiled = manifest.layers.filter((l) => !l.tiled);
  const files = [...new Set([...manifest.context.map((c) => c.file), ...untiled.map((l) => l.file)])];
  const data = new Map(await Promise.all(files.map(async (f) => [f, await load(f)] as const)));
  const contextData = Object.fromEntries(
    manifest.context.map((c) => [contextSourceId(c.file), data.get(c.file) as AtlasCollection]),
  );
  const wanted = new URLSearchParams(location.hash.slice(1)).get('l')?.split(',');
  const hidden = new Set(
    manifest.layers
      .filter((l) => !(wanted ? wanted.includes(l.id) : l.visible))
      .flatMap((l) => thematicLayerIds(l)),
  );
  const style = embeddedStyle(
    contextData,
    manifest.context.map((def) => ({
      role: def.role,
      sourceId: contextSourceId(def.file),
      ...(def.filter ? { filter: def.filter } : {}),
      ...(def.role === 'land' ? { focusId: manifest.focus.feature } : {}),
    })),
    manifest.layers.map((def) =>
      def.tiled
        ? { def, data: NO_FEATURES, tiled: { archiveUrl: new URL(def.tiled.archive, base).href } }
        : { def, data: data.get(def.file) as AtlasCollection },
    ),
    'zh',
  );
  if (manifest.layers.some((l) => l.tiled)) registerTiledProtocol();
  for (const layer of style.layers) {
    if (hidden.has(layer.id)) layer.layout = { ...layer.layout, visibility: 'none' };
  }
  // The same map options as the app's adapter, so the difference measured is the app around the map.
  const map = new MapLibreMap({
    container: 'map',
    style,
    bounds: manifest.focus.bounds,
    fitBoundsOptions: { padding: 24 },
    localIdeographFontFamily: CJK_FONTS,
    attributionControl: false,
    fadeDuration: 300,
  });
  // As the app's adapter does: the bench reads both maps' cameras from MapLibre itself.
  Object.defineProperty(map.getContainer(), 'maplibre', { value: map });
  map.once('idle', () => performance.mark('map-idle'));
}

void start();
