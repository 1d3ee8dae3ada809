/**
 * `npm run bench`: builds the app and a bare MapLibre baseline, loads both alternately in headless
 * Chromium at a desktop and a throttled phone viewport, benchmarks the radius search in Node, plays a
 * long session, loads both with many synthetic projects, and prints the figures against the targets.
 * Results go to bench-results/latest.json. Knobs: BENCH_RUNS (7), BENCH_SCALE (10000,50000,100000),
 * BENCH_SCALE_RUNS (2), BENCH_ROUNDS (25), BENCH_SKIP (comma list of: pages,radius,session,scale).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Manifest, Story } from '../../src/content/types';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/harness';
import { buildPages, withSyntheticProjects } from './build';
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
import { targets } from './targets';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCALE = (process.env.BENCH_SCALE ?? '10000,50000,100000').split(',').filter(Boolean).map(Number);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
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
): Promise<{ app: Summary; base: Summary; raw: { app: PageMetrics[]; base: PageMetrics[] } }> {
  const raw = { app: [] as PageMetrics[], base: [] as PageMetrics[] };
  const canvas = knownCanvas ?? (await measurePage(browser, urls.app, viewport, { interact: false })).canvas;
  const [path, hash = ''] = urls.base.split('#');
  const sized = { ...urls, base: `${path}?size=${canvas}${hash ? `#${hash}` : ''}` };
  if (!knownCanvas) await measurePage(browser, sized.base, viewport, { interact: false });
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? (['base', 'app'] as const) : (['app', 'base'] as const);
    for (const which of order) raw[which].push(await measurePage(browser, sized[which], viewport));
    log(
      `${viewport.name} run ${i + 1}/${runs}: app idle ${raw.app.at(-1)?.idleMs.toFixed(0)} ms, baseline ${raw.base.at(-1)?.idleMs.toFixed(0)} ms`,
    );
  }
  return { app: summarise(raw.app), base: summarise(raw.base), raw };
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
  let session: SessionResult | undefined;
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
      log(`long session: ${ROUNDS} rounds`);
      session = await longSession(browser, app.url, manifest, story, ROUNDS);
      output.push(`\n${sessionLine(session)}`);
    }
    if (!SKIP.has('scale')) {
      const visible = [...manifest.layers.filter((l) => l.visible).map((l) => l.id), 'projects'].join(',');
      for (const n of SCALE) {
        log(`scale: ${n} synthetic projects`);
        const appDir = withSyntheticProjects(builds.app, join(work, `app-${n}`), manifest, n);
        const baseDir = withSyntheticProjects(builds.baseline, join(work, `baseline-${n}`), manifest, n);
        const [a, b] = [await serveStatic(appDir), await serveStatic(baseDir)];
        try {
          const desktop = VIEWPORTS[0] as Viewport;
          const urls = { app: `${a.url}#l=${visible}`, base: `${b.url}#l=${visible}` };
          const result = await alternate(browser, urls, desktop, SCALE_RUNS, pages.desktop?.app.canvas);
          scale.push({ points: n, app: result.app, base: result.base });
        } finally {
          await Promise.all([a.close(), b.close()]);
        }
      }
      output.push(
        `\nScale: projects layer as one GeoJSON file, desktop, median of ${SCALE_RUNS}\n${scaleTable(scale)}`,
      );
    }
  } finally {
    await browser.close();
    await Promise.all([app.close(), base.close()]);
  }
  const checked = targets(pages, radius, session);
  output.push(`\nTargets (one run, ${RUNS} loads each, medians)\n${targetTable(checked)}`);
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
    `${JSON.stringify({ env, pages: summaries, radius, session, scale, targets: checked }, null, 2)}\n`,
  );
  log(`done in ${env.seconds} s; results in bench-results/latest.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
