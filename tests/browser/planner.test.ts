import { readFileSync } from 'node:fs';
import { distance, pointOnFeature, pointToPolygonDistance } from '@turf/turf';
import type { Feature, Point, Polygon } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, statedIds, waitForMapIdle } from './harness';

type Props = { name_zh: string; kind: string };
const layer = (file: string) =>
  JSON.parse(readFileSync(`data/layers/${file}.geojson`, 'utf8')).features as (Feature & {
    id: string;
    properties: Props;
  })[];
const stations = layer('metro-stations') as (Feature<Point, Props> & { id: string })[];
const station = (id: string) => stations.find((s) => s.id === id) as Feature<Point, Props> & { id: string };
const lngLat = (id: string) => station(id).geometry.coordinates as [number, number];

/** Jumps the camera by rewriting the hash (the app follows hash changes), keeping the mode. */
async function centreOn(page: Page, mode: string, [lng, lat]: [number, number]): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, `#mode=${mode}&c=${lng},${lat},15`);
  // The app writes the camera it reached back into the hash; wait until it is there (5 decimals).
  await page.waitForFunction(
    ([x, y]) => {
      const [cx, cy] = (new URLSearchParams(location.hash.slice(1)).get('c') ?? '').split(',').map(Number);
      return Math.abs((cx as number) - x) < 2e-5 && Math.abs((cy as number) - y) < 2e-5;
    },
    [lng, lat],
    { timeout: 60_000 },
  );
}

/** Focuses the map canvas and presses Enter: the point under the crosshair. */
async function enterAtCrosshair(page: Page): Promise<void> {
  await page.locator('.maplibregl-canvas').focus();
  await expect.poll(() => page.locator('map-crosshair [data-crosshair]').count()).toBe(1);
  await page.keyboard.press('Enter');
}

describe('planner tools', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('measures the distance between two stations with the crosshair, within 1% of turf', async () => {
    const a = lngLat('station-dajuyuan');
    const b = lngLat('station-huangbeiling');
    const { page, context, errors } = await openPage(browser, {
      reducedMotion: true,
      path: `#mode=measure&c=${a[0]},${a[1]},15`,
    });
    await waitForMapIdle(page);
    const tools = page.locator('planner-tools');
    expect(await tools.getByRole('button', { name: '测量距离/面积' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const readout = tools.locator('[data-measure-readout]');
    await enterAtCrosshair(page);
    await expect.poll(() => readout.textContent()).toContain('1 个点');
    await centreOn(page, 'measure', b);
    await enterAtCrosshair(page);
    await expect.poll(() => readout.textContent()).toContain('2 个点');
    const text = (await readout.textContent()) ?? '';
    const km = Number(/([\d.]+) 公里/.exec(text)?.[1]);
    const expected = distance(a, b, { units: 'kilometers' });
    expect(expected).toBeGreaterThan(2);
    expect(Math.abs(km - expected) / expected).toBeLessThan(0.01);
    // Undo drops the last point; the read-out follows.
    await tools.getByRole('button', { name: '撤销上一点' }).click();
    await expect.poll(() => readout.textContent()).toContain('1 个点');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows metrics and a 500 m catchment with the stations turf finds', async () => {
    const { page, context, errors } = await openPage(browser, {
      reducedMotion: true,
      path: '#sel=belt-hongling-finance',
    });
    await waitForMapIdle(page);
    const metrics = page.locator('feature-metrics');
    // The belt's stations within 500 m, as turf measures them (inside counts as 0).
    const belt = layer('layout').find((f) => f.id === 'belt-hongling-finance') as Feature<Polygon>;
    const near = stations.filter((s) => pointToPolygonDistance(s, belt, { units: 'meters' }) <= 500);
    expect(near.length).toBeGreaterThan(0);
    await expect.poll(() => metrics.locator('dl').textContent()).toMatch(/面积.*平方公里/);
    const nearList = metrics.getByRole('heading', { name: '500 米内的地铁站' });
    await expect.poll(() => nearList.count()).toBe(1);
    for (const s of near)
      expect(
        await metrics.getByRole('button', { name: new RegExp(`^${s.properties.name_zh}（`) }).count(),
      ).toBe(1);

    // A station's catchment: select Guomao from the URL, choose 500 m.
    await page.evaluate(() => {
      location.hash = '#sel=station-guomao';
    });
    await expect.poll(async () => (await statedIds(page, 'selected'))[0]).toBe('station-guomao');
    await metrics.getByRole('button', { name: '500 米', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('ca=station-guomao:500');
    const guomao = station('station-guomao');
    const inside = stations.filter(
      (s) => s.id !== guomao.id && distance(guomao, s, { units: 'meters' }) <= 500,
    );
    const result = metrics.locator('.catchment-result');
    await expect
      .poll(() => result.getByRole('heading', { name: /^地铁站/ }).textContent())
      .toBe(`地铁站 (${inside.length})`);
    for (const s of inside)
      expect(
        await result.getByRole('button', { name: new RegExp(`^${s.properties.name_zh}（`) }).count(),
      ).toBe(1);
    expect(
      await metrics.getByRole('button', { name: '500 米', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says what applies inside a zone, and exports the map as PNG and the layers as GeoJSON', async () => {
    const zone = layer('layout').find((f) => f.id === 'zone-consumption-core') as Feature<Polygon, Props>;
    const inZone = pointOnFeature(zone).geometry.coordinates as [number, number];
    const { page, context, errors } = await openPage(browser, {
      reducedMotion: true,
      path: `#mode=here&c=${inZone[0]},${inZone[1]},15`,
    });
    await waitForMapIdle(page);
    await enterAtCrosshair(page);
    const tools = page.locator('planner-tools');
    const result = tools.locator('[data-here-result]');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.getByRole('button', { name: zone.properties.name_zh }).count()).toBe(1);
    expect(await result.getByRole('button', { name: /措施 3/ }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/h=114\.\d+,22\.\d+/);

    await tools.getByRole('button', { name: '导出' }).click();
    expect(await axeViolations(page)).toEqual([]);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      tools.getByRole('button', { name: /PNG/ }).click(),
    ]);
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const cssWidth = await page.locator('.maplibregl-canvas').evaluate((c) => c.clientWidth);
    expect(bytes.readUInt32BE(16)).toBe(2 * cssWidth);
    // The map is drawn in it: the image's middle band (all map) is not one colour.
    const variety = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 200;
      canvas.height = 50;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      const h = img.naturalHeight;
      ctx.drawImage(img, 0, h * 0.4, img.naturalWidth, h * 0.2, 0, 0, 200, 50);
      const data = ctx.getImageData(0, 0, 200, 50).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = ((data[i] as number) << 16) | ((data[i + 1] as number) << 8) | (data[i + 2] as number);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return 1 - Math.max(...counts.values()) / (data.length / 4);
    }, bytes.toString('base64'));
    expect(variety).toBeGreaterThan(0.05);

    await tools.getByRole('button', { name: '导出' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      tools.getByRole('button', { name: /GeoJSON/ }).click(),
    ]);
    const data = JSON.parse(readFileSync(await file.path(), 'utf8'));
    const manifest = JSON.parse(readFileSync('data/atlas.json', 'utf8'));
    const visible = manifest.layers.filter((l: { visible?: boolean }) => l.visible) as {
      id: string;
      file: string;
    }[];
    expect(data.type).toBe('FeatureCollection');
    // Every feature of the visible layers, those no document locates too (with null geometry): nothing lost.
    const expected = visible.flatMap((l) =>
      layer(l.file.replace(/^layers\/|\.geojson$/g, '')).map((f) => `${l.id}/${f.id}`),
    );
    expect(
      data.features.map(
        (f: { id: string; properties: { layer: string } }) => `${f.properties.layer}/${f.id}`,
      ),
    ).toEqual(expected);
    expect(errors).toEqual([]);
    await context.close();
  });
});
