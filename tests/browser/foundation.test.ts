import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  heldRequests,
  launchBrowser,
  onMap,
  openPage,
  PHONE,
  waitForMapIdle,
} from './harness';

/**
 * Share of sampled pixels of the map, as the page shows it (a screenshot of its canvas), that differ
 * from the most common colour: 0 means a blank map.
 */
async function canvasVariety(page: Page): Promise<number> {
  const png = await page.locator('.maplibregl-canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const copy = document.createElement('canvas');
    copy.width = 200;
    copy.height = 200;
    const ctx = copy.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0, 200, 200);
    const data = ctx.getImageData(0, 0, 200, 200).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i] as number) << 16) | ((data[i + 1] as number) << 8) | (data[i + 2] as number);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());
    return 1 - top / (data.length / 4);
  }, png.toString('base64'));
}

describe('foundation: the offline atlas opens framed on the district', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws a map that is not blank, with no error and no request outside its origin', async () => {
    const { page, errors, requests, context } = await openPage(browser);
    await waitForMapIdle(page);
    // Its content came in one request, the build's start bundle, not one per file.
    const origin = new URL(page.url()).origin;
    expect(requests.filter((r) => r.startsWith(`${origin}/data/`))).toEqual([`${origin}/data/start.json`]);
    expect(await page.locator('.loading').count()).toBe(0);
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
    expect(
      requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:')),
    ).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toContain('罗湖');
    await context.close();
  });

  it('names each area at the point the build worked out, and MapLibre draws those labels', async () => {
    const { page, context, errors } = await openPage(browser);
    await waitForMapIdle(page);
    const bundle = (await (
      await context.request.get(new URL('data/start.json', page.url()).href)
    ).json()) as {
      labels: Record<string, [number, number]>;
    };
    // Every label source MapLibre holds, as MapLibre holds it: its points and their areas' ids.
    const held = await onMap(page, (m) => {
      const map = m as unknown as {
        getStyle(): { sources: Record<string, { type: string; data?: GeoJSON.FeatureCollection }> };
      };
      return Object.entries(map.getStyle().sources)
        .filter(([id]) => id.endsWith('-labels'))
        .flatMap(([, s]) =>
          (s.data?.features ?? []).map((f) => [f.properties?.fid, (f.geometry as GeoJSON.Point).coordinates]),
        );
    });
    expect(held.length).toBeGreaterThan(10);
    for (const [id, at] of held) expect(at, String(id)).toEqual(bundle.labels[String(id)]);
    // And the names are drawn: the district's own name among the labels on screen.
    await expect
      .poll(() =>
        onMap(page, (m) =>
          (m as unknown as { queryRenderedFeatures(): { properties: Record<string, unknown> }[] })
            .queryRenderedFeatures()
            .some((f) => String(f.properties.name_zh ?? '').includes('罗湖')),
        ),
      )
      .toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds its controls at the first idle, named in the language the page has by then', async () => {
    // MapLibre's worker is held back, so the map stays loading while the page switches language.
    const worker = heldRequests(/maplibre-gl-worker/);
    const { page, context, errors } = await openPage(browser, { prepare: worker.route });
    await expect.poll(() => page.locator('.maplibregl-canvas').count()).toBe(1);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-scale').count()).toBe(0);
    worker.release();
    await waitForMapIdle(page);
    for (const name of ['Zoom in', 'Zoom out', 'Full screen']) {
      await expect.poll(() => page.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    await expect.poll(() => page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^\d+\s?k?m$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('frames the focus district on first load and marks map-idle', async () => {
    const { page, context } = await openPage(browser);
    await waitForMapIdle(page);
    // The first framing reaches the URL after its debounce: wait for it, not for a time.
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('c=');
    const hash = await page.evaluate(() => location.hash);
    const camera = new URLSearchParams(hash.slice(1)).get('c');
    expect(camera).not.toBeNull();
    const [lng, lat, zoom] = (camera as string).split(',').map(Number);
    expect(lng).toBeGreaterThan(114.08);
    expect(lng).toBeLessThan(114.2);
    expect(lat).toBeGreaterThan(22.54);
    expect(lat).toBeLessThan(22.61);
    expect(zoom).toBeGreaterThan(10.5);
    await context.close();
  });

  it('has no axe-core violations, on desktop and phone', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, context } = await openPage(browser, viewport ? { viewport } : {});
      await waitForMapIdle(page);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('falls back to the embedded basemap and says so when an online basemap cannot load', async () => {
    const { page, context } = await openPage(browser);
    await waitForMapIdle(page);
    // No network here: the OpenStreetMap style request fails like it would offline.
    await page.route('https://**/*', (route) => route.abort());
    await page.selectOption('.basemap-select select', 'osm');
    await expect
      .poll(() => page.locator('.notice[data-key="basemap"]').textContent())
      .toContain('内置离线底图');
    expect(await page.locator('.basemap-select select').inputValue()).toBe('embedded');
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
    await context.close();
  });
});
