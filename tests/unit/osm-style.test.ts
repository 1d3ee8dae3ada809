import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { OSM_ATTRIBUTION, OSM_LAYERS } from '../../src/map/osm-schema';
import {
  OSM_LABEL_RULES,
  OSM_PALETTE,
  osmBasemapLayers,
  osmBasemapSource,
  osmNameExpression,
} from '../../src/map/osm-style';
import { FONT_STACK } from '../../src/map/style';

const SOURCE = 'osm-local';
type SourcedLayer = LayerSpecification & { source: string; 'source-layer': string };
const sourced = (layers: LayerSpecification[]) =>
  layers.filter((l): l is SourcedLayer => 'source-layer' in l && l['source-layer'] !== undefined);

/** Every string in a `['literal', [...]]` or compared with `['get', 'kind']` in an expression. */
function kindsNamed(expression: unknown): string[] {
  if (!Array.isArray(expression)) return [];
  const [op, a, b] = expression;
  if (op === 'in' && JSON.stringify(a) === '["get","kind"]' && Array.isArray(b)) return b[1] as string[];
  if (op === 'match' && JSON.stringify(a) === '["get","kind"]') {
    const labels = expression.slice(2, -1).filter((_, i) => i % 2 === 0);
    return labels.flat() as string[];
  }
  return expression.flatMap(kindsNamed);
}

describe('offline street basemap style', () => {
  for (const lang of ['zh', 'en'] as const) {
    const layers = osmBasemapLayers(SOURCE, lang);

    it(`is a valid MapLibre style with no glyph server, sprite or URL (${lang})`, () => {
      const style = {
        version: 8 as const,
        sources: { [SOURCE]: osmBasemapSource('data/basemap/basemap.pmtiles') },
        layers,
      };
      expect(validateStyleMin(style)).toEqual([]);
      expect(JSON.stringify(layers)).not.toMatch(/https?:|\{fontstack\}/);
      const ids = layers.map((l) => l.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it(`reads only layers and kinds the pipeline writes (${lang})`, () => {
      const schema = OSM_LAYERS as Record<string, readonly string[]>;
      for (const layer of sourced(layers)) {
        expect(layer.source).toBe(SOURCE);
        expect(Object.keys(schema), layer.id).toContain(layer['source-layer']);
        const known = schema[layer['source-layer']] ?? [];
        const named = [
          ...kindsNamed('filter' in layer ? layer.filter : undefined),
          ...kindsNamed('paint' in layer ? layer.paint : undefined),
        ];
        for (const kind of named) expect(known, `${layer.id}: ${kind}`).toContain(kind);
      }
    });

    it(`labels in the reader's language, with local fonts (${lang})`, () => {
      const symbols = layers.filter((l) => l.type === 'symbol');
      expect(symbols.map((l) => l.id)).toEqual(OSM_LABEL_RULES.map((r) => `osm-label-${r.id}`));
      for (const l of symbols) {
        expect(l.layout?.['text-field']).toEqual(osmNameExpression(lang));
        expect(l.layout?.['text-font']).toEqual(FONT_STACK);
      }
      const [, first, second] = osmNameExpression(lang) as unknown as [
        string,
        [string, string],
        [string, string],
      ];
      expect(first[1]).toBe(lang === 'zh' ? 'name:zh' : 'name:en');
      expect(second[1]).toBe('name');
    });

    it(`draws every layer of the schema, labels above everything else (${lang})`, () => {
      const drawn = new Set(sourced(layers).map((l) => l['source-layer']));
      expect([...drawn].sort()).toEqual(Object.keys(OSM_LAYERS).sort());
      const firstLabel = layers.findIndex((l) => l.type === 'symbol');
      expect(layers.slice(firstLabel).every((l) => l.type === 'symbol')).toBe(true);
      expect(layers[0]?.type).toBe('background');
    });
  }

  it('gives every street class and land use kind a colour, and takes another palette as data', () => {
    expect(Object.keys(OSM_PALETTE.road).sort()).toEqual([...OSM_LAYERS.roads].sort());
    expect(Object.keys(OSM_PALETTE.landuse).sort()).toEqual([...OSM_LAYERS.landuse].sort());
    const dark = { ...OSM_PALETTE, background: '#101010', water: '#203040' };
    const layers = osmBasemapLayers(SOURCE, 'zh', dark);
    const paint = (id: string) => layers.find((l) => l.id === id)?.paint as Record<string, unknown>;
    expect(paint('osm-background')['background-color']).toBe('#101010');
    expect(paint('osm-water')['fill-color']).toBe('#203040');
  });

  it('leaves the land colour out on request, to draw over the embedded sea and land', () => {
    const layers = osmBasemapLayers(SOURCE, 'en', OSM_PALETTE, { background: false });
    expect(layers.some((l) => l.type === 'background')).toBe(false);
    expect(layers.length).toBe(osmBasemapLayers(SOURCE, 'en').length - 1);
  });

  it('names its source as a PMTiles archive with the OpenStreetMap attribution', () => {
    expect(osmBasemapSource('basemap/basemap.pmtiles')).toMatchObject({
      type: 'vector',
      url: 'pmtiles://basemap/basemap.pmtiles',
      attribution: OSM_ATTRIBUTION,
    });
    expect(OSM_ATTRIBUTION).toMatch(/OpenStreetMap contributors/);
  });
});
