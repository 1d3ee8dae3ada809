import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readDataDir } from './src/content/read-node.ts';
import type { AtlasCollection, Manifest } from './src/content/types.ts';
import { PINYIN_FILE, readingTable } from './src/nearby/pinyin-readings.ts';

const DATA_DIR = 'data';
const DATA_FILE = /\.(geo)?json$/;

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
    return DATA_FILE.test(name) ? [path] : [];
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

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Gives index.html and notes.html their language and title from the manifest (data/atlas.json), so the
 * pages name the district the content names and the engine's HTML names none.
 */
function atlasHtml(): Plugin {
  return {
    name: 'atlas-html',
    transformIndexHtml(html, ctx) {
      const manifest = readDataDir(DATA_DIR)('atlas.json') as Manifest;
      const { zh, en } = manifest.title;
      const title = ctx.path.endsWith('notes.html') ? `演讲者备注 · Speaker notes · ${zh}` : zh;
      return html
        .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(manifest.lang)}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
        .replace(/(<meta name="description" content=")[^"]*"/, `$1${escapeHtml(`${zh} · ${en}`)}"`);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [atlasData(), contentSecurityPolicy(), atlasHtml()],
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
