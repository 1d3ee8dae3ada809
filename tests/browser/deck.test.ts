import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, mapSettled, onMap, openPage, waitForMapIdle } from './harness';

/** A string every build of @deck.gl/maplibre carries (the id of its interleaved layer groups). */
const DECK_MARK = 'deck-maplibre-layer-group';

/** The camera the app last wrote to the URL, as [lng, lat, zoom, bearing, pitch]. */
async function cameraOf(page: Page): Promise<number[]> {
  const hash = await page.evaluate(() => location.hash);
  const c = (new URLSearchParams(hash.slice(1)).get('c') ?? '').split(',').map(Number);
  return [c[0] ?? Number.NaN, c[1] ?? Number.NaN, c[2] ?? Number.NaN, c[3] ?? 0, c[4] ?? 0];
}

/** The deck.gl layer groups MapLibre holds, in its own layer order. */
const deckGroups = (page: Page) =>
  onMap(page, (m) =>
    (m as unknown as { style: { _order: string[] } }).style._order.filter((id) => id.startsWith('deck-')),
  );

/** Whether switching deck.gl's layer groups off changes the map's pixels (it draws something). */
async function deckDraws(page: Page, canvas: ReturnType<Page['locator']>): Promise<boolean> {
  const groups = await deckGroups(page);
  const idle = () =>
    page.locator('.map').evaluate(
      (el) =>
        new Promise<void>((done) => {
          const m = (
            el as unknown as { maplibre: { once(e: string, f: () => void): void; triggerRepaint(): void } }
          ).maplibre;
          m.once('idle', () => done());
          m.triggerRepaint();
        }),
    );
  const show = (on: boolean) =>
    onMap(
      page,
      (m, [ids, v]) => {
        for (const id of ids) m.setLayoutProperty(id, 'visibility', v ? 'visible' : 'none');
      },
      [groups, on] as [string[], boolean],
    );
  await idle();
  const withDeck = await canvas.screenshot();
  await show(false);
  await idle();
  const without = await canvas.screenshot();
  await show(true);
  await idle();
  return !withDeck.equals(without);
}

const scripts = (requests: string[]) => [...new Set(requests.filter((url) => /\.m?js(\?|$)/.test(url)))];

describe('deck.gl views: 3D layout and Bay Area links', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('loads deck.gl only on first use; 3D tilts the map, links frame the region', async () => {
    const { page, context, errors, requests } = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(page);

    // First load: no script that holds deck.gl code was requested.
    const initial = scripts(requests);
    for (const url of initial) {
      expect(await (await context.request.get(url)).text(), url).not.toContain(DECK_MARK);
    }

    await page.getByRole('tab', { name: '图层' }).click();
    const map = page.locator('.map canvas');
    const flat = await map.screenshot();
    await page.getByRole('switch', { name: '三维视图' }).check();
    await expect.poll(async () => (await cameraOf(page))[4], { timeout: 20_000 }).toBeGreaterThan(30);
    expect(page.url()).toContain('v=3d');

    // Toggling 3D fetched new scripts, and deck.gl is among them.
    const added = scripts(requests).filter((url) => !initial.includes(url));
    expect(added.length).toBeGreaterThan(0);
    const bodies = await Promise.all(added.map(async (url) => (await context.request.get(url)).text()));
    expect(bodies.some((body) => body.includes(DECK_MARK))).toBe(true);
    await expect.poll(async () => (await map.screenshot()).equals(flat), { timeout: 20_000 }).toBe(false);
    // deck.gl draws inside MapLibre, as a layer group of the map's own style; hiding that group
    // changes the pixels, so the extruded layout is really drawn (not just the tilt).
    await expect.poll(async () => (await deckGroups(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await deckDraws(page, map)).toBe(true);

    // The links frame the Bay Area at a regional zoom, with the destinations named on the map.
    await page.getByRole('switch', { name: '湾区联系' }).check();
    await expect.poll(async () => (await cameraOf(page))[2], { timeout: 20_000 }).toBeLessThan(10);
    const [lng, lat] = await cameraOf(page);
    expect(lng).toBeGreaterThan(113);
    expect(lng).toBeLessThan(114.2);
    expect(lat).toBeGreaterThan(22.3);
    expect(lat).toBeLessThan(23.1);
    await expect.poll(() => page.locator('layer-panel').getByText('各条线路（13）').isVisible()).toBe(true);
    expect(await deckDraws(page, map)).toBe(true);

    // Both off: the map comes back to the district, flat.
    await page.getByRole('switch', { name: '湾区联系' }).uncheck();
    await page.getByRole('switch', { name: '三维视图' }).uncheck();
    await expect.poll(async () => (await cameraOf(page))[2], { timeout: 20_000 }).toBeGreaterThan(10);
    await expect.poll(async () => (await cameraOf(page))[4], { timeout: 20_000 }).toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the links switched on first are drawn: their place labels do not hold deck.gl's layers back", async () => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: '图层' }).click();
    await page.getByRole('switch', { name: '湾区联系' }).check();
    await expect.poll(async () => (await cameraOf(page))[2], { timeout: 20_000 }).toBeLessThan(10);
    await mapSettled(page);
    await expect.poll(async () => (await deckGroups(page)).length).toBeGreaterThan(0);
    expect(await deckDraws(page, page.locator('.map canvas'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a permalink with both views opens them, tilted and framed', async () => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: true, path: '#v=3d&fl=1' });
    await waitForMapIdle(page);
    await expect.poll(async () => (await cameraOf(page))[2], { timeout: 20_000 }).toBeLessThan(10);
    expect((await cameraOf(page))[4]).toBeGreaterThan(30);
    await page.getByRole('tab', { name: '图层' }).click();
    await expect.poll(() => page.getByRole('switch', { name: '湾区联系' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
