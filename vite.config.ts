import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { isTiled, tiledEntry, tileLayer } from './scripts/tiles/tile-layer.ts';
import { bundleLabelPoints } from './src/content/label-points.ts';
import { pageHtml } from './src/content/page-html.ts';
import { readDataDir } from './src/content/read-node.ts';
import { START_BUNDLE, startBundleJson } from './src/content/start-bundle.ts';
import type { AtlasCollection, Manifest } from './src/content/types.ts';
import { PINYIN_FILE, readingTable } from './src/nearby/pinyin-readings.ts';

/**
 * The content folder the build and the dev server read (ATLAS_DATA, default data/): the benchmark builds
 * generated folders through it. Whatever folder it is, the app finds the content at ./data/.
 */
const DATA_DIR = process.env.ATLAS_DATA || 'data';
const DATA_URL = 'data';
const DATA_FILE = /\.(geo)?json$/;
/** Offline basemap archives (`npm run basemap`), read by the app with HTTP range requests. */
const ARCHIVE_FILE = /\.pmtiles$/;

/**
 * The policy the built app runs under (also in README's deploy notes as an HTTP header).
 * MapLibre needs workers from blob:, and online basemaps need https: for tiles and styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Build inputs (documents, references, records) stay out of the app: it reads what they derive. */
const INPUT_DIRS = new Set([join(DATA_DIR, 'sources'), join(DATA_DIR, 'records')]);

function dataFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (INPUT_DIRS.has(path)) return [];
    if (statSync(path).isDirectory()) return dataFiles(path);
    return DATA_FILE.test(name) || ARCHIVE_FILE.test(name) ? [path] : [];
  });
}

/** Pinyin readings of every feature name, made here so the browser never loads pinyin-pro. */
function pinyinJson(layers: Iterable<AtlasCollection>): string {
  return JSON.stringify(readingTable(names(layers)));
}

function* names(layers: Iterable<AtlasCollection>): Iterable<string> {
  for (const layer of layers) for (const f of layer.features) yield f.properties.name_zh;
}

/** Every layer's features, each file read once (a file may serve more than one layer). */
function readLayers(dir: string): { manifest: Manifest; files: Map<string, AtlasCollection> } {
  const read = readDataDir(dir);
  const manifest = read('atlas.json') as Manifest;
  const files = new Map<string, AtlasCollection>();
  for (const { file } of manifest.layers)
    if (!files.has(file)) files.set(file, read(file) as AtlasCollection);
  return { manifest, files };
}

/** Answers a byte-range request for a file (as static hosts do), or the whole file without one. */
function serveRange(
  path: string,
  req: { headers: Record<string, string | string[] | undefined> },
  res: import('node:http').ServerResponse,
  next: () => void,
): void {
  let body: Buffer;
  try {
    body = readFileSync(path);
  } catch {
    next();
    return;
  }
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Content-Type', 'application/octet-stream');
  const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
  if (!range) {
    res.end(body);
    return;
  }
  const start = Number(range[1]);
  const end = Math.min(range[2] ? Number(range[2]) : body.length - 1, body.length - 1);
  if (start > end) {
    res.statusCode = 416;
    res.setHeader('Content-Range', `bytes */${body.length}`);
    res.end();
    return;
  }
  res.statusCode = 206;
  res.setHeader('Content-Range', `bytes ${start}-${end}/${body.length}`);
  res.end(body.subarray(start, end + 1));
}

/**
 * Serves the data folder at ./data/ in dev and copies it into the build, so layers load at run time.
 * The build cuts each layer above the tiling threshold (the manifest's `tiling`, else TILE_ABOVE) into
 * tiles, an index and property columns (scripts/tiles/tile-layer.ts), names them in the built manifest's
 * `tiled` and leaves the layer's GeoJSON out. The dev server serves every layer as GeoJSON, tiled or not:
 * the app reads a manifest without `tiled` as it always has. The pinyin table covers every layer, tiled
 * ones too (search reads it for them as well); a million names take about 20 s.
 */
function atlasData(): Plugin {
  return {
    name: 'atlas-data',
    configureServer(server) {
      server.middlewares.use(`/${DATA_URL}`, (req, res, next) => {
        const path = join(DATA_DIR, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
        if (path === join(DATA_DIR, PINYIN_FILE)) {
          res.setHeader('Content-Type', 'application/json');
          res.end(pinyinJson(readLayers(DATA_DIR).files.values()));
          return;
        }
        const inside = path.startsWith(join(DATA_DIR, '/'));
        if (ARCHIVE_FILE.test(path) && inside) return serveRange(path, req, res, next);
        if (!DATA_FILE.test(path) || !inside) return next();
        try {
          const body = readFileSync(path);
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      const emit = (path: string, source: string | Uint8Array) =>
        this.emitFile({ type: 'asset', fileName: `${DATA_URL}/${path}`, source });
      const { manifest, files } = readLayers(DATA_DIR);
      // A file is left out only when every use of it is a tiled layer (context files are always drawn whole).
      const untiledFiles = new Set(manifest.context.map((c) => c.file));
      for (const def of manifest.layers) {
        const collection = files.get(def.file) as AtlasCollection;
        if (!isTiled(manifest.tiling, collection.features.length)) {
          untiledFiles.add(def.file);
          continue;
        }
        const out = tileLayer(def.id, collection, manifest.tiling);
        emit(out.tiled.archive, out.archive);
        emit(out.tiled.index, JSON.stringify(out.index));
        emit(out.tiled.props, JSON.stringify(out.props));
        def.tiled = tiledEntry(out.tiled, def, collection, manifest);
      }
      emit(PINYIN_FILE, pinyinJson(files.values()));
      const read = readDataDir(DATA_DIR);
      emit(
        START_BUNDLE,
        startBundleJson(manifest, (file) => files.get(file) ?? read(file), bundleLabelPoints),
      );
      const tiledFiles = new Set([...files.keys()].filter((f) => !untiledFiles.has(f)));
      const rewritten = manifest.layers.some((def) => def.tiled);
      for (const path of dataFiles(DATA_DIR)) {
        const file = relative(DATA_DIR, path);
        if (tiledFiles.has(file)) continue;
        // The manifest is rewritten only when a layer was tiled; the rest ships byte for byte.
        if (file === 'atlas.json' && rewritten) emit(file, `${JSON.stringify(manifest, null, 2)}\n`);
        else emit(file, readFileSync(path));
      }
    },
  };
}

/** Puts the CSP in the built page only: Vite's dev server injects inline styles the policy forbids. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Gives index.html and notes.html their language and title from the manifest (data/atlas.json), so the
 * pages name the district the content names and the engine's HTML names none.
 */
function atlasHtml(): Plugin {
  return {
    name: 'atlas-html',
    transformIndexHtml: (html, ctx) => {
      const manifest = readDataDir(DATA_DIR)('atlas.json') as Manifest;
      // A build writes the start bundle (atlasData), which holds no tiled layer; the dev server serves
      // every file, tiled or not, one by one.
      const page = ctx.path.endsWith('notes.html') ? 'notes' : 'app';
      return pageHtml(html, manifest, page, ctx.server ? {} : { start: START_BUNDLE });
    },
  };
}

/**
 * The installable, offline app (vite-plugin-pwa, Workbox): a web app manifest named after the atlas,
 * and a service worker (src/pwa/sw.ts) that precaches the app shell, the content the app fetches and
 * the basemap archive, answers range requests for the archive from that cache, and waits for the
 * page's prompt to take over when a new version is deployed (src/pwa/register.ts).
 */
function offlineApp(): Plugin[] {
  const manifest = readDataDir(DATA_DIR)('atlas.json') as Manifest;
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/pwa',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: `${manifest.title.zh} · ${manifest.title.en}`,
      short_name: manifest.title.zh,
      description: `${manifest.subtitle.zh} · ${manifest.subtitle.en}`,
      lang: manifest.lang,
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#efece4',
      theme_color: '#3d3529',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      // The shell (both pages, every chunk and worker, styles, icons) and the content: data/**, which the
      // build copies without its inputs (data/sources, data/records), and the basemap archive if built.
      globPatterns: ['**/*.{html,js,mjs,css,svg,png,webmanifest}', 'data/**/*.{json,geojson,pmtiles}'],
      // The basemap archive of a city is tens of megabytes; it is the point of the offline app.
      maximumFileSizeToCacheInBytes: 512 * 1024 * 1024,
    },
  });
}

export default defineConfig({
  base: './',
  // The canonical public address for QR codes and copied links (overrides the manifest's `publicUrl`).
  define: { __ATLAS_PUBLIC_URL__: JSON.stringify(process.env.ATLAS_PUBLIC_URL ?? '') },
  plugins: [atlasData(), contentSecurityPolicy(), atlasHtml(), offlineApp()],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // The speaker notes window is a page of its own beside the app (presenter mode).
    rolldownOptions: { input: { main: 'index.html', notes: 'notes.html' } },
  },
  server: { host: '127.0.0.1' },
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
