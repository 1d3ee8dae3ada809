import { formatDistance } from '../../analysis/amounts';
import { metresPerPixel } from '../../analysis/scale';
import type { Content } from '../../content/load';
import { mapLegend } from '../../content/map-legend';
import type { Camera, Lang, LayerDef } from '../../content/types';
import { tp } from '../../i18n/planner-tools';
import type { AtlasState } from '../../state/store';
import { downloadBlob, exportFileName } from './download';
import { visibleLayers } from './export-geojson';
import { composeMapImage } from './export-png';

/** What an export needs of the map adapter. */
export interface CapturableMap {
  captureImage(pixelRatio: number): Promise<string>;
  camera(): Camera;
}

/** Resolution of the exported image relative to the screen's CSS pixels. */
export const EXPORT_PIXEL_RATIO = 2;

/**
 * Downloads the visible layers' features as GeoJSON; returns the file name and the layers it left out.
 * Written feature by feature into the file's parts, so a large layer is never one huge string.
 */
export async function exportGeojson(
  content: Content,
  state: AtlasState,
): Promise<{ file: string; omitted: LayerDef[] }> {
  const { features, omitted } = await visibleLayers(content, state.layers);
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  let first = true;
  for (const f of features) {
    parts.push(first ? JSON.stringify(f) : `,${JSON.stringify(f)}`);
    first = false;
  }
  parts.push(']}');
  const file = exportFileName(content.manifest.id, 'layers', 'geojson');
  downloadBlob(new Blob(parts, { type: 'application/geo+json' }), file);
  return { file, omitted };
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the map image could not be read'));
    image.src = src;
  });
}

/** The same legend as the one on the map: the visible layers by class. */
function legendOf(content: Content, state: AtlasState, lang: Lang) {
  return mapLegend(content.layers, state.layers, content.manifest).map((g) => {
    const single = g.entries.length === 1;
    return {
      layer: single ? '' : g.layer[lang],
      entries: g.entries.map((entry) => ({ label: single ? g.layer[lang] : entry.label[lang], entry })),
    };
  });
}

/**
 * Downloads the current map as a PNG at twice the screen's resolution, with title, legend, scale bar,
 * north arrow, date and sources; returns the file name. `cssWidth` is the map's width on screen.
 */
export async function exportPng(
  map: CapturableMap,
  content: Content,
  state: AtlasState,
  cssWidth: number,
  sources: string,
): Promise<string> {
  const lang = state.lang;
  const image = await loadImage(await map.captureImage(EXPORT_PIXEL_RATIO));
  const camera = map.camera();
  const date = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(),
  );
  const canvas = composeMapImage({
    map: image,
    size: [image.naturalWidth, image.naturalHeight],
    scale: image.naturalWidth / cssWidth,
    title: content.manifest.title[lang],
    subtitle: content.manifest.subtitle[lang],
    legendTitle: tp(lang, 'pngLegend'),
    legend: legendOf(content, state, lang),
    metersPerPixel: metresPerPixel(camera.zoom, camera.center[1]),
    bearing: camera.bearing ?? 0,
    north: tp(lang, 'pngNorth'),
    formatDistance: (m) => formatDistance(m, lang),
    date: tp(lang, 'pngDate', { date }),
    sources: tp(lang, 'pngSources', { sources }),
    note: content.layers.some((l) => l.def.schematic && state.layers.includes(l.def.id))
      ? tp(lang, 'pngSchematic')
      : '',
    fontFamily: getComputedStyle(document.documentElement).fontFamily,
  });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  const name = exportFileName(content.manifest.id, 'map', 'png');
  downloadBlob(blob, name);
  return name;
}

/**
 * Runs an export and says how it went, in the state's language (the message the toolbar announces).
 * `mapWidth` is the map's on-screen width in CSS pixels; `sources` the attribution to print.
 */
export async function runExport(
  format: 'geojson' | 'png',
  map: CapturableMap | undefined,
  content: Content,
  state: AtlasState,
  mapWidth: number,
  sources: string,
): Promise<{ ok: boolean; message: string }> {
  const lang = state.lang;
  try {
    if (format === 'png' && !map) throw new Error('the map is not ready');
    if (format === 'png') {
      const file = await exportPng(map as CapturableMap, content, state, mapWidth, sources);
      return { ok: true, message: tp(lang, 'exported', { file }) };
    }
    const { file, omitted } = await exportGeojson(content, state);
    const message = omitted.length
      ? tp(lang, 'exportedWithout', {
          file,
          layers: omitted.map((d) => d.name[lang]).join(lang === 'zh' ? '、' : ', '),
        })
      : tp(lang, 'exported', { file });
    return { ok: true, message };
  } catch {
    // The reader gets words in the UI's language, not the browser's error text.
    return { ok: false, message: tp(lang, format === 'png' ? 'exportPngFailed' : 'exportFailed') };
  }
}
