/**
 * `npm run bench`: builds the app and a bare MapLibre baseline, loads both alternately in headless
 * Chromium at a desktop and a throttled phone viewport, benchmarks the radius search in Node, plays a
 * long session, loads both with many synthetic projects, and prints the figures against the targets.
 * Results go to bench-results/latest.json. Knobs: BENCH_RUNS (7), BENCH_SCALE (10000,100000,1000000),
 * BENCH_SCALE_RUNS (5), BENCH_ROUNDS (25), BENCH_SESSIONS (3), BENCH_SKIP (comma list of: pages,radius,session,scale).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { TILE_ABOVE } from '../../src/content/tiled';
import type { Manifest, Story } from '../../src/content/types';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/harness';
import { type AnswerTimes, measureAnswers } from './answers';
import { baselineWith, buildApp, buildPages } from './build';
import { measurePage, type PageMetrics, VIEWPORTS, type Viewport } from './page-metrics';
import { benchRadius, type RadiusResult } from './radius';
import {
  pageTable,
  radiusTable,
  type ScaleRow,
  type Summary,
  scaleTable,
  sessionLine,
  summarise,
  targetTable,
} from './report';
import { serveStatic } from './serve';
import { longSession, type SessionResult } from './session';
import { syntheticDataDir, syntheticName } from './synthetic';
import { scaleTargets, targets } from './targets';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCALE = (process.env.BENCH_SCALE ?? '10000,100000,1000000').split(',').filter(Boolean).map(Number);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 3);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(','));

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/**
 * Loads app and baseline alternately (which goes first swaps each run). Without a known map size, a
 * discarded warm-up of each comes first and tells the app's map size; the baseline's map gets the
 * same size, so both draw the same number of pixels.
 */
async function alternate(
  browser: Browser,
  urls: { app: string; base: string },
  viewport: Viewport,
  runs: number,
  knownCanvas?: string,
  labels = { app: 'app', base: 'baseline' },
): Promise<{ app: Summary; base: Summary; raw: { app: PageMetrics[]; base: PageMetrics[] } }> {
  const raw = { app: [] as PageMetrics[], base: [] as PageMetrics[] };
  const canvas = knownCanvas ?? (await measurePage(browser, urls.app, viewport, { interact: false })).canvas;
  // The baseline page takes its map's size from the URL; another app page sizes its own.
  const [path, hash = ''] = urls.base.split('#');
  const sized =
    labels.base === 'baseline' ? { ...urls, base: `${path}?size=${canvas}${hash ? `#${hash}` : ''}` } : urls;
  if (!knownCanvas) await measurePage(browser, sized.base, viewport, { interact: false });
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? (['base', 'app'] as const) : (['app', 'base'] as const);
    for (const which of order) raw[which].push(await measurePage(browser, sized[which], viewport));
    log(
      `${viewport.name} run ${i + 1}/${runs}: ${labels.app} idle ${raw.app.at(-1)?.idleMs.toFixed(0)} ms, ${labels.base} ${raw.base.at(-1)?.idleMs.toFixed(0)} ms`,
    );
  }
  return { app: summarise(raw.app), base: summarise(raw.base), raw };
}

/**
 * Search and near-me answer times on the app with n synthetic projects shown: a cold and a warm query
 * for project names, then near-me around the warm query's project (tests/bench/answers.ts).
 */
async function answersAt(browser: Browser, url: string, n: number): Promise<AnswerTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, {
      timeout: 120_000,
    });
    const name = (i: number) => syntheticName(Math.floor(i));
    return await measureAnswers(page, {
      query: name(n / 7),
      expect: name(n / 7),
      warmQuery: name(n / 3),
      warmExpect: name(n / 3),
    });
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const work = join(tmpdir(), 'luohu-atlas-bench');
  log('building the app and the baseline');
  const builds = await buildPages(work);
  const manifest = readJson<Manifest>(join(ROOT, 'data/atlas.json'));
  const story = readJson<Story>(join(ROOT, 'data', manifest.story));
  const app = await serveStatic(builds.app);
  const base = await serveStatic(builds.baseline);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const chromiumVersion = browser.version();
  const pages: Record<string, Awaited<ReturnType<typeof alternate>>> = {};
  let radius: RadiusResult[] = [];
  const sessions: SessionResult[] = [];
  const scale: ScaleRow[] = [];
  const output: string[] = [];
  try {
    if (!SKIP.has('pages')) {
      for (const viewport of VIEWPORTS) {
        const result = await alternate(browser, { app: app.url, base: base.url }, viewport, RUNS);
        pages[viewport.name] = result;
        const label = `${viewport.name} ${viewport.width}x${viewport.height}, CPU ${viewport.cpuThrottle}x`;
        output.push(`\n${pageTable(label, result.app, result.base)}`);
      }
    }
    if (!SKIP.has('radius')) {
      log('radius search in Node');
      radius = [1_000, 100_000, 1_000_000].map((n) => benchRadius(n));
      output.push(
        `\nRadius search, 1 km around points in Luohu, ${radius.length} sizes\n${radiusTable(radius)}`,
      );
    }
    if (!SKIP.has('session')) {
      // Three sessions, not one: a heap reading after a forced GC still varies by a few per cent.
      for (let i = 0; i < SESSIONS; i++) {
        log(`long session ${i + 1}/${SESSIONS}: ${ROUNDS} rounds`);
        const played = await longSession(browser, app.url, manifest, story, ROUNDS);
        sessions.push(played);
        output.push(`${i ? '' : '\n'}${sessionLine(played)}`);
      }
    }
    if (!SKIP.has('scale')) {
      // Each size goes through the real build: a data folder with n synthetic projects, `vite build` on
      // it (tiled above TILE_ABOVE), and the baseline given the build's data, tiles and all.
      const visible = [...manifest.layers.filter((l) => l.visible).map((l) => l.id), 'projects'].join(',');
      for (const n of SCALE) {
        log(`scale: ${n} synthetic projects, building`);
        const data = syntheticDataDir(join(ROOT, 'data'), join(work, `data-${n}`), manifest, n);
        const built = await buildApp(data, join(work, `app-${n}`));
        rmSync(data, { recursive: true, force: true });
        log(`scale: ${n} built in ${built.seconds.toFixed(1)} s`);
        const baseDir = baselineWith(builds.baseline, built.dir, join(work, `baseline-${n}`));
        const row: ScaleRow = {
          points: n,
          buildSeconds: built.seconds,
          ...(built.tiledMb && { tiledMb: built.tiledMb }),
        };
        const [a, b] = [await serveStatic(built.dir), await serveStatic(baseDir)];
        try {
          const desktop = VIEWPORTS[0] as Viewport;
          const urls = { app: `${a.url}#l=${visible}`, base: `${b.url}#l=${visible}` };
          const result = await alternate(browser, urls, desktop, SCALE_RUNS, pages.desktop?.app.canvas);
          Object.assign(row, { app: result.app, base: result.base });
          // The default view in turn with this size, in the same minutes: compared with the pages
          // section's loads of ten minutes before, the machine's drift outweighed the targets' margins.
          const home = await alternate(
            browser,
            { app: urls.app, base: app.url },
            desktop,
            SCALE_RUNS,
            result.app.canvas,
            { app: `${n}`, base: 'default' },
          );
          row.vsDefault = { app: home.app, home: home.base };
          log(`scale: ${n}: search and near-me answers`);
          row.answers = await answersAt(browser, urls.app, n);
        } catch (e) {
          // The build's figures stand even when a page cannot load this many projects.
          row.error = (e as Error).message.split('\n')[0];
          log(`scale: ${n}: page loads failed: ${row.error}`);
        } finally {
          await Promise.all([a.close(), b.close()]);
        }
        scale.push(row);
      }
      output.push(
        `\nScale: n synthetic projects through vite build (tiled above ${TILE_ABOVE.toLocaleString('en')}), ` +
          `desktop, median of ${SCALE_RUNS}\n${scaleTable(scale)}`,
      );
    }
  } finally {
    await browser.close();
    await Promise.all([app.close(), base.close()]);
  }
  const checked = [...targets(pages, radius, sessions), ...scaleTargets(pages, scale)];
  output.push(
    `\nTargets (one run, medians of ${RUNS} loads per page, ${SCALE_RUNS} per scale page)\n${targetTable(checked)}`,
  );
  process.stdout.write(`${output.join('\n')}\n`);
  const env = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    chromium: chromiumVersion,
    runs: RUNS,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const summaries = Object.fromEntries(
    Object.entries(pages).map(([k, v]) => [k, { app: v.app, baseline: v.base, raw: v.raw }]),
  );
  writeFileSync(
    join(ROOT, 'bench-results/latest.json'),
    `${JSON.stringify({ env, pages: summaries, radius, sessions, scale, targets: checked }, null, 2)}\n`,
  );
  log(`done in ${env.seconds} s; results in bench-results/latest.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
