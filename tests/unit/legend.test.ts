import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../src/content/legend';
import type { AtlasFeature, LayerDef, LayerStyle, Manifest } from '../../src/content/types';
import { categoryNamer } from '../../src/content/vocabulary';
import { packJson } from './fixtures/fictional-pack';

// Category names come from the manifest: here the fictional pack's.
const PACK = packJson<Manifest>('atlas.json');
const categoryLabel = categoryNamer(PACK);

const layer = (style: Partial<LayerStyle>): LayerDef => ({
  id: 'l',
  group: 'g',
  file: 'l.geojson',
  name: { zh: '图层', en: 'Layer' },
  measures: [1],
  style: { color: '#555555', ...style },
});

let n = 0;
function feature(geometry: GeoJSON.Geometry, props: Record<string, unknown> = {}): AtlasFeature {
  n += 1;
  return {
    type: 'Feature',
    id: `f-${n}`,
    geometry,
    properties: {
      name_zh: `要素${n}`,
      name_en: `Feature ${n}`,
      kind: 'project',
      measures: [1],
      source: 'test',
      accuracy: 'approximate',
      ...props,
    },
  };
}
const point = (props: Record<string, unknown> = {}) => feature({ type: 'Point', coordinates: [1, 1] }, props);
const line = (props: Record<string, unknown> = {}) =>
  feature(
    {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    },
    props,
  );
const square = (props: Record<string, unknown> = {}) =>
  feature(
    {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    },
    props,
  );
const multiSquare = (props: Record<string, unknown> = {}) =>
  feature(
    {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      ],
    },
    props,
  );

describe('legendEntries', () => {
  it('gives a single-colour layer one entry named after the layer', () => {
    const def = layer({ color: '#4a4a4a', lineDash: [3, 2] });
    expect(legendEntries(def, [line(), line()], categoryLabel)).toEqual([
      { label: def.name, color: '#4a4a4a', shape: 'line', dash: [3, 2] },
    ]);
  });

  it('takes the shape from the geometry: polygons fill, points circle', () => {
    const fills = legendEntries(layer({ fillOpacity: 0.06 }), [square(), multiSquare()], categoryLabel);
    expect(fills).toHaveLength(1);
    expect(fills[0]).toMatchObject({ shape: 'fill', opacity: 0.06 });
    const circles = legendEntries(layer({ strokeColor: '#333333' }), [point()], categoryLabel);
    expect(circles[0]).toMatchObject({ shape: 'circle', stroke: '#333333' });
    // The map draws circle outlines white unless the style says otherwise.
    expect(legendEntries(layer({}), [point()], categoryLabel)[0]?.stroke).toBe('#ffffff');
  });

  it('lists only the categories that occur, in the order the style declares them', () => {
    const def = layer({
      colorBy: {
        property: 'category',
        values: { orchard: '#4d7c0f', market: '#b45309', library: '#1e40af' },
      },
    });
    const entries = legendEntries(
      def,
      [point({ category: 'library' }), point({ category: 'orchard' }), point({ category: 'library' })],
      categoryLabel,
    );
    expect(entries.map((e) => e.color)).toEqual(['#4d7c0f', '#1e40af']);
    expect(entries.map((e) => e.label.en)).toEqual(['Orchards', 'Reading rooms']);
    expect(entries.every((e) => e.shape === 'circle')).toBe(true);
  });

  it('asks the caller for category names', () => {
    const def = layer({ colorBy: { property: 'kind2', values: { a: '#111111' } } });
    const entries = legendEntries(def, [point({ kind2: 'a' })], (key) => ({
      zh: `类${key}`,
      en: `Kind ${key}`,
    }));
    expect(entries[0]?.label).toEqual({ zh: '类a', en: 'Kind a' });
  });

  it('gives features outside every category the fallback colour under the layer name', () => {
    const def = layer({ color: '#555555', colorBy: { property: 'category', values: { market: '#b45309' } } });
    const entries = legendEntries(
      def,
      [point({ category: 'market' }), point({ category: 'zoo' })],
      categoryLabel,
    );
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ label: def.name, color: '#555555' });
  });

  it('lists each feature that carries its own colour, with its name and its own shape', () => {
    const def = layer({ color: '#b5523b', colorProperty: 'color', lineDash: [2, 1] });
    const a = square({ color: '#aa0000' });
    const b = line({ color: '#00aa00' });
    const c = square();
    const entries = legendEntries(def, [a, b, c], categoryLabel);
    expect(entries).toEqual([
      {
        label: { zh: a.properties.name_zh, en: a.properties.name_en },
        color: '#aa0000',
        shape: 'fill',
        dash: [2, 1],
        opacity: 0.3,
      },
      {
        label: { zh: b.properties.name_zh, en: b.properties.name_en },
        color: '#00aa00',
        shape: 'line',
        dash: [2, 1],
      },
      { label: def.name, color: '#b5523b', shape: 'fill', dash: [2, 1], opacity: 0.3 },
    ]);
  });

  it('ignores a colour property that is not a #rrggbb value', () => {
    const def = layer({ color: '#123456', colorProperty: 'color' });
    const entries = legendEntries(def, [line({ color: 'red' })], categoryLabel);
    expect(entries).toEqual([{ label: def.name, color: '#123456', shape: 'line' }]);
  });

  it('names every category the pack colours by, in both languages', () => {
    const keys = PACK.layers.flatMap((l) => Object.keys(l.style.colorBy?.values ?? {}));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const label = categoryLabel(key);
      expect(label.zh).not.toBe(key);
      expect(label.en).not.toBe(key);
    }
  });
});
