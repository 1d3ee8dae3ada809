import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page, type Route } from 'playwright-core';
import { inject } from 'vitest';
import { START_BUNDLE } from '../../src/content/start-bundle';

const require = createRequire(import.meta.url);

/** Debian's Chromium; `npx playwright install` needs the internet, which CI does not have. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium on a machine without a GPU or network (software WebGL). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--lang=zh-CN',
];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The base URL of the built app, served by the global setup. */
export function appUrl(path = ''): string {
  return `${inject('baseUrl')}${path}`;
}

/** A page that records console errors, page errors and every request it makes. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  requests: string[];
}

export async function openPage(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    reducedMotion?: boolean;
    path?: string;
    /** Runs before the page loads: routes that stand in for the network, init scripts. */
    prepare?: (page: Page) => Promise<unknown>;
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    locale: 'zh-CN',
    // The offline app's service worker would answer requests before a test's routes can; only the
    // offline test (its own context) lets it run.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await options.prepare?.(page);
  await page.goto(appUrl(options.path ?? ''));
  return { page, context, errors, requests };
}

/** Waits until the map has reached its first idle (the app marks it for benchmarks too). */
export async function waitForMapIdle(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, {
    timeout,
  });
}

/** The minimal slice of MapLibre's map the tests read (the adapter exposes the map as `maplibre`). */
export interface MapState {
  /** Every rendered feature, or those in a box (CSS pixels in the map) of the given layers. */
  queryRenderedFeatures(
    box?: [[number, number], [number, number]],
    options?: { layers: string[] },
  ): { layer: { id: string }; properties: Record<string, unknown> }[];
  getLayoutProperty(layer: string, name: string): unknown;
  setLayoutProperty(layer: string, name: string, value: unknown): void;
  getPaintProperty(layer: string, name: string): unknown;
  getStyle(): { layers: { id: string; type: string; source?: string }[]; sources: Record<string, unknown> };
  getLayer(id: string): { type: string } | undefined;
  getLayersOrder(): string[];
  getFeatureState(feature: { source: string; id: string | number }): Record<string, unknown>;
  isStyleLoaded(): boolean;
  getZoom(): number;
  /** Screen point (CSS pixels from the map container's top left) of a longitude and latitude. */
  project(lngLat: [number, number]): { x: number; y: number };
  getContainer(): HTMLElement;
  isMoving(): boolean;
}

/** Resolves at MapLibre's next idle after a repaint: every tile, transition and move is done. */
export async function mapSettled(page: Page): Promise<void> {
  await onMap(
    page,
    (map) =>
      new Promise<void>((done) => {
        const m = map as unknown as { once(e: string, f: () => void): void; triggerRepaint(): void };
        m.once('idle', () => done());
        m.triggerRepaint();
      }),
  );
}

/** Features the app's overlay source holds (analysis results, the measuring tool, pins), as MapLibre has them. */
export function overlayFeatures(page: Page): Promise<{ role: string; text?: string; type: string }[]> {
  return onMap(page, (map) => {
    const source = map.getStyle().sources['o-overlay'] as
      | {
          data?: { features?: { properties: { role: string; text?: string }; geometry: { type: string } }[] };
        }
      | undefined;
    return (source?.data?.features ?? []).map((f) => ({ ...f.properties, type: f.geometry.type }));
  });
}

/** Runs `fn` on MapLibre's own map object in the page: what the map holds, not what the app says. */
export async function onMap<T, A = undefined>(
  page: Page,
  fn: (map: MapState, arg: A) => T,
  arg?: A,
): Promise<T> {
  const handle = await page
    .locator('.map')
    .evaluateHandle((el) => (el as unknown as { maplibre: MapState }).maplibre);
  try {
    return (await handle.evaluate(fn as never, arg)) as T;
  } finally {
    await handle.dispose();
  }
}

/** Ids of the atlas features MapLibre has rendered in the current view. */
export function renderedIds(page: Page): Promise<string[]> {
  return onMap(page, (map) => [
    ...new Set(
      map
        .queryRenderedFeatures()
        .map((f) => f.properties.fid)
        .filter((id) => typeof id === 'string'),
    ),
  ]) as Promise<string[]>;
}

/**
 * Ids of the atlas features whose MapLibre feature-state has `key` set (highlight, selected, hover):
 * what the map emphasises, read from the map, for every atlas source it holds.
 */
export function statedIds(page: Page, key: string): Promise<string[]> {
  return onMap(
    page,
    (map, k) => {
      const out: string[] = [];
      const sources = map.getStyle().sources as Record<string, { data?: { features?: { id?: string }[] } }>;
      for (const [source, spec] of Object.entries(sources)) {
        // Thematic (t-) and context (c-) sources hold atlas features; label points and overlays do not.
        if (!/^[tc]-/.test(source) || source.endsWith('-labels')) continue;
        for (const f of spec.data?.features ?? []) {
          if (typeof f.id === 'string' && map.getFeatureState({ source, id: f.id })[k]) out.push(f.id);
        }
      }
      return out.sort();
    },
    key,
  );
}

/** Runs axe-core in the page and returns its violations, described for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: the app's CSP (rightly) forbids injected script tags.
  await page.evaluate(`${source};0`);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Answers a request for a file with its bytes, or the asked byte range (as static hosts do for PMTiles). */
export function fulfilRange(route: Route, body: Uint8Array | Buffer): Promise<void> {
  const range = /bytes=(\d+)-(\d+)/.exec(route.request().headers().range ?? '');
  if (!range) return route.fulfill({ body: Buffer.from(body) });
  const [start, end] = [Number(range[1]), Math.min(Number(range[2]), body.length - 1)];
  return route.fulfill({
    status: 206,
    headers: { 'Content-Range': `bytes ${start}-${end}/${body.length}`, 'Accept-Ranges': 'bytes' },
    body: Buffer.from(body.subarray(start, end + 1)),
  });
}

/** What a test serves for a content file: its text (broken JSON too), null for a 404, or an edit of the shipped JSON. */
export type ContentFile = string | null | ((shipped: unknown) => unknown);

/**
 * Serves content files as a test wants them, both where the built app reads them first (the start
 * bundle, src/content/start-bundle.ts) and at their own URLs. A file the bundle cannot hold (a 404,
 * text that is not JSON) is taken out of it, so the app reads that file from its own URL, as it does
 * with no bundle at all.
 */
export async function routeContent(page: Page, files: Record<string, ContentFile>): Promise<void> {
  const answer = (spec: ContentFile, shipped: () => Promise<unknown>): Promise<string | null> =>
    typeof spec === 'function' ? shipped().then((json) => JSON.stringify(spec(json))) : Promise.resolve(spec);
  for (const [file, spec] of Object.entries(files)) {
    await page.route(`**/data/${file}`, async (route) => {
      const body = await answer(spec, async () => (await route.fetch()).json());
      await (body === null
        ? route.fulfill({ status: 404, body: '' })
        : route.fulfill({ contentType: 'application/json', body }));
    });
  }
  await page.route(`**/data/${START_BUNDLE}`, async (route) => {
    const bundle = (await (await route.fetch()).json()) as { files: Record<string, unknown> };
    for (const [file, spec] of Object.entries(files)) {
      if (!(file in bundle.files)) continue;
      const body = await answer(spec, async () => bundle.files[file]);
      try {
        bundle.files[file] = JSON.parse(body ?? '');
      } catch {
        delete bundle.files[file];
      }
    }
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(bundle) });
  });
}

/**
 * A slow network for some files: requests matching `pattern` wait until `release` is called. Pass
 * `route` as openPage's `prepare`.
 */
export function heldRequests(pattern: string | RegExp): {
  route: (page: Page) => Promise<unknown>;
  release: () => void;
} {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    route: (page) =>
      page.route(pattern, async (route) => {
        await held;
        await route.continue();
      }),
    release: () => release(),
  };
}
