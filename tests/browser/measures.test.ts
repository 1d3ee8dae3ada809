import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  heldRequests,
  launchBrowser,
  openPage,
  PHONE,
  statedIds,
  waitForMapIdle,
} from './harness';

const LAYOUT_IDS = JSON.parse(readFileSync('data/layers/layout.geojson', 'utf8')).features.map(
  (f: { id: string }) => f.id,
);

/** The camera the app last wrote to the URL, as [lng, lat, zoom]. */
async function cameraOf(page: Page): Promise<number[]> {
  const hash = await page.evaluate(() => location.hash);
  return (new URLSearchParams(hash.slice(1)).get('c') ?? '').split(',').map(Number);
}

/** What MapLibre emphasises: the features whose feature-state says "highlight". */
function highlighted(page: Page): Promise<string[]> {
  return statedIds(page, 'highlight');
}

/** The feature MapLibre draws as selected (feature-state), or null. */
async function selected(page: Page): Promise<string | null> {
  return (await statedIds(page, 'selected'))[0] ?? null;
}

/** Waits until the camera stops moving (the URL is written after each move ends). */
async function settle(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => location.hash);
        const same = now === last;
        last = now;
        return same;
      },
      { interval: 700, timeout: 20_000 },
    )
    .toBe(true);
}

describe('measures and map explain each other', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('choosing measure 3 highlights the layout and frames the camera on it', async () => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(page);
    // Wait for conditions, not times: the first framing reaches the URL after its debounce.
    await expect.poll(async () => (await cameraOf(page)).length).toBe(3);
    const before = await cameraOf(page);
    await page.getByRole('button', { name: /措施 3/ }).click();
    await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining(LAYOUT_IDS));
    await expect.poll(() => page.locator('[data-section="m3"][aria-current="true"]').count()).toBe(1);
    await expect.poll(() => cameraOf(page)).not.toEqual(before);
    await settle(page);
    const after = await cameraOf(page);
    // The layout lies in the south and middle of the district: the frame centres there.
    expect(after[0]).toBeGreaterThan(114.09);
    expect(after[0]).toBeLessThan(114.2);
    expect(await page.locator('[role="status"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('产城融合')]),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a port chosen from the features list opens its inspector; "mentioned in" leads back to measure 4', async () => {
    const { page, context } = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: '图层' }).click();
    await page.locator('layer-panel').getByRole('button', { name: '罗湖口岸', exact: true }).click();
    await expect.poll(() => selected(page)).toBe('port-luohu');
    const inspector = page.locator('feature-inspector');
    await expect.poll(() => inspector.getByRole('heading', { level: 2 }).textContent()).toContain('罗湖口岸');
    expect(await inspector.locator('section').first().textContent()).toMatch(/近似|实测/);
    const mention = inspector.getByRole('button', { name: /措施 4 · .*：“/ });
    await mention.first().click();
    const paragraph = page.locator('measure-text [data-paragraph="m4-1"]');
    await expect
      .poll(() => paragraph.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('clicking a term selects what it names; the copied link restores the same view', async () => {
    const { page, context } = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(page);
    await page.locator('measure-text .term', { hasText: '红岭新兴金融产业带' }).first().click();
    await expect.poll(() => selected(page)).toBe('belt-hongling-finance');
    await settle(page);
    await page.getByRole('tab', { name: '图层' }).click();
    await page
      .locator('layer-panel')
      .getByRole('checkbox', { name: /主干道路/ })
      .check();
    await page.getByRole('button', { name: '复制链接' }).click();
    const url = page.url();
    const camera = await cameraOf(page);
    const { page: again, context: context2 } = await openPage(browser, {
      reducedMotion: true,
      path: new URL(url).hash,
    });
    await waitForMapIdle(again);
    await expect.poll(() => selected(again)).toBe('belt-hongling-finance');
    expect(await again.locator('feature-inspector h2').textContent()).toContain('红岭新兴金融产业带');
    await again.getByRole('tab', { name: '图层' }).click();
    expect(
      await again
        .locator('layer-panel')
        .getByRole('checkbox', { name: /主干道路/ })
        .isChecked(),
    ).toBe(true);
    const restored = await cameraOf(again);
    expect(restored[0]).toBeCloseTo(camera[0] as number, 3);
    expect(restored[1]).toBeCloseTo(camera[1] as number, 3);
    expect(restored[2]).toBeCloseTo(camera[2] as number, 1);
    await context.close();
    await context2.close();
  });

  it("draws the whole article after the map's first idle, and a link to its last measure at once", async () => {
    const text = JSON.parse(readFileSync('data/text/measures.json', 'utf8')) as {
      sections: { id: string; kind: string }[];
    };
    const last = text.sections.filter((s) => s.kind === 'measure').at(-1)?.id;
    const sections = (page: Page) => page.locator('measure-text section[data-section]').count();
    const first = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(first.page);
    await expect.poll(() => sections(first.page)).toBe(text.sections.length);
    // What a reader searches for in the page is there: the last guarantee's words.
    expect(await first.page.locator('measure-text').getByText(/保障/).count()).toBeGreaterThan(0);
    await first.context.close();
    const linked = await openPage(browser, { reducedMotion: true, path: `#m=${last}` });
    await waitForMapIdle(linked.page);
    const current = linked.page.locator(`measure-text section[data-section="${last}"][aria-current="true"]`);
    await expect.poll(() => current.count()).toBe(1);
    // It is scrolled into the text's view.
    const [box, host] = await Promise.all([
      current.boundingBox(),
      linked.page.locator('measure-text').boundingBox(),
    ]);
    expect(box?.y).toBeGreaterThanOrEqual(host?.y ?? 0);
    expect(box?.y).toBeLessThan((host?.y ?? 0) + (host?.height ?? 0));
    await linked.context.close();
  });

  it("on a phone, the sheet shows the article's title while the map loads and its first section once the map has drawn", async () => {
    // MapLibre's worker is held back, so the map has started (the phone's map goes first) but cannot
    // finish drawing.
    const worker = heldRequests(/maplibre-gl-worker/);
    const { page, context, errors } = await openPage(browser, { viewport: PHONE, prepare: worker.route });
    const inSheet = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      return box !== null && box.height > 0 && box.y + 10 < PHONE.height;
    };
    await expect.poll(() => inSheet('measure-text h2.title'), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    expect(await page.locator('measure-text section[data-section]').count()).toBe(0);
    worker.release();
    await waitForMapIdle(page);
    // The first section's words, in the half sheet the reader sees.
    await expect.poll(() => inSheet('measure-text section[data-section] p.para')).toBe(true);
    expect(await page.locator('measure-text section[data-section] p.para').first().textContent()).toMatch(
      /\p{Script=Han}{20}/u,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the whole article even when the map never settles', async () => {
    const total = (JSON.parse(readFileSync('data/text/measures.json', 'utf8')) as { sections: unknown[] })
      .sections.length;
    // MapLibre's worker never answers, so the map never reaches its first idle.
    const worker = heldRequests(/maplibre-gl-worker/);
    for (const viewport of [PHONE, undefined]) {
      const { page, context } = await openPage(browser, {
        ...(viewport ? { viewport } : {}),
        prepare: worker.route,
      });
      await expect
        .poll(() => page.locator('measure-text section[data-section]').count(), { timeout: 30_000 })
        .toBe(total);
      expect(await page.evaluate(() => performance.getEntriesByName('map-idle').length)).toBe(0);
      await context.close();
    }
    worker.release();
  });

  it('switches to English and back without losing the state', async () => {
    const { page, context } = await openPage(browser, { reducedMotion: true, path: '#m=m4&sel=port-luohu' });
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Luohu');
    expect(await page.locator('feature-inspector h2').textContent()).toContain('Luohu Port');
    expect(await page.locator('[data-section="m4"][aria-current="true"]').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('lang=en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('feature-inspector h2').textContent()).toContain('罗湖口岸');
    await expect.poll(() => selected(page)).toBe('port-luohu');
    await context.close();
  });
});
