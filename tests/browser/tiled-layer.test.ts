import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TiledOutput, tiledEntry, tileLayer } from '../../scripts/tiles/tile-layer';
import type { AtlasCollection, AtlasFeature, Manifest } from '../../src/content/types';
import { type ReadingTable, readingsOf, readingTable } from '../../src/nearby/pinyin-readings';
import { seededRandom } from '../support/random';
import {
  DESKTOP,
  fulfilRange,
  launchBrowser,
  mapSettled,
  onMap,
  openPage,
  renderedIds,
  routeContent,
  waitForMapIdle,
} from './harness';

/**
 * The app on a build whose projects layer is tiled, as the build does it for a layer above its tiling
 * threshold: the build's tiler cuts the archive, index and columns from the real layer, and the page's
 * requests for the built manifest and those files are answered with them (byte ranges for the archive).
 */
const LAYER = 'projects';
const SOURCE = `t-${LAYER}`;
const manifest = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Manifest;
const def = manifest.layers.find((l) => l.id === LAYER);
/** The real layer and synthetic projects over the focus area: a tiled layer is a large one. */
const collection = JSON.parse(readFileSync(`data/${def?.file}`, 'utf8')) as AtlasCollection;
const random = seededRandom(14);
const [west, south, east, north] = manifest.focus.bounds;
for (let i = 0; i < 1500; i++)
  collection.features.push({
    type: 'Feature',
    id: `synthetic-project-${i}`,
    properties: {
      name_zh: `示例项目${i}`,
      name_en: `Synthetic project ${i}`,
      kind: 'project',
      category: 'renewal',
      status: 'listed',
      measures: [2],
      source: 'synthetic test data',
      accuracy: 'approximate',
    },
    geometry: {
      type: 'Point',
      coordinates: [west + random() * (east - west), south + random() * (north - south)].map(
        (v) => Math.round(v * 1e6) / 1e6,
      ),
    },
  });
const placed = collection.features.filter((f) => f.geometry !== null) as AtlasFeature[];
const read = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as AtlasCollection).features.filter((f) => f.geometry !== null);
/** What near-me lists beside projects: landmarks (untiled), whose ids the comparison keeps too. */
const LANDMARKS = read('data/layers/landmarks.geojson');

/**
 * A placed project whose Chinese name no other project shares or contains, standing apart from every
 * other point (so it alone is first in a list around it), with more projects within 500 m.
 */
const pointOf = (f: AtlasFeature) => (f.geometry as GeoJSON.Point).coordinates as [number, number];
const TARGET = placed.find((f) => {
  if (f.geometry.type !== 'Point') return false;
  const others = [...placed, ...LANDMARKS].filter((g) => g.id !== f.id && g.geometry.type === 'Point');
  const d = others.map((g) => distance(pointOf(f), pointOf(g), { units: 'meters' }));
  return (
    !collection.features.some((g) => g.id !== f.id && g.properties.name_zh.includes(f.properties.name_zh)) &&
    Math.min(...d) > 50 &&
    d.filter((m) => m <= 500).length > 3
  );
}) as AtlasFeature & { geometry: GeoJSON.Point };
const AT = TARGET.geometry.coordinates as [number, number];

function within(center: [number, number], m: number): string[] {
  return [...placed, ...LANDMARKS]
    .filter((f) => f.geometry.type === 'Point')
    .map((f) => ({
      id: f.id,
      d: distance(center, (f.geometry as GeoJSON.Point).coordinates, { units: 'meters' }),
    }))
    .filter((p) => p.d <= m)
    .sort((a, b) => a.d - b.d)
    .map((p) => p.id);
}

let out: TiledOutput;
let builtManifest: Manifest;

/** Answers the built manifest and the tiled layer's files; the layer's GeoJSON is not there to fetch. */
async function serveTiled(page: Page): Promise<void> {
  const archive = Buffer.from(out.archive);
  await routeContent(page, { 'atlas.json': JSON.stringify(builtManifest), [def?.file ?? '']: null });
  await page.route(`**/data/${out.tiled.index}`, (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify(out.index) }),
  );
  await page.route(`**/data/${out.tiled.props}`, (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify(out.props) }),
  );
  // The build's readings cover every layer's names; here the synthetic ones are added to the built table.
  await page.route('**/data/pinyin.json', async (r) => {
    const built = JSON.parse(await (await r.fetch()).text()) as ReadingTable;
    const extra = readingTable(collection.features.map((f) => f.properties.name_zh));
    const body = { chars: { ...built.chars, ...extra.chars }, names: { ...built.names, ...extra.names } };
    await r.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
  });
  await page.route(`**/data/${out.tiled.archive}`, (r) => fulfilRange(r, archive));
}

/** MapLibre's feature-state of a feature in the tiled source (a vector source needs its source layer). */
function tiledState(page: Page, id: string): Promise<Record<string, unknown>> {
  return onMap(
    page,
    (map, arg) =>
      (
        map as unknown as {
          getFeatureState(f: { source: string; sourceLayer: string; id: string }): Record<string, unknown>;
        }
      ).getFeatureState({ source: arg.source, sourceLayer: arg.layer, id: arg.id }),
    { source: SOURCE, layer: LAYER, id },
  );
}

const panel = (page: Page) => page.locator('near-me');

async function listedIds(page: Page): Promise<string[]> {
  return panel(page)
    .locator('.found li.result')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-feature') ?? ''));
}

describe('a tiled layer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    out = tileLayer(LAYER, collection, { above: 0 });
    builtManifest = {
      ...manifest,
      layers: manifest.layers.map((l) =>
        l.id === LAYER ? { ...l, visible: true, tiled: tiledEntry(out.tiled, l, collection, manifest) } : l,
      ),
    };
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is drawn from its archive: MapLibre renders its tile features by id, its GeoJSON is never asked for', async () => {
    const { page, context, errors, requests } = await openPage(browser, {
      viewport: DESKTOP,
      path: `#c=${AT[0]},${AT[1]},15`,
      prepare: serveTiled,
    });
    await waitForMapIdle(page);
    const source = await onMap(page, (map, id) => map.getStyle().sources[id], SOURCE);
    expect(source).toMatchObject({ type: 'vector', promoteId: 'fid' });
    expect(JSON.stringify(source)).toContain(`pmtiles://`);
    const layers = await onMap(
      page,
      (map, id) =>
        map
          .getStyle()
          .layers.filter((l) => l.source === id)
          .map((l) => (l as unknown as { 'source-layer'?: string })['source-layer']),
      SOURCE,
    );
    expect(layers.length).toBeGreaterThan(3);
    expect(new Set(layers)).toEqual(new Set([LAYER]));
    // Tile features come back from queryRenderedFeatures with their fid.
    await expect.poll(() => renderedIds(page), { timeout: 20_000 }).toContain(TARGET.id);
    expect(requests.some((u) => u.endsWith(`/${def?.file}`))).toBe(false);
    // The property columns wait for someone to need them.
    expect(requests.some((u) => u.includes(out.tiled.props))).toBe(false);
    // The index (search, near-me) is asked for after the first view, when the map has been idle.
    const index = () =>
      page.evaluate((file) => {
        const idle = performance.getEntriesByName('map-idle')[0]?.startTime ?? Number.NaN;
        const got = performance.getEntriesByType('resource').find((e) => e.name.endsWith(file));
        return got ? got.startTime - idle : null;
      }, out.tiled.index);
    await expect.poll(index, { timeout: 10_000 }).not.toBeNull();
    expect(await index()).toBeGreaterThanOrEqual(0);
    // The layer panel's text alternative of the map lists the tiled features in view, from the index.
    await page.getByRole('tab', { name: '图层' }).click();
    const group = page.locator('layer-panel').locator(`.feature-group[data-layer="${LAYER}"]`);
    await expect
      .poll(async () => (await group.locator('button.feature').allTextContents()).map((t) => t.trim()), {
        timeout: 10_000,
      })
      .toContain(TARGET.properties.name_zh);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a tiled feature by name; choosing it lists it, and selecting it opens and marks it', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: DESKTOP, prepare: serveTiled });
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: '附近' }).click();
    const box = page.getByRole('combobox', { name: '查找地点' });
    const options = page.getByRole('listbox').getByRole('option');
    // By pinyin too (the readings the build wrote for every name), e.g. "shilixiangmu0".
    const pinyin = readingsOf(TARGET.properties.name_zh)
      .map((r) => (r.isZh ? r.pinyin : r.origin))
      .join('');
    await box.fill(pinyin);
    await expect
      .poll(() => options.first().textContent(), { timeout: 10_000 })
      .toContain(TARGET.properties.name_zh);
    await box.fill(TARGET.properties.name_zh);
    await expect.poll(() => options.first().textContent()).toContain(TARGET.properties.name_zh);
    await options.first().click();
    const row = panel(page).locator(`.found li.result[data-feature="${TARGET.id}"]`);
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    // The list is nearest first: the chosen place stands where the pin is.
    expect((await listedIds(page))[0]).toBe(TARGET.id);
    await row.locator('button.pick').click();
    await expect
      .poll(() => page.locator('feature-inspector #fi-name').textContent())
      .toContain(TARGET.properties.name_zh);
    await expect.poll(() => tiledState(page, TARGET.id)).toMatchObject({ selected: true });
    await mapSettled(page);
    const where = await onMap(
      page,
      (map, at) => {
        const p = map.project(at);
        const box = map.getContainer().getBoundingClientRect();
        return { x: p.x, y: p.y, width: box.width, height: box.height, zoom: map.getZoom() };
      },
      AT,
    );
    expect(where.x).toBeGreaterThan(0);
    expect(where.x).toBeLessThan(where.width);
    expect(where.y).toBeGreaterThan(0);
    expect(where.y).toBeLessThan(where.height);
    await expect.poll(() => renderedIds(page), { timeout: 20_000 }).toContain(TARGET.id);
    // The inspector shows what the property columns say (fetched for it), not only the index's names:
    // the project's status.
    await expect
      .poll(() => page.locator('feature-inspector section.card').textContent())
      .toContain('列入计划');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('near me lists tiled features by distance with the untiled ones', async () => {
    const { page, context, errors } = await openPage(browser, {
      viewport: DESKTOP,
      path: `#pin=${AT[0]},${AT[1]}&r=500`,
      prepare: serveTiled,
    });
    await waitForMapIdle(page);
    const expected = within(AT, 500);
    expect(expected.filter((id) => placed.some((f) => f.id === id)).length).toBeGreaterThan(1);
    await expect.poll(() => listedIds(page), { timeout: 20_000 }).toEqual(expect.arrayContaining(expected));
    const ids = await listedIds(page);
    expect(ids.filter((id) => expected.includes(id))).toEqual(expected);
    // Once the property columns are in, tiled results carry their category and status like the rest.
    const tags = await panel(page).locator(`li.result[data-feature="${TARGET.id}"] .tag`).allTextContents();
    await expect
      .poll(() => panel(page).locator(`li.result[data-feature="${TARGET.id}"] .tag`).count())
      .toBeGreaterThanOrEqual(TARGET.properties.status ? 2 : 1);
    expect(tags.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
