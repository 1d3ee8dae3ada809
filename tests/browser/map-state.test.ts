/**
 * The map shows what the state says (issue 12): each test reads MapLibre's own state (its style's
 * layers and sources, layout and paint properties) or the page's words, never what the app writes
 * about itself. Online basemaps are stood in for by routes: no test touches the network.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  heldRequests,
  launchBrowser,
  onMap,
  openPage,
  PHONE,
  routeContent,
  waitForMapIdle,
} from './harness';

/** The manifest's OpenStreetMap style URL, answered here with a small style of our own. */
const OSM_STYLE = 'https://tiles.openfreemap.org/styles/positron';
const TILES = 'https://tiles.example.test';
/** A 1×1 PNG, for raster tiles. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const STYLE = {
  version: 8,
  sources: {
    'fx-raster': {
      type: 'raster',
      tiles: [`${TILES}/{z}/{x}/{y}.png`],
      tileSize: 256,
      attribution:
        '<a href="https://evil.test/">Evil link</a><img src="https://evil.test/x.png"> Fixture tiles',
    },
  },
  layers: [
    { id: 'fx-bg', type: 'background', paint: { 'background-color': '#f0f0f0' } },
    { id: 'fx-raster', type: 'raster', source: 'fx-raster' },
  ],
};

type TileAnswer = 'ok' | 'fail' | { delay: number };

/** Serves the fixture style at the OSM and a custom URL, and tiles as `answer` says for the n-th request. */
function standIn(answer: (n: number) => TileAnswer) {
  return async (page: Page) => {
    await page.route(`${OSM_STYLE}*`, (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(STYLE) }),
    );
    await page.route('https://styles.example.test/**', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(STYLE) }),
    );
    let n = 0;
    await page.route(`${TILES}/**`, async (r) => {
      const a = answer(n++);
      if (a === 'fail') return r.fulfill({ status: 500, body: '' });
      if (a !== 'ok') await new Promise((done) => setTimeout(done, a.delay));
      return r.fulfill({ contentType: 'image/png', body: PNG });
    });
  };
}

const hasLayer = (page: Page, id: string) => onMap(page, (map, layer) => !!map.getLayer(layer), id);
const basemapChoice = (page: Page) => page.locator('.app-header select').inputValue();

describe('the map shows what the state says', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("the basemap's labels follow the language the reader switches to", async () => {
    const { page, context, errors } = await openPage(browser);
    await waitForMapIdle(page);
    // The text-field of every label layer of the embedded basemap, as MapLibre holds it.
    const fields = () =>
      onMap(page, (map) =>
        map
          .getLayersOrder()
          .filter((id) => id.startsWith('ctx-') && map.getLayer(id)?.type === 'symbol')
          .map((id) => JSON.stringify(map.getLayoutProperty(id, 'text-field'))),
      );
    const before = await fields();
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before)).toEqual(new Set([JSON.stringify(['get', 'name_zh'])]));
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(async () => [...new Set(await fields())], { timeout: 5000 })
      .toEqual([JSON.stringify(['get', 'name_en'])]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link naming a basemap opens on that basemap, with the atlas layers on top', async () => {
    const { page, context, errors } = await openPage(browser, {
      path: '#b=osm',
      prepare: standIn(() => 'ok'),
    });
    await waitForMapIdle(page);
    await expect.poll(() => hasLayer(page, 'fx-raster')).toBe(true);
    expect(await hasLayer(page, 't-ports-circle')).toBe(true);
    // The embedded basemap's own layers are gone: the map holds the basemap the menu names.
    const ids = await onMap(page, (map) => map.getStyle().layers.map((l) => l.id));
    expect(ids.some((id) => id.startsWith('ctx-'))).toBe(false);
    expect(await basemapChoice(page)).toBe('osm');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after a run of changes each atlas layer holds what a fresh load of the same link draws', async () => {
    // The adapter re-reads only the layers whose part of the view changed since its last complete pass:
    // the map reached through many small changes must equal the map a full pass makes from the link.
    const atlasLayers = (page: Page) =>
      onMap(page, (map) =>
        map
          .getStyle()
          .layers.filter((l) => l.id.startsWith('t-'))
          .map(({ layout, ...l }: { id: string; layout?: Record<string, unknown> }) => {
            // Unset visibility draws as visible: the same map whichever way it was reached.
            const { visibility = 'visible', ...rest } = layout ?? {};
            return JSON.stringify({ ...l, visibility, layout: rest });
          }),
      );
    // Motion allowed: a layer switched off fades out first, and a later pass must finish the fade.
    const { page, context, errors } = await openPage(browser);
    await waitForMapIdle(page);
    const setHash = (hash: string) => page.evaluate((h) => (location.hash = h), hash);
    await setHash('#l=layout,ports,roads,landmarks&m=m4');
    await setHash('#l=layout,ports,roads,landmarks,green-blue&m=m6&o=roads:0.4');
    await setHash('#l=ports,roads,landmarks,green-blue&m=m6&o=roads:0.4,ports:0.7&dim=0');
    await setHash('#l=ports,roads,landmarks,green-blue,subdistricts&m=m8&o=roads:0.4,ports:0.7&lang=en');
    await setHash('#l=ports,roads,subdistricts&m=m3&o=ports:0.7&lang=en&sel=subdistrict-guiyuan');
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page
      .locator('layer-panel')
      .getByRole('checkbox', { name: /National railway/ })
      .check();
    // The URL is written a moment after the change.
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('railway');
    const hash = await page.evaluate(() => location.hash);
    const fresh = await context.newPage();
    await fresh.goto(appUrl(hash));
    await waitForMapIdle(fresh);
    const wanted = await atlasLayers(fresh);
    expect(wanted.length).toBeGreaterThan(10);
    await expect.poll(() => atlasLayers(page), { timeout: 10_000 }).toEqual(wanted);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a layer switched on while the basemap tiles load is drawn once they arrive', async () => {
    const { page, context } = await openPage(browser, {
      path: '#b=osm',
      prepare: standIn(() => ({ delay: 2500 })),
    });
    await expect.poll(() => hasLayer(page, 'fx-raster'), { timeout: 20_000 }).toBe(true);
    // Tiles are still in flight: MapLibre's style is not "loaded" in its own sense.
    expect(await onMap(page, (map) => map.isStyleLoaded())).toBe(false);
    await page.getByRole('tab', { name: '图层' }).click();
    await page
      .locator('layer-panel')
      .getByRole('checkbox', { name: /主干道路/ })
      .check();
    await waitForMapIdle(page);
    await expect
      .poll(() => onMap(page, (map) => map.getLayoutProperty('t-roads-line', 'visibility')), {
        timeout: 20_000,
      })
      .toBe('visible');
    expect(await onMap(page, (map) => map.getPaintProperty('t-roads-line', 'line-opacity'))).toBe(1);
    expect(await page.evaluate(() => location.hash)).toContain('roads');
    await context.close();
  });

  it('one lost tile keeps an online basemap; most tiles failing falls back and says why in words', async () => {
    const flaky = await openPage(browser, {
      path: '#b=osm',
      prepare: standIn((n) => (n === 0 ? 'fail' : 'ok')),
    });
    await waitForMapIdle(flaky.page);
    await expect.poll(() => hasLayer(flaky.page, 'fx-raster')).toBe(true);
    await flaky.page.waitForFunction(() => !document.querySelector('.loading'));
    expect(await hasLayer(flaky.page, 'fx-raster')).toBe(true);
    expect(await flaky.page.locator('.notice[data-key="basemap"]').count()).toBe(0);
    await flaky.context.close();

    const dead = await openPage(browser, { path: '#b=osm', prepare: standIn(() => 'fail') });
    const notice = dead.page.locator('.notice[data-key="basemap"]');
    await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(1);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('大部分图块无法加载');
    expect(text).not.toMatch(/HTTP|Failed|Error|500/);
    await expect.poll(() => basemapChoice(dead.page)).toBe('embedded');
    await expect.poll(() => hasLayer(dead.page, 'fx-raster')).toBe(false);
    expect(await onMap(dead.page, (map) => map.getStyle().layers.some((l) => l.id.startsWith('ctx-')))).toBe(
      true,
    );
    await dead.context.close();
  });

  it('a key-less Tianditu link says it needs a key, in the current language', async () => {
    const { page, context } = await openPage(browser, { path: '#b=tianditu&lang=en' });
    const notice = page.locator('.notice[data-key="basemap"]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('needs an access key');
    expect(await basemapChoice(page)).toBe('embedded');
    await context.close();
  });

  it('shows attribution as text, follows the language, and never renders a style’s HTML', async () => {
    const { page, context } = await openPage(browser, {
      path: '?style=https://styles.example.test/s.json#b=custom',
      prepare: standIn(() => 'ok'),
    });
    await waitForMapIdle(page);
    await expect.poll(() => hasLayer(page, 'fx-raster')).toBe(true);
    const attribution = page.locator('.atlas-attribution');
    await expect.poll(() => attribution.textContent()).toContain('Fixture tiles');
    expect(await attribution.textContent()).toContain('Evil link');
    // The words only: no link or image from the style made it into the page.
    expect(
      await page
        .locator('.maplibregl-control-container a[href*="evil"], .maplibregl-control-container img')
        .count(),
    ).toBe(0);
    expect(await attribution.textContent()).toContain('文本');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => attribution.textContent()).toContain('Text:');
    await context.close();
  });

  it('names a malformed content file instead of failing silently', async () => {
    const { page, context } = await openPage(browser, {
      prepare: (p) => routeContent(p, { 'text/measures.json': '{}' }),
    });
    const fatal = page.locator('.notice, .fatal, [role="alert"]').filter({ hasText: 'measures.json' });
    await expect.poll(() => fatal.count()).toBeGreaterThan(0);
    expect(await fatal.first().textContent()).not.toMatch(/TypeError|undefined/);
    expect(await page.locator('.loading').count()).toBe(0);
    await context.close();
  });

  it('without the map module the text, search and lists still work, and the page says why', async () => {
    const { page, context } = await openPage(browser, {
      prepare: (p) => p.route('**/assets/atlas-map-*.js', (r) => r.fulfill({ status: 404, body: '' })),
    });
    const notice = page.locator('.notice[data-key="map-error"]');
    await expect.poll(() => notice.textContent()).toContain('地图组件无法加载');
    expect(await page.locator('.loading').count()).toBe(0);
    expect((await page.locator('measure-text p').allTextContents()).join('').length).toBeGreaterThan(100);
    await context.close();
  });

  it('on a phone the text does not wait for a MapLibre still on the network, and the map follows', async () => {
    const mapModule = heldRequests('**/assets/atlas-map-*.js');
    const { page, context, errors } = await openPage(browser, { viewport: PHONE, prepare: mapModule.route });
    // The article is drawn while the map's module is held back, and the map has not started.
    await expect
      .poll(async () => (await page.locator('measure-text p').allTextContents()).join('').length, {
        timeout: 10_000,
      })
      .toBeGreaterThan(100);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    mapModule.release();
    await waitForMapIdle(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("on a phone the sheet's height reaches the loading map as one jump, not an ease", async () => {
    const { page, context, errors } = await openPage(browser, {
      viewport: PHONE,
      // Every padding MapLibre moves through before its first idle, read from the map itself.
      prepare: (p) =>
        p.addInitScript(() => {
          const paddings: string[] = [];
          Object.defineProperty(window, '__paddings', { value: paddings });
          const watch = () => {
            const map = (
              document.querySelector('.maplibregl-map') as { maplibre?: import('maplibre-gl').Map }
            )?.maplibre;
            if (!map) return requestAnimationFrame(watch);
            const seen = () => paddings.push(JSON.stringify(map.getPadding()));
            map.on('move', seen);
            map.once('idle', () => map.off('move', seen));
          };
          requestAnimationFrame(watch);
        }),
    });
    await waitForMapIdle(page);
    const paddings = await page.evaluate(() => (window as unknown as { __paddings: string[] }).__paddings);
    const bottoms = [...new Set(paddings)].map((p) => (JSON.parse(p) as { bottom: number }).bottom);
    // One move to the sheet's height: an ease would pass through heights between 0 and it.
    expect(bottoms).toHaveLength(1);
    expect(bottoms[0]).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without WebGL the page says so and the text still reads', async () => {
    const { chromium } = await import('playwright-core');
    const { CHROMIUM, CHROMIUM_ARGS } = await import('./harness');
    const noGl = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        ...CHROMIUM_ARGS.filter((a) => !a.includes('swiftshader') && !a.includes('gpu')),
        '--disable-gpu',
        '--disable-webgl',
        '--disable-3d-apis',
      ],
    });
    const page = await noGl.newPage();
    await page.goto(appUrl());
    const notice = page.locator('.notice[data-key="map-error"]');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('WebGL');
    expect((await page.locator('measure-text p').allTextContents()).join('').length).toBeGreaterThan(100);
    await noGl.close();
  });

  it('a hash the reader sets is read, not overwritten by a URL write that was already due', async () => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(page);
    // The reader sets a hash, and before its hashchange is handled a URL write comes (here the one
    // "copy link" makes at once): it must not put the old state back over the reader's hash.
    await page.evaluate(`(() => {
      location.hash = 'mode=near&pin=114.12000,22.54800&r=500';
      [...document.querySelectorAll('.app-header button')].find((b) => b.textContent.includes('复制链接')).click();
    })()`);
    await expect
      .poll(() => page.getByRole('tab', { name: '附近' }).getAttribute('aria-selected'))
      .toBe('true');
    // Then the URL is written from the state the reader's hash gave.
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('pin')))
      .toBe('114.12,22.548');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Escape in a planner tool while "near me" is open gives taps back to the pin', async () => {
    const { page, context } = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: '附近' }).click();
    await page.locator('planner-tools').getByRole('button', { name: /测量/ }).first().click();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByRole('tab', { name: '附近' }).getAttribute('aria-selected'))
      .toBe('true');
    const box = await page.locator('.map canvas').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('pin')))
      .not.toBeNull();
    await context.close();
  });
});
