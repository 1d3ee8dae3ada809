import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

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
  options: { viewport?: { width: number; height: number }; reducedMotion?: boolean; path?: string } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(appUrl(options.path ?? ''));
  return { page, context, errors, requests };
}

/** Waits until the map has reached its first idle (the app marks it for benchmarks too). */
export async function waitForMapIdle(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, {
    timeout,
  });
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
