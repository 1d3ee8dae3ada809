import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { AtlasCollection, Lang } from '../../src/content/types';
import {
  buildGazetteer,
  type Gazetteer,
  type GazetteerEntry,
  pointOf,
  searchGazetteer,
  toGazetteerEntry,
} from '../../src/nearby/gazetteer';
import { readingsOf } from '../../src/nearby/pinyin-readings';
import { readCollection } from './data';
import { golden } from './golden';

// Golden outputs: `REGENERATE=1 npx vitest run tests/unit/gazetteer.test.ts` rewrites out/ on purpose.
const FIXTURES = 'tests/fixtures/gazetteer';

const fixture = readCollection<AtlasCollection>(join(FIXTURES, 'in/places.geojson'));
/** The fixture's tie-break order of kinds, as a manifest's `kinds` would give it. */
const KIND_ORDER = [
  'metro-station',
  'rail-station',
  'port',
  'bus-hub',
  'subdistrict',
  'district',
  'park',
  'river',
  'road',
  'project',
];
const fixtureGazetteer = buildGazetteer(
  fixture.features.map((f) => toGazetteerEntry(f, 'fixture')),
  readingsOf,
  KIND_ORDER,
);

function ids(g: Gazetteer, query: string, lang: Lang = 'zh', limit?: number): string[] {
  return searchGazetteer(g, query, lang, limit).map((r) => r.id);
}

const round6 = (p: [number, number]) => p.map((c) => Math.round(c * 1e6) / 1e6);

describe('pointOf', () => {
  it('returns a point itself', () => {
    expect(pointOf({ type: 'Point', coordinates: [114.1, 22.5] })).toEqual([114.1, 22.5]);
  });

  it('returns the middle of a line by length, not its middle vertex', () => {
    // Segments of 3° and 1° along the equator: half the length is at lng 2, the middle vertex at lng 3.
    const q = pointOf({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [3, 0],
        [4, 0],
      ],
    });
    expect(q[0]).toBeCloseTo(2, 6);
    expect(q[1]).toBeCloseTo(0, 6);
  });

  it('uses the longest part of a multi-line', () => {
    const p = pointOf({
      type: 'MultiLineString',
      coordinates: [
        [
          [10, 0],
          [10.1, 0],
        ],
        [
          [0, 0],
          [2, 0],
        ],
      ],
    });
    expect(p[0]).toBeCloseTo(1, 6);
  });

  it('puts polygon points inside the polygon, even a concave one', () => {
    const u: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    expect(booleanPointInPolygon(pointOf(u), u)).toBe(true);
    for (const f of fixture.features) {
      if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
        expect(booleanPointInPolygon(pointOf(f.geometry), f.geometry), f.id).toBe(true);
    }
  });

  it('throws on an empty geometry', () => {
    expect(() => pointOf({ type: 'LineString', coordinates: [] })).toThrow(/empty LineString/);
    expect(() => pointOf({ type: 'GeometryCollection', geometries: [] })).toThrow(/empty GeometryCollection/);
  });

  it('matches the golden points of the fixture', () => {
    golden(
      FIXTURES,
      'points.json',
      Object.fromEntries(fixture.features.map((f) => [f.id, round6(pointOf(f.geometry))])),
    );
  });
});

describe('buildGazetteer', () => {
  const byId = (id: string) => {
    const e = fixtureGazetteer.entries.find((x) => x.entry.id === id);
    if (!e) throw new Error(`${id} not in fixture`);
    return e;
  };

  it('precomputes pinyin, spaced pinyin, initials and English', () => {
    const guomao = byId('station-guomao');
    expect(guomao.forms[0]).toMatchObject({
      zh: '国贸',
      pinyin: 'guomao',
      pinyinSpaced: 'guo mao',
      initials: 'gm',
    });
    expect(guomao.en).toBe('guomao');
    expect(byId('project-greenway-post').forms[0]?.pinyin).toBe('lvdaoyizhan');
    expect(byId('project-kk100').forms[0]).toMatchObject({ pinyin: 'kk100jingji', initials: 'kk100jj' });
    expect(byId('district-baoan').enCompact).toBe('baoandistrict');
  });

  it('also indexes names without a parenthetical or a generic suffix', () => {
    expect(byId('subdistrict-liantang').forms.map((f) => [f.zh, f.pinyin, f.core])).toEqual([
      ['莲塘街道', 'liantangjiedao', false],
      ['莲塘', 'liantang', true],
    ]);
    expect(byId('hub-luohu-transport').forms.map((f) => f.zh)).toEqual([
      '罗湖汽车站（罗湖口岸/火车站交通枢纽）',
      '罗湖汽车站',
      '罗湖汽车',
    ]);
    expect(byId('port-liantang').enCores).toEqual(['liantang']);
  });

  it('shares typo keys between entries', () => {
    const port = fixtureGazetteer.fuzzyKeys.find((k) => k.text === 'liantang');
    expect(port?.entries.length).toBe(3);
  });

  it('rejects a repeated id and an entry without a usable point', () => {
    const entry = fixtureGazetteer.entries[0]?.entry as GazetteerEntry;
    expect(() => buildGazetteer([entry, entry], readingsOf)).toThrow(/appears more than once/);
    expect(() => buildGazetteer([{ ...entry, point: [Number.NaN, 22] }], readingsOf)).toThrow(
      /point must be/,
    );
    expect(() => buildGazetteer([{ ...entry, id: '' }], readingsOf)).toThrow(/id must be/);
  });
});

describe('searchGazetteer on the fixture', () => {
  const QUERIES: [string, Lang][] = [
    ['国贸', 'zh'],
    ['guomao', 'zh'],
    ['Guomao', 'en'],
    ['gm', 'zh'],
    ['trade', 'en'],
    ['莲塘', 'zh'],
    ['lt', 'zh'],
    ['Lianteng', 'en'],
    ['lvdao', 'zh'],
    ['深圳', 'zh'],
    ['shenzhen', 'en'],
    ['grand theater', 'en'],
    ['baoan', 'en'],
    ['Bao’an', 'en'],
    ['kk100', 'zh'],
    ['汽车站', 'zh'],
    ['bus station', 'en'],
  ];

  it('matches the golden results', () => {
    golden(
      FIXTURES,
      'search.json',
      QUERIES.map(([query, lang]) => ({
        query,
        lang,
        results: searchGazetteer(fixtureGazetteer, query, lang),
      })),
    );
  });

  it('ranks exact > prefix > substring > initials > typo', () => {
    const score = (query: string, id: string) =>
      searchGazetteer(fixtureGazetteer, query, 'zh', 50).find((r) => r.id === id)?.score ?? 0;
    const exact = score('国贸', 'station-guomao');
    const prefix = score('国贸', 'project-guomao-building');
    const substring = score('大厦', 'project-guomao-building');
    const initials = score('gm', 'station-guomao');
    const typo = score('gumao', 'station-guomao');
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(substring);
    expect(substring).toBeGreaterThan(initials);
    expect(initials).toBeGreaterThan(typo);
    expect(typo).toBeGreaterThan(0);
  });

  it('breaks ties by kind: a station before the project of the same name', () => {
    expect(ids(fixtureGazetteer, 'liantang', 'zh', 3)).toEqual([
      'station-liantang',
      'port-liantang',
      'subdistrict-liantang',
    ]);
  });

  it('allows a transposition, one edit up to 6 letters and two from 7', () => {
    expect(ids(fixtureGazetteer, 'guoamo')).toContain('station-guomao');
    expect(ids(fixtureGazetteer, 'guxmxo')).not.toContain('station-guomao');
    expect(ids(fixtureGazetteer, 'lxantxng')).toContain('station-liantang');
    expect(ids(fixtureGazetteer, 'lxxntxng')).not.toContain('station-liantang');
    // Three letters are too few to guess a typo from.
    expect(ids(fixtureGazetteer, 'gma')).toEqual([]);
  });

  it('does not match pinyin inside a syllable', () => {
    const hit = (query: string) =>
      searchGazetteer(fixtureGazetteer, query, 'zh').find((r) => r.id === 'station-guomao');
    expect(hit('mao')).toEqual({ id: 'station-guomao', score: 60, matched: 'pinyin' });
    // Still found (the English "guomao" contains it), but not as pinyin.
    expect(hit('uomao')?.matched).not.toBe('pinyin');
  });

  it('reports the match in the reader’s language when pinyin and English tie', () => {
    expect(searchGazetteer(fixtureGazetteer, 'guomao', 'zh')[0]).toEqual({
      id: 'station-guomao',
      score: 100,
      matched: 'pinyin',
    });
    expect(searchGazetteer(fixtureGazetteer, 'guomao', 'en')[0]?.matched).toBe('en');
  });

  it('finds nothing for an empty or blank query and respects the limit', () => {
    expect(searchGazetteer(fixtureGazetteer, '', 'zh')).toEqual([]);
    expect(searchGazetteer(fixtureGazetteer, '   \t', 'en')).toEqual([]);
    expect(searchGazetteer(fixtureGazetteer, 'l', 'zh', 2)).toHaveLength(2);
    expect(searchGazetteer(fixtureGazetteer, 'l', 'zh', 0)).toEqual([]);
  });
});
