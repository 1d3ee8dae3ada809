import { describe, expect, it } from 'vitest';
import type { LayerDef, Manifest } from '../../src/content/types';
import {
  basemapLayers,
  colorExpression,
  embeddedStyle,
  thematicLayerIds,
  thematicLayers,
} from '../../src/map/style';
import { packJson } from './fixtures/fictional-pack';

const manifest = packJson<Manifest>('atlas.json');
const layerDef = (id: string) => manifest.layers.find((l) => l.id === id) as LayerDef;
const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

describe('style builder', () => {
  const context = [
    { role: 'land' as const, sourceId: 'c-town', focusId: 'town-chengchuan' },
    { role: 'neighbour' as const, sourceId: 'c-neighbours' },
    { role: 'green' as const, sourceId: 'c-nature', filter: { property: 'theme', equals: 'green' } },
    { role: 'water' as const, sourceId: 'c-nature', filter: { property: 'theme', equals: 'blue' } },
    { role: 'road' as const, sourceId: 'c-roads' },
  ];
  const style = embeddedStyle(
    { 'c-town': empty, 'c-neighbours': empty, 'c-nature': empty, 'c-roads': empty },
    context,
    manifest.layers.map((def) => ({ def, data: empty })),
    'zh',
  );

  it('needs no glyph server, sprite or any URL: the basemap works offline', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });

  it('gives every layer a unique id and a source that exists', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of style.layers) {
      if ('source' in layer && layer.source)
        expect(style.sources[layer.source as string], layer.id).toBeDefined();
    }
  });

  it('draws labels above every thematic shape, and thematic shapes above the basemap', () => {
    const types = style.layers.map((l) => l.type);
    const lastShape = Math.max(
      ...style.layers.map((l, i) => (l.id.startsWith('t-') && l.type !== 'symbol' ? i : -1)),
    );
    const firstLabel = types.indexOf('symbol');
    expect(firstLabel).toBeGreaterThan(lastShape);
    const lastBase = Math.max(
      ...style.layers.map((l, i) => (l.id.startsWith('ctx-') && l.type === 'fill' ? i : -1)),
    );
    const firstThematic = style.layers.findIndex((l) => l.id.startsWith('t-'));
    expect(firstThematic).toBeGreaterThan(lastBase);
  });

  it('labels in the chosen language', () => {
    const labels = (lang: 'zh' | 'en') =>
      basemapLayers(context, lang)
        .filter((l) => l.type === 'symbol')
        .map((l) => JSON.stringify(l.layout?.['text-field']));
    expect(labels('zh').every((f) => f.includes('name_zh'))).toBe(true);
    expect(labels('en').every((f) => f.includes('name_en'))).toBe(true);
  });

  it('colours categories from the manifest, the one source the legend reads too', () => {
    const expr = JSON.stringify(colorExpression(layerDef('workshops')));
    for (const color of Object.values(layerDef('workshops').style.colorBy?.values ?? {}))
      expect(expr).toContain(color);
    expect(colorExpression(layerDef('transit'))).toBe(layerDef('transit').style.color);
  });

  it('scales every opacity with the layer opacity (dimming)', () => {
    const full = JSON.stringify(thematicLayers(layerDef('transit'), 'zh', 1));
    const dimmed = thematicLayers(layerDef('transit'), 'zh', 0.25);
    const circle = dimmed.find((l) => l.type === 'circle');
    expect(circle?.paint && 'circle-opacity' in circle.paint ? circle.paint['circle-opacity'] : null).toBe(
      0.25,
    );
    expect(full).not.toEqual(JSON.stringify(dimmed));
  });

  it('keeps a layer off the map below its minzoom', () => {
    const def = layerDef('workshops');
    expect(def.style.minzoom).toBeDefined();
    for (const layer of thematicLayers(def, 'zh'))
      expect(layer.minzoom).toBeGreaterThanOrEqual(def.style.minzoom as number);
    expect(thematicLayerIds(def)).toContain('t-workshops-label');
  });
});
