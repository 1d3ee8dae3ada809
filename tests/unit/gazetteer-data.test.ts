/**
 * Content test: the resident's search on the real Luohu atlas in data/ (the engine's search is tested on
 * the fixture in gazetteer.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AtlasCollection, Lang, Manifest } from '../../src/content/types';
import {
  buildGazetteer,
  type Gazetteer,
  type GazetteerEntry,
  searchGazetteer,
  toGazetteerEntry,
} from '../../src/nearby/gazetteer';
import { readingsOf } from '../../src/nearby/pinyin-readings';
import { readCollection, readJson } from './data';

/** The layers a resident searches, read from the real atlas with fs. */
const SEARCHED_LAYERS = ['metro-stations', 'ports', 'subdistricts', 'projects', 'green-blue'];
const manifest = readJson<Manifest>('data/atlas.json');
const realEntries: GazetteerEntry[] = SEARCHED_LAYERS.flatMap((id) => {
  const def = manifest.layers.find((l) => l.id === id);
  if (!def) throw new Error(`layer ${id} is not in data/atlas.json`);
  return (
    readCollection<AtlasCollection>(join('data', def.file))
      // Features no document locates have no point; the app lists them apart, never in the search index.
      .features.filter((f) => f.geometry !== null)
      .map((f) => toGazetteerEntry(f, id))
  );
});
const atlas = buildGazetteer(realEntries, readingsOf, Object.keys(manifest.kinds));
const stationIds = readCollection<AtlasCollection>('data/layers/metro-stations.geojson').features.map(
  (f) => f.id,
);

function ids(g: Gazetteer, query: string, lang: Lang = 'zh', limit?: number): string[] {
  return searchGazetteer(g, query, lang, limit).map((r) => r.id);
}

describe('searchGazetteer on the real atlas', () => {
  it('builds from the searched layers', () => {
    expect(atlas.entries.length).toBe(realEntries.length);
    expect(stationIds).toContain('station-guomao');
    expect(stationIds).toContain('station-laojie');
  });

  it('finds 国贸 first as the Guomao station', () => {
    expect(ids(atlas, '国贸')[0]).toBe('station-guomao');
  });

  it('finds guomao by pinyin, spaced pinyin and any case', () => {
    for (const q of ['guomao', 'guo mao', 'Guomao', 'GUOMAO'])
      expect(ids(atlas, q)[0], q).toBe('station-guomao');
  });

  it('finds guomao by initials', () => {
    expect(ids(atlas, 'gm')).toContain('station-guomao');
  });

  it('finds Guomao in English', () => {
    const [first] = searchGazetteer(atlas, 'Guomao', 'en');
    expect(first).toEqual({ id: 'station-guomao', score: 100, matched: 'en' });
  });

  it('forgives the typo gumao', () => {
    const [first] = searchGazetteer(atlas, 'gumao', 'zh');
    expect(first?.id).toBe('station-guomao');
    expect(first?.matched).toBe('fuzzy');
  });

  it('finds the Liantang subdistrict, port and stations for 莲塘', () => {
    const found = ids(atlas, '莲塘');
    expect(found[0]).toBe('station-liantang');
    expect(found).toEqual(
      expect.arrayContaining(['subdistrict-liantang', 'port-liantang', 'station-liantangkouan']),
    );
  });

  it('forgives Lianteng for Liantang', () => {
    expect(ids(atlas, 'Lianteng', 'en')).toEqual(
      expect.arrayContaining(['station-liantang', 'subdistrict-liantang', 'port-liantang']),
    );
  });

  it('finds laojie', () => {
    expect(ids(atlas, 'laojie')[0]).toBe('station-laojie');
  });

  it('returns only ids of entries it was built from', () => {
    for (const q of ['l', '罗湖', 'park', 'shenzhen', 'xx'])
      for (const id of ids(atlas, q, 'en', 100)) expect(atlas.byId.has(id)).toBe(true);
  });
});
