import { describe, expect, it } from 'vitest';
import { metresPerPixel } from '../../src/analysis/scale';
import { classLegend } from '../../src/content/class-legend';
import { shareableUrl } from '../../src/content/public-url';
import type { AtlasFeature, LayerDef, Manifest } from '../../src/content/types';
import {
  captureSize,
  HANDOUT_MAP_MM,
  printCamera,
  STEP_VIEW_WIDTH,
  scaleBar,
} from '../../src/ui/print-handout/print-layout';

const camera = { center: [114.138, 22.575] as [number, number], zoom: 12.1, bearing: 0, pitch: 0 };

describe('handout map scale', () => {
  it('prints labels at about 8.5 pt: the capture is as many CSS pixels as the label size asks', () => {
    for (const paper of ['a4', 'a3'] as const) {
      const size = captureSize(paper);
      const mm = HANDOUT_MAP_MM[paper];
      // A 12.5 px label printed at mm.width / size.width mm per pixel, in points.
      const pt = ((12.5 * mm.width) / size.width / 25.4) * 72;
      expect(pt).toBeGreaterThan(8.2);
      expect(pt).toBeLessThan(8.8);
      expect(size.width / size.height).toBeCloseTo(mm.width / mm.height, 2);
    }
  });

  it('keeps the ground the step spans across: fewer pixels, lower zoom', () => {
    const c = printCamera(camera, STEP_VIEW_WIDTH / 2);
    expect(c.zoom).toBeCloseTo(camera.zoom - 1, 6);
    expect(c.center).toEqual(camera.center);
  });

  it('draws a round distance no longer than a quarter of the map, at the true scale', () => {
    const bar = scaleBar(camera, 700, 168);
    const metresPerMm = (metresPerPixel(camera.zoom, camera.center[1]) * 700) / 168;
    expect(bar.mm * metresPerMm).toBeCloseTo(bar.metres, 6);
    expect(bar.mm).toBeLessThanOrEqual(168 / 4);
    expect(bar.mm).toBeGreaterThan(168 / 4 / 5);
    expect(String(bar.metres)).toMatch(/^[125]0*$/);
    expect(Math.abs(bar.denominator / (metresPerMm * 1000) - 1)).toBeLessThan(0.06);
    // Zoom 0 at the equator: 40 075 km over 512 px.
    expect(metresPerPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 3);
  });
});

describe('shareable links', () => {
  it('puts the page’s query and hash on the public URL, or leaves the page’s own address', () => {
    const page = 'http://127.0.0.1:4173/?style=x#lang=en&s=m4';
    expect(shareableUrl({ publicUrl: '' }, page)).toBe(page);
    expect(shareableUrl({}, page)).toBe(page);
    expect(shareableUrl({ publicUrl: 'https://atlas.example.org/luohu/' }, page)).toBe(
      'https://atlas.example.org/luohu/?style=x#lang=en&s=m4',
    );
  });
});

describe('class legend', () => {
  const manifest = {
    kinds: {
      park: { label: { zh: '公园', en: 'Park' } },
      zone: { label: { zh: '功能区', en: 'Zone' } },
      line: { label: { zh: '线路', en: 'Line' } },
    },
    categories: {},
  } as unknown as Manifest;
  const def: LayerDef = {
    id: 'l',
    group: 'g',
    file: 'l.geojson',
    name: { zh: '图层', en: 'Layer' },
    measures: [1],
    style: { color: '#555555', colorProperty: 'color' },
  };
  const square: GeoJSON.Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  };
  const f = (id: string, kind: string, color: string, geometry: GeoJSON.Geometry | null = square) =>
    ({
      type: 'Feature',
      id,
      geometry,
      properties: { name_zh: id, name_en: id, kind, color, measures: [1], accuracy: 'schematic' },
    }) as unknown as AtlasFeature;

  it('gives one entry per kind when its colours read as one, one per feature when they differ, and none for features not drawn', () => {
    const entries = classLegend(
      def,
      [
        f('p1', 'park', '#5aa04e'),
        f('p2', 'park', '#6aaf5c'),
        f('p3', 'park', '#6aaf5c'),
        f('z1', 'zone', '#e69f00'),
        f('z2', 'zone', '#009e73'),
        f('x', 'zone', '#ff0000', null as unknown as GeoJSON.Geometry),
      ],
      manifest,
    );
    expect(entries.map((e) => e.label.en)).toEqual(['Park', 'z1', 'z2']);
    expect(entries[0]?.color).toBe('#5aa04e');
  });

  it('collapses a kind with many colours (one per metro line) into one entry in the layer colour', () => {
    const colours = ['#00b140', '#b94700', '#00a9e0', '#a05eb5', '#0033a0', '#f2c75c'];
    const line: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    };
    const entries = classLegend(
      def,
      colours.map((c, i) => f(`l${i}`, 'line', c, line)),
      manifest,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ label: { en: 'Line' }, color: '#555555', shape: 'line' });
  });
});
