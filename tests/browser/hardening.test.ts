import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomHashes } from '../support/hash-fuzz';
import { appUrl, launchBrowser, mapSettled, onMap, openPage, routeContent, waitForMapIdle } from './harness';

/** Whether a request stays in the page's origin (data: and blob: never leave the browser). */
const isLocal = (origin: string) => (url: string) =>
  url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');

/** Sets the hash and waits until the app has handled it and drawn a frame. */
async function goHash(page: Page, hash: string): Promise<void> {
  await page.evaluate(
    (h) =>
      new Promise<void>((done) => {
        location.hash = h;
        setTimeout(() => requestAnimationFrame(() => done()), 0);
      }),
    hash,
  );
}

/** Clicks the middle of the map (a point inside the district in the first framing). */
async function clickMap(page: Page, dx = 0, dy = 0): Promise<void> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
}

describe('hardening: bad files, bad URLs, the CSP and privacy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('names a broken and a missing layer file, and the rest of the atlas works', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await routeContent(page, {
      'layers/roads.geojson': '{"type":"FeatureCollection","features":[{',
      'layers/railway.geojson': null,
    });
    await page.goto(appUrl());
    await waitForMapIdle(page);
    const notice = page.locator('.notice[data-key="layers"]');
    await expect.poll(() => notice.textContent()).toContain('主干道路');
    expect(await notice.textContent()).toContain('国家铁路');
    // Said in the UI's words: no file path, no status code, no browser error text.
    expect(await notice.textContent()).toContain('部分内容未能加载');
    expect(await notice.textContent()).not.toMatch(/HTTP|404|\.geojson|\.json|Failed|fetch/);
    await page.getByRole('tab', { name: '图层' }).click();
    const panel = page.locator('layer-panel');
    // The panel's module may still be arriving: wait for its checkboxes rather than count them once.
    for (const name of ['地铁线路', '地铁站', '街道办事处'])
      await expect.poll(() => panel.getByRole('checkbox', { name: new RegExp(name) }).count()).toBe(1);
    // A layer that loaded still works: switching it on changes the URL and raises no error.
    await panel.getByRole('checkbox', { name: /街道办事处/ }).check();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('subdistrict-offices');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('survives 1,000 random and malformed hashes: no error, defaults for garbage, nothing injected', async () => {
    const { page, context } = await openPage(browser, { reducedMotion: true });
    // Uncaught errors only: a fuzzed `b=osm` rightly logs the failed basemap request (there is no network).
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('https://**/*', (route) => route.abort());
    await waitForMapIdle(page);
    const hashes = randomHashes(1000, 8);
    // One evaluate per batch keeps 1,000 hashchanges fast while each is still handled on its own.
    for (let i = 0; i < hashes.length; i += 100) {
      await page.evaluate(
        async (batch) => {
          for (const h of batch) {
            location.hash = h;
            await new Promise((done) => setTimeout(done, 0));
          }
        },
        hashes.slice(i, i + 100),
      );
    }
    await goHash(page, 'lang=xx&m=nope&l=nothing&sel=%3Cb%3E&c=1e308,1e308,99&zzz=1');
    // The app writes its (default) state back over the garbage once the debounce ends.
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('zzz');
    expect(errors).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const written = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
    for (const key of ['lang', 'm', 'l', 'sel', 'zzz']) expect(written.has(key)).toBe(false);
    const injected = await page.evaluate(() => {
      // Every element, shadow roots included: nothing the hash carried may have become markup.
      const found: string[] = [];
      const stack: (Document | ShadowRoot)[] = [document];
      while (stack.length) {
        const root = stack.pop() as Document | ShadowRoot;
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) stack.push(el.shadowRoot);
          if (el.hasAttribute('onerror') || el.hasAttribute('onload')) found.push(el.outerHTML.slice(0, 80));
          if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push(el.outerHTML);
          if (el.tagName === 'SCRIPT' && !el.hasAttribute('src')) found.push(el.outerHTML.slice(0, 80));
        }
      }
      return { found, pwned: 'pwned' in window };
    });
    expect(injected).toEqual({ found: [], pwned: false });
    await context.close();
  });

  it('runs every mode under the strict CSP with no violation and, on the embedded basemap, no request outside its origin', async () => {
    const html = await (await fetch(appUrl())).text();
    // Vite writes the policy's quotes as &#39; in the attribute; the browser reads them back as quotes.
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(html).not.toMatch(/unsafe-eval|unsafe-inline/);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await context.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(appUrl());
    await waitForMapIdle(page);
    const violations = () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

    await page.getByRole('button', { name: /措施 3/ }).click();
    await page.getByRole('tab', { name: '图层' }).click();
    for (const name of [/主干道路/, /建设项目/, /地标与公共设施/]) {
      await page.locator('layer-panel').getByRole('checkbox', { name }).check();
      await page.locator('layer-panel').getByRole('checkbox', { name }).uncheck();
    }
    // The planner's modes and analyses, each followed by a click on the map.
    for (const mode of ['measure', 'here', 'near']) {
      await goHash(page, `mode=${mode}`);
      await clickMap(page, -40, 0);
      await clickMap(page, 40, 30);
    }
    await goHash(page, 'ca=port-luohu:800&h=114.12,22.55&pin=114.118,22.545&r=1000');
    // Presenter steps, the 3D layout and the Bay Area flows (deck.gl loads on first use).
    for (const step of ['intro', 'm3', 'm4', 'overview']) await goHash(page, `s=${step}`);
    await goHash(page, 'v=3d');
    await goHash(page, 'fl=1');
    // deck.gl has loaded and drawn: its layer group is in MapLibre's style.
    await expect
      .poll(() =>
        onMap(page, (m) =>
          (m as unknown as { style: { _order: string[] } }).style._order.some((id) => id.startsWith('deck-')),
        ),
      )
      .toBe(true);
    await goHash(page, '');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await mapSettled(page);
    const origin = new URL(appUrl()).origin;
    expect(requests.filter((r) => !isLocal(origin)(r))).toEqual([]);

    // Last, an online basemap that cannot load (no network here): the fallback also keeps to the policy.
    await page.route('https://**/*', (route) => route.abort());
    await page.selectOption('.basemap-select select', 'osm');
    await expect.poll(() => page.locator('.notice[data-key="basemap"]').count()).toBe(1);
    await mapSettled(page);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the device position in the page: no request carries it', async () => {
    const position = { latitude: 22.54817, longitude: 114.11942 };
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      geolocation: position,
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await page.goto(appUrl());
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: /附近/ }).click();
    await page.locator('near-me .use-location').click();
    // The position was taken: the app pins it (and keeps it in the hash, which is never sent).
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toContain('pin=114.119');
    // Whatever the pin sets off (the list, the map's tiles) has finished before the check.
    await expect.poll(() => page.locator('near-me li.result').count()).toBeGreaterThan(0);
    await mapSettled(page);
    // The position as given, rounded as the app keeps it, and percent-encoded.
    const digits = ['114.119', '22.548', '11411942', '2254817', '114%2E119', '22%2E548'];
    expect(requests.filter((r) => digits.some((d) => r.includes(d)))).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    await context.close();
  });
});
