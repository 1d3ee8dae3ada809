import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PMTiles, type Source } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap } from '../../scripts/basemap/build';
import { osmBasemapLayers } from '../../src/map/osm-style';
import { SAMPLE_EXTENT, sampleExtract, toOsmXml } from '../unit/osm-extract';
import {
  appUrl,
  DESKTOP,
  fulfilRange,
  launchBrowser,
  mapSettled,
  onMap,
  openPage,
  routeContent,
  waitForMapIdle,
} from './harness';

const SOURCE = 'osm-sample';

/**
 * The style of the offline street basemap drawn by MapLibre over tiles that `npm run basemap` wrote from
 * the tests' small extract. The tiles are read from the archive here and served to the page by URL, so
 * this checks the archive's tiles and the style in the real renderer, whatever basemap the app shows.
 */
describe('offline street basemap in MapLibre', () => {
  let browser: Browser;
  let dir: string;
  let reader: PMTiles;
  beforeAll(async () => {
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'basemap-browser-'));
    writeFileSync(join(dir, 'sample.osm'), toOsmXml(sampleExtract()));
    await buildBasemap(join(dir, 'sample.osm'), join(dir, 'basemap.pmtiles'), SAMPLE_EXTENT);
    const bytes = new Uint8Array(readFileSync(join(dir, 'basemap.pmtiles')));
    const source: Source = {
      getKey: () => 'sample',
      getBytes: async (offset, length) => ({
        data: Uint8Array.prototype.slice.call(bytes, offset, offset + length).buffer,
      }),
    };
    reader = new PMTiles(source);
  });
  afterAll(async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws the streets, water, park, railways and buildings of the extract, named in the language', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: DESKTOP });
    await waitForMapIdle(page);
    await page.route('**/osm-sample/*/*/*', async (route) => {
      const [z, x, y] = new URL(route.request().url()).pathname.split('/').slice(-3).map(Number);
      const tile = await reader.getZxy(z as number, x as number, y as number);
      if (!tile) return route.fulfill({ status: 204, body: '' });
      return route.fulfill({ contentType: 'application/x-protobuf', body: Buffer.from(tile.data) });
    });
    const layers = osmBasemapLayers(SOURCE, 'zh');
    await onMap(
      page,
      (map, arg) => {
        const m = map as unknown as {
          addSource(id: string, source: unknown): void;
          addLayer(layer: unknown, before?: string): void;
          jumpTo(camera: unknown): void;
          getStyle(): { layers: { id: string }[] };
        };
        m.addSource(arg.source, {
          type: 'vector',
          tiles: [arg.tiles],
          minzoom: 10,
          maxzoom: 16,
          attribution: '© OpenStreetMap contributors (ODbL)',
        });
        // Under the atlas's own layers, as the app will draw it.
        const first = m.getStyle().layers[1]?.id;
        for (const layer of arg.layers) m.addLayer(layer, first);
        m.jumpTo({ center: [114.118, 22.543], zoom: 14.2, bearing: 0, pitch: 0 });
      },
      { source: SOURCE, tiles: appUrl('osm-sample/{z}/{x}/{y}'), layers },
    );
    await page.waitForFunction(
      () => {
        const m = (document.querySelector('.map') as unknown as { maplibre: { loaded(): boolean } }).maplibre;
        return m.loaded();
      },
      undefined,
      { timeout: 30_000 },
    );
    const rendered = async (layer: string) =>
      onMap(
        page,
        (map, id) =>
          (
            map as unknown as {
              queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
            }
          )
            .queryRenderedFeatures({ layers: [id] })
            .map((f) => String(f.properties.name ?? f.properties.kind)),
        layer,
      );
    const expected: [string, string[]][] = [
      ['osm-roads', ['测试大道', '测试快速路', '测试街', '三级路']],
      ['osm-buildings', ['测试大厦']],
      ['osm-railways', ['测试铁路']],
      ['osm-waterway', ['测试河']],
      ['osm-water', ['ocean']],
    ];
    for (const [layer, names] of expected) {
      await expect.poll(() => rendered(layer), { timeout: 20_000 }).toEqual(expect.arrayContaining(names));
    }
    await expect.poll(() => rendered('osm-label-road-major'), { timeout: 20_000 }).toContain('测试大道');
    // A picture of the basemap alone, to look at (the atlas's layers hidden for it).
    await onMap(page, (map) => {
      const m = map as unknown as { setLayoutProperty(id: string, name: string, value: string): void };
      for (const l of map.getStyle().layers)
        if (!l.id.startsWith('osm-')) m.setLayoutProperty(l.id, 'visibility', 'none');
    });
    await mapSettled(page);
    await page.locator('.map').screenshot({ path: join(tmpdir(), 'osm-basemap-sample.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the app opens on the street basemap its manifest names, with the attribution and the atlas on top', async () => {
    const archive = readFileSync(join(dir, 'basemap.pmtiles'));
    const manifest = JSON.parse(readFileSync('data/atlas.json', 'utf8'));
    manifest.basemaps.push({
      id: 'osm-local',
      type: 'pmtiles-vector',
      url: 'basemap/sample.pmtiles',
      name: { zh: '街道底图（离线）', en: 'Street basemap (offline)' },
      attribution: '© OpenStreetMap contributors (ODbL)',
    });
    const { page, context, errors } = await openPage(browser, {
      viewport: DESKTOP,
      path: '#c=114.118,22.543,14.2',
      prepare: async (p) => {
        await routeContent(p, { 'atlas.json': JSON.stringify(manifest) });
        // A static host answers byte ranges; PMTiles reads the archive that way.
        await p.route('**/data/basemap/sample.pmtiles', (r) => fulfilRange(r, archive));
      },
    });
    await waitForMapIdle(page);
    // The menu and the map agree: the default basemap is the street basemap.
    await expect.poll(() => page.locator('.app-header select').inputValue()).toBe('osm-local');
    const rendered = (layer: string) =>
      onMap(
        page,
        (map, id) =>
          (
            map as unknown as {
              queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
            }
          )
            .queryRenderedFeatures({ layers: map.getLayer(id) ? [id] : [] })
            .map((f) => String(f.properties.name ?? f.properties.kind)),
        layer,
      );
    await expect
      .poll(() => rendered('osm-roads'), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['测试大道']));
    // The atlas's own layers are still there, above the streets.
    const order = await onMap(page, (map) => map.getStyle().layers.map((l) => l.id));
    expect(order.indexOf('osm-roads')).toBeLessThan(order.indexOf('t-ports-circle'));
    await expect.poll(() => page.locator('.atlas-attribution').textContent()).toContain('OpenStreetMap');
    await page.locator('.map').screenshot({ path: join(tmpdir(), 'osm-basemap-app.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
