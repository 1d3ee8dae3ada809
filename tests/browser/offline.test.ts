import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, DESKTOP, launchBrowser, onMap, waitForMapIdle } from './harness';

describe('offline app (service worker)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('after one visit, opens and works with the network off: map, text, search, presenter, notes, ranges', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(appUrl());
    await waitForMapIdle(page);
    // The worker installs (precaching the shell, the content and any basemap archive), then controls
    // the page that registered it.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe(
      'activated',
    );

    await context.setOffline(true);
    const served: { url: string; fromWorker: boolean }[] = [];
    page.on('response', (r) => served.push({ url: r.url(), fromWorker: r.fromServiceWorker() }));
    await page.reload();
    await waitForMapIdle(page);

    // Every response of the offline load came from the worker.
    expect(served.length).toBeGreaterThan(5);
    expect(
      served.filter((r) => !r.fromWorker && !r.url.startsWith('data:') && !r.url.startsWith('blob:')),
    ).toEqual([]);
    // The map draws its basemap and layers.
    const rendered = await onMap(page, (map) => map.queryRenderedFeatures().length);
    expect(rendered).toBeGreaterThan(0);
    // The text panel has the measures' text.
    const paragraph = page.locator('measure-text [data-paragraph]').first();
    await expect.poll(async () => (await paragraph.textContent())?.trim().length ?? 0).toBeGreaterThan(20);
    // Search answers from the precached gazetteer.
    await page.getByRole('tab', { name: '附近' }).click();
    await page.getByRole('combobox', { name: '查找地点' }).fill('国贸');
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('国贸')]));

    // The presenter steps through the story.
    const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as {
      steps: { title: { zh: string } }[];
    };
    await page.getByRole('button', { name: '演示模式' }).click();
    const caption = page.locator('presenter-view .caption h2');
    await expect.poll(() => caption.textContent()).toBe(story.steps[0]?.title.zh);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toBe(story.steps[1]?.title.zh);
    await page.keyboard.press('Escape');

    // The speaker notes window opens offline too.
    const notes = await context.newPage();
    const response = await notes.goto(appUrl('notes.html'));
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(true);
    await notes.close();

    // Range requests (how the PMTiles basemap is read) are answered from the cache.
    const range = await page.evaluate(async () => {
      const r = await fetch('data/atlas.json', { headers: { Range: 'bytes=0-15' } });
      return { status: r.status, text: await r.text(), contentRange: r.headers.get('content-range') };
    });
    const atlas = readFileSync('dist/data/atlas.json');
    expect(range.status).toBe(206);
    expect(range.text).toBe(atlas.subarray(0, 16).toString('utf8'));
    expect(range.contentRange).toBe(`bytes 0-15/${atlas.length}`);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads nothing for offline use while the map is dragged right after it first drew; registers once it is still', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(appUrl());
    await waitForMapIdle(page);
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const registered = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    const center = () =>
      onMap(page, (map) => (map as unknown as { getCenter(): { lng: number } }).getCenter().lng);
    const before = await center();
    // A drag held for 4 s, the pointer moving now and then: the map is never still.
    await page.mouse.move(x, y);
    await page.mouse.down();
    const seen: boolean[] = [];
    for (let i = 0; i < 16; i++) {
      await page.mouse.move(x + 40 * Math.sin(i), y + 20 * Math.cos(i), { steps: 4 });
      await page.waitForTimeout(250);
      seen.push(await registered());
    }
    expect(await onMap(page, (map) => map.isMoving())).toBe(true);
    await page.mouse.up();
    expect(await center()).not.toBe(before);
    expect(seen.filter(Boolean)).toEqual([]);
    // Still again, it registers the worker, which installs and takes the page over.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    await context.close();
  });

  it('ships an installable manifest named after the atlas, with icons', async () => {
    const atlas = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as { title: { zh: string } };
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(appUrl());
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = (await (await page.request.get(appUrl(href ?? ''))).json()) as {
      name: string;
      icons: { src: string; sizes: string }[];
      display: string;
    };
    expect(manifest.name).toContain(atlas.title.zh);
    expect(manifest.display).toBe('standalone');
    for (const icon of manifest.icons) {
      const png = await page.request.get(appUrl(icon.src));
      expect(png.headers()['content-type']).toBe('image/png');
      expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
    }
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    await context.close();
  });
});
