/**
 * The start bundle on the fictional pack: the build writes the files the app reads before its first
 * view into one file, the built page asks for that file alone, and the app reads its content from it in
 * one request, falling back to the files one by one (each still named when broken) without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundleLabelPoints, labelPoint } from '../../src/content/label-points';
import { loadContent } from '../../src/content/load';
import { pageHtml } from '../../src/content/page-html';
import { bundledReader, START_BUNDLE, startBundleJson, startFiles } from '../../src/content/start-bundle';
import type { Manifest } from '../../src/content/types';

const PACK = 'tests/fixtures/pack-fictional';
const BASE = new URL('https://atlas.test/data/');
const read = (file: string): unknown => JSON.parse(readFileSync(join(PACK, file), 'utf8'));
const manifest = () => read('atlas.json') as Manifest;

/** Serves the pack (and `extra` files by path, `null` for a 404), recording every path asked for. */
function servePack(extra: Record<string, string | null> = {}) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (input: URL | string) => {
    const path = new URL(String(input)).pathname.replace('/data/', '');
    requested.push(path);
    if (path in extra) {
      const body = extra[path];
      return body === null
        ? new Response('', { status: 404 })
        : new Response(body, { headers: { 'content-type': 'application/json' } });
    }
    return new Response(readFileSync(join(PACK, path)), { headers: { 'content-type': 'application/json' } });
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the start bundle', () => {
  it('holds every file the app reads before its first view, hidden layers too, tiled ones not', () => {
    const m = manifest();
    expect(startFiles(m)).toEqual([
      'atlas.json',
      'text/actions.json',
      'text/links.json',
      'story.json',
      'layers/town.geojson',
      'layers/quarters.geojson',
      'layers/transit.geojson',
      'layers/workshops.geojson',
    ]);
    const workshops = m.layers.find((l) => l.id === 'workshops');
    if (workshops) workshops.tiled = { index: 'workshops.index.json' } as NonNullable<typeof workshops.tiled>;
    expect(startFiles(m)).not.toContain('layers/workshops.geojson');
    // The manifest in it is the one given (the build's, with `tiled`), the rest as the files read.
    const bundle = JSON.parse(startBundleJson(m, read));
    expect(bundle.files['atlas.json']).toEqual(m);
    expect(bundle.files['text/actions.json']).toEqual(read('text/actions.json'));
  });

  it('holds the label point of each area, which the app uses, and leaves out a damaged one', async () => {
    const bundle = JSON.parse(startBundleJson(manifest(), read, bundleLabelPoints));
    const quarters = read('layers/quarters.geojson') as GeoJSON.FeatureCollection;
    const areas = quarters.features.filter((f) => f.geometry.type.includes('Polygon'));
    expect(areas.length).toBeGreaterThan(0);
    for (const f of areas) {
      const [x, y] = labelPoint(f.geometry as GeoJSON.Polygon);
      expect(bundle.labels[String(f.id)][0]).toBeCloseTo(x, 6);
      expect(bundle.labels[String(f.id)][1]).toBeCloseTo(y, 6);
    }
    // Points, lines and the files' other members are not areas.
    const transit = read('layers/transit.geojson') as GeoJSON.FeatureCollection;
    for (const f of transit.features) expect(bundle.labels).not.toHaveProperty(String(f.id));
    const [first, second] = areas.map((f) => String(f.id));
    bundle.labels[String(first)] = [1];
    servePack({ [START_BUNDLE]: JSON.stringify(bundle) });
    const content = await loadContent(BASE, { start: START_BUNDLE });
    expect(content.labelPoints.has(String(first))).toBe(false);
    expect(content.labelPoints.get(String(second))).toEqual(bundle.labels[String(second)]);
    servePack();
    expect((await loadContent(BASE)).labelPoints.size).toBe(0);
  });

  it('is what the built page asks for, alone, and names to the app', () => {
    const html = readFileSync('index.html', 'utf8');
    const built = pageHtml(html, manifest(), 'app', { start: START_BUNDLE });
    const preloaded = [...built.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)"/g)];
    expect(preloaded.map((m) => m[1])).toEqual(['data/start.json']);
    expect(built).toMatch(/<atlas-app data-start="start.json" data-url="data\/">/);
    // Without a bundle (the dev server) the page neither names one nor asks for it.
    expect(pageHtml(html, manifest(), 'app')).not.toContain('start.json');
  });

  it('gives the app its content in one request, the same content as the files one by one', async () => {
    const bundle = startBundleJson(manifest(), read);
    const requested = servePack({ [START_BUNDLE]: bundle });
    const bundled = await loadContent(BASE, { start: START_BUNDLE });
    expect(requested).toEqual([START_BUNDLE]);
    servePack();
    const plain = await loadContent(BASE);
    expect(bundled.text).toEqual(plain.text);
    expect(bundled.story).toEqual(plain.story);
    expect(bundled.layers.map((l) => [l.def.id, l.data.features.length])).toEqual(
      plain.layers.map((l) => [l.def.id, l.data.features.length]),
    );
    expect([...bundled.features.keys()]).toEqual([...plain.features.keys()]);
    expect(bundled.failures).toEqual([]);
  });

  it('without a readable bundle, reads each file from its own URL and still names a broken one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bundle of [null, '{"files":', '{"other":1}']) {
      warn.mockClear();
      const requested = servePack({ [START_BUNDLE]: bundle, 'layers/transit.geojson': '{"type":' });
      const content = await loadContent(BASE, { start: START_BUNDLE });
      expect(requested).toContain('layers/quarters.geojson');
      expect(content.layers.map((l) => l.def.id)).toEqual(['quarters', 'workshops']);
      expect(content.failures).toEqual([
        { file: 'layers/transit.geojson', layer: 'transit', message: 'is not valid JSON' },
      ]);
      // Said once, to whoever deploys, naming the bundle.
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain(START_BUNDLE);
    }
  });

  it('reads a file the bundle does not hold from its own URL, and the bundle once', async () => {
    const bundleReads = vi.fn(async () => ({ files: { 'a.json': 1 } }));
    const fileReads = vi.fn(async (file: string) => `read ${file}`);
    const { read: readFile } = bundledReader(bundleReads, fileReads, () => {});
    expect(await Promise.all([readFile('a.json'), readFile('b.json'), readFile('a.json')])).toEqual([
      1,
      'read b.json',
      1,
    ]);
    expect(bundleReads).toHaveBeenCalledTimes(1);
    expect(fileReads.mock.calls).toEqual([['b.json']]);
  });
});
