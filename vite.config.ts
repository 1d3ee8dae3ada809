import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { pageHtml } from './src/content/page-html.ts';
import { readDataDir } from './src/content/read-node.ts';
import type { AtlasCollection, Manifest } from './src/content/types.ts';
import { PINYIN_FILE, readingTable } from './src/nearby/pinyin-readings.ts';

const DATA_DIR = 'data';
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
function pinyinJson(dir: string): string {
  const read = readDataDir(dir);
  const manifest = read('atlas.json') as Manifest;
  const names = manifest.layers.flatMap((l) =>
    (read(l.file) as AtlasCollection).features.map((f) => f.properties.name_zh),
  );
  return JSON.stringify(readingTable(names));
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

/** Serves data/ at ./data/ in dev and copies it into the build, so layers load at run time. */
function atlasData(): Plugin {
  return {
    name: 'atlas-data',
    configureServer(server) {
      server.middlewares.use(`/${DATA_DIR}`, (req, res, next) => {
        const path = join(DATA_DIR, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
        if (path === join(DATA_DIR, PINYIN_FILE)) {
          res.setHeader('Content-Type', 'application/json');
          res.end(pinyinJson(DATA_DIR));
          return;
        }
        if (ARCHIVE_FILE.test(path) && path.startsWith(`${DATA_DIR}/`))
          return serveRange(path, req, res, next);
        if (!DATA_FILE.test(path) || !path.startsWith(`${DATA_DIR}/`)) return next();
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
      this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${PINYIN_FILE}`, source: pinyinJson(DATA_DIR) });
      for (const path of dataFiles(DATA_DIR)) {
        this.emitFile({
          type: 'asset',
          fileName: `${DATA_DIR}/${relative(DATA_DIR, path)}`,
          source: readFileSync(path),
        });
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
    transformIndexHtml: (html, ctx) =>
      pageHtml(
        html,
        readDataDir(DATA_DIR)('atlas.json') as Manifest,
        ctx.path.endsWith('notes.html') ? 'notes' : 'app',
      ),
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
