/**
 * The map's own legend and names (issue 13): the on-map legend lists the visible layers by class in
 * the current language and is reached and folded with the keyboard; hovering a feature (or tapping it
 * on a touch screen) shows its name. What is visible is read from MapLibre, and positions come from
 * MapLibre's projection of the feature's own coordinates.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, onMap, openPage, PHONE, waitForMapIdle } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The legend's groups as a reader sees them: layer id, heading (if any) and row texts. */
function legendRows(page: Page): Promise<{ layer: string; rows: string[] }[]> {
  return page.locator('map-legend ul').evaluateAll((lists) =>
    lists.map((ul) => ({
      layer: ul.getAttribute('data-layer') ?? '',
      rows: [...ul.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? ''),
    })),
  );
}

/** Thematic layers MapLibre draws (visibility "visible"), by atlas layer id. */
function drawnLayers(page: Page, ids: string[]): Promise<string[]> {
  return onMap(
    page,
    (map, list) => list.filter((id) => map.getLayoutProperty(`t-${id}-fill`, 'visibility') !== 'none'),
    ids,
  );
}

/** The screen point (page CSS pixels) of a point feature, from MapLibre's own source data. */
async function featurePoint(page: Page, layer: string, id: string): Promise<{ x: number; y: number }> {
  const at = await onMap(
    page,
    (map, [source, fid]) => {
      const spec = map.getStyle().sources[source] as {
        data: { features: { id: string; geometry: { coordinates: [number, number] } }[] };
      };
      const f = spec.data.features.find((g) => g.id === fid);
      return f ? map.project(f.geometry.coordinates) : null;
    },
    [`t-${layer}`, id] as [string, string],
  );
  const box = await page.locator('.map').boundingBox();
  if (!at || !box) throw new Error(`${id} is not on the map`);
  return { x: box.x + at.x, y: box.y + at.y };
}

describe('the legend on the map', () => {
  it('lists the visible layers by class, in Chinese and then in English', async () => {
    const { page, context, errors } = await openPage(browser, { path: '#l=green-blue,ports,landmarks' });
    try {
      await waitForMapIdle(page);
      await expect.poll(() => legendRows(page).then((g) => g.length)).toBeGreaterThan(0);
      const drawn = await drawnLayers(page, ['layout', 'green-blue', 'ports', 'landmarks', 'metro-lines']);
      expect(drawn.sort()).toEqual(['green-blue', 'landmarks', 'ports']);
      let groups = await legendRows(page);
      expect(groups.map((g) => g.layer).sort()).toEqual(drawn.sort());
      // Classes, not features: nine mountains, parks and waters read as four kinds.
      expect(groups.find((g) => g.layer === 'green-blue')?.rows).toEqual(['山体', '公园', '水库', '河流']);
      expect(groups.find((g) => g.layer === 'landmarks')?.rows).toContain('医疗卫生');
      expect(groups.find((g) => g.layer === 'ports')?.rows).toEqual(['口岸与客运枢纽']);

      await page.locator('.lang-switch').click();
      await expect
        .poll(async () => (await legendRows(page)).find((g) => g.layer === 'green-blue')?.rows)
        .toEqual(['Mountain', 'Park', 'Reservoir', 'River']);
      groups = await legendRows(page);
      expect(groups.find((g) => g.layer === 'landmarks')?.rows).toContain('Health care');
      expect((await page.locator('map-legend button.toggle').textContent())?.trim()).toMatch(/^Legend/);

      // Switching a layer off takes it out of the legend.
      await page.goto(appUrl('#l=ports&lang=en'));
      await expect.poll(async () => (await legendRows(page)).map((g) => g.layer)).toEqual(['ports']);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('covers no port, station, layout name or axis the default view frames, on the desktop', async () => {
    const { page, context } = await openPage(browser);
    try {
      await waitForMapIdle(page);
      const legend = await page.locator('map-legend').boundingBox();
      const map = await page.locator('.map').boundingBox();
      if (!legend || !map) throw new Error('no legend or map');
      expect(legend.width * legend.height).toBeGreaterThan(0);
      // What MapLibre draws under the legend's box of what the default view is about: its points, the
      // corridor's axis and the zones' names (a zone's edge may pass under it: the zones are large).
      const under = await onMap(
        page,
        (m, box) => {
          const layers = m
            .getStyle()
            .layers.map((l) => l.id)
            .filter((id) => /^t-(ports|metro-stations)-|^t-layout-(line|label|mark)/.test(id));
          const hits = m.queryRenderedFeatures(box, { layers });
          return [...new Set(hits.map((f) => `${f.layer.id} ${f.properties.name_zh ?? f.properties.fid}`))];
        },
        [
          [legend.x - map.x, legend.y - map.y],
          [legend.x - map.x + legend.width, legend.y - map.y + legend.height],
        ] as [[number, number], [number, number]],
      );
      expect(under).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is reached from the map with Tab and folds with Enter', async () => {
    const { page, context } = await openPage(browser, { path: '#l=green-blue' });
    try {
      await waitForMapIdle(page);
      await page.locator('.maplibregl-canvas').focus();
      let reached = false;
      for (let i = 0; i < 12 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.tagName === 'MAP-LEGEND');
      }
      expect(reached).toBe(true);
      const toggle = page.locator('map-legend button.toggle');
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Enter');
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('map-legend ul').first().isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('map-legend ul').first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('names on hover and tap', () => {
  it('shows the name of the feature under the pointer, and hides it when the pointer leaves', async () => {
    const { page, context } = await openPage(browser, { path: '#l=ports&c=114.12,22.54,14' });
    try {
      await waitForMapIdle(page);
      await expect.poll(() => onMap(page, (map) => map.isMoving())).toBe(false);
      const at = await featurePoint(page, 'ports', 'port-luohu');
      const tip = page.locator('map-tooltip [data-tooltip]');
      await page.mouse.move(at.x, at.y);
      await expect.poll(() => tip.textContent().catch(() => '')).toContain('罗湖口岸');
      // Far from every feature, over the sea in the map's corner, the name goes.
      const box = await page.locator('.map').boundingBox();
      await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 8);
      await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) - 40);
      await expect.poll(() => tip.count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('names a tapped feature on a touch screen, in English when the page is', async () => {
    const context = await browser.newContext({
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
      locale: 'zh-CN',
    });
    try {
      const page = await context.newPage();
      await page.goto(appUrl('#l=ports&c=114.1135,22.5298,15&lang=en'));
      await waitForMapIdle(page);
      await expect.poll(() => onMap(page, (map) => map.isMoving())).toBe(false);
      const at = await featurePoint(page, 'ports', 'port-luohu');
      await page.touchscreen.tap(at.x, at.y);
      await expect
        .poll(() =>
          page
            .locator('map-tooltip [data-tooltip]')
            .textContent()
            .catch(() => ''),
        )
        .toContain('Luohu Port');
    } finally {
      await context.close();
    }
  });
});
