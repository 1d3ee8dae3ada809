import { booleanPointInPolygon, polygon } from '@turf/turf';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../src/content/label-points';
import { mapLegend } from '../../src/content/map-legend';
import type { AtlasFeature, LayerDef, Manifest } from '../../src/content/types';
import {
  embeddedStyle,
  focusVeil,
  LABEL_SIZES,
  labelPoints,
  overlayLayers,
  symbolOrder,
  thematicLayers,
  USER_MARK_COLOR,
} from '../../src/map/style';
import { readCollection, readJson } from './data';

const manifest = readJson<Manifest>('data/atlas.json');
const def = (id: string) => manifest.layers.find((l) => l.id === id) as LayerDef;
const layerData = (id: string) => readCollection<{ features: AtlasFeature[] }>(`data/${def(id).file}`);

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('area labels', () => {
  it('put one label in the largest part of a multi-part area, inside it', () => {
    const multi: GeoJSON.MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(0, 0, 0.01), square(1, 1, 0.1), square(2, 2, 0.02)],
    };
    const [x, y] = labelPoint(multi);
    expect(x).toBeGreaterThan(1);
    expect(x).toBeLessThan(1.1);
    expect(y).toBeGreaterThan(1);
    expect(y).toBeLessThan(1.1);
  });

  it('place the label away from the edges of a concave area (pole of inaccessibility)', () => {
    // An L: the centroid lies outside; polylabel's point lies inside, clear of the edges.
    const l = polygon([
      [
        [0, 0],
        [3, 0],
        [3, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ]);
    const p = labelPoint(l.geometry);
    expect(booleanPointInPolygon(p, l)).toBe(true);
  });

  it('name each area of the real layout once, "文化生态休闲区" (three parts) included', () => {
    const layout = layerData('layout');
    const points = labelPoints(layout as unknown as GeoJSON.FeatureCollection);
    const areas = layout.features.filter((f) => f.geometry?.type.includes('Polygon'));
    expect(points.features).toHaveLength(areas.length);
    const names = points.features.map((f) => f.properties?.name_zh);
    expect(new Set(names).size).toBe(names.length);
    const culture = layout.features.find((f) => f.properties.name_zh === '文化生态休闲区');
    expect(culture?.geometry?.type).toBe('MultiPolygon');
    const at = points.features.find((f) => f.properties?.name_zh === '文化生态休闲区')
      ?.geometry as GeoJSON.Point;
    expect(booleanPointInPolygon(at.coordinates, culture as GeoJSON.Feature<GeoJSON.MultiPolygon>)).toBe(
      true,
    );
    // Larger areas claim room first.
    for (const f of points.features) expect(typeof f.properties?.label_rank).toBe('number');
  });

  it('take a point the build worked out instead of searching the boundary again', () => {
    const layout = layerData('layout') as unknown as GeoJSON.FeatureCollection;
    const area = layout.features.find((f) => f.geometry?.type.includes('Polygon'));
    const known = new Map([[String(area?.id), [114.1, 22.55] as [number, number]]]);
    const at = (points: GeoJSON.FeatureCollection) => {
      const point = points.features.find((f) => f.properties?.name_zh === area?.properties?.name_zh);
      return (point?.geometry as GeoJSON.Point | undefined)?.coordinates;
    };
    expect(at(labelPoints(layout, known))).toEqual([114.1, 22.55]);
    expect(at(labelPoints(layout))).toEqual(labelPoint(area?.geometry as GeoJSON.Polygon));
  });
});

describe('label hierarchy', () => {
  const layers = thematicLayers(def('green-blue'), 'zh');
  const symbol = (suffix: string) =>
    layers.find((l) => l.id === `t-green-blue-${suffix}`) as SymbolLayerSpecification;

  it('sizes names by class: areas over points over lines, areas in bold', () => {
    expect(LABEL_SIZES.area).toBeGreaterThan(LABEL_SIZES.point);
    expect(LABEL_SIZES.point).toBeGreaterThan(LABEL_SIZES.line);
    expect(symbol('label-area').layout?.['text-size']).toBe(LABEL_SIZES.area);
    expect(String(symbol('label-area').layout?.['text-font'])).toMatch(/Bold/);
    expect(symbol('label').layout?.['text-size']).toBe(LABEL_SIZES.point);
    expect(symbol('label-line').layout?.['symbol-placement']).toBe('line');
  });

  it('labels areas from their label points only, never from the polygons (one name per area)', () => {
    expect(symbol('label-area').source).toBe('t-green-blue-labels');
    for (const l of layers)
      if (l.type === 'symbol' && l.source === 't-green-blue')
        expect(JSON.stringify(l.filter)).not.toMatch(/Polygon/);
  });

  it('sets point names beside their mark, with padding and a sort key, and marks that names avoid', () => {
    const ports = thematicLayers(def('ports'), 'en');
    const label = ports.find((l) => l.id === 't-ports-label') as SymbolLayerSpecification;
    const mark = ports.find((l) => l.id === 't-ports-mark') as SymbolLayerSpecification;
    const radius = def('ports').style.circleRadius ?? 5;
    const anchors = label.layout?.['text-variable-anchor'] as string[] | undefined;
    expect(anchors?.length).toBeGreaterThan(2);
    expect(Number(label.layout?.['text-radial-offset']) * LABEL_SIZES.point).toBeGreaterThan(radius);
    expect(label.layout?.['text-padding']).toBeGreaterThan(0);
    expect(label.layout?.['symbol-sort-key']).toBeDefined();
    // The mark is placed whatever else is there, and takes room from the names placed after it.
    expect(mark.layout?.['text-allow-overlap']).toBe(true);
    expect(mark.layout?.['text-ignore-placement']).toBe(false);
    expect(Number(mark.layout?.['text-size'])).toBeGreaterThanOrEqual(radius * 2);
    // Placed but never drawn: MapLibre skips the glyphs of a symbol layer whose opacity is 0.
    expect(mark.paint?.['text-opacity']).toBe(0);
  });

  it('places marks first, then point, line and area names (MapLibre places the top layer first)', () => {
    const all = manifest.layers.flatMap((d) => thematicLayers(d, 'zh')).filter((l) => l.type === 'symbol');
    const ordered = symbolOrder(all).map((l) => l.id);
    const lastMark = Math.max(...ordered.map((id, i) => (id.endsWith('-mark') ? i : -1)));
    const firstMark = ordered.findIndex((id) => id.endsWith('-mark'));
    const lastArea = Math.max(...ordered.map((id, i) => (id.endsWith('-label-area') ? i : -1)));
    const firstPoint = ordered.findIndex((id) => id.endsWith('-label'));
    expect(lastArea).toBeLessThan(firstPoint);
    expect(firstPoint).toBeLessThan(firstMark);
    expect(lastMark).toBe(ordered.length - 1);
  });
});

describe('user marks and the district edge', () => {
  it('draws pins as a ring with a dot in the user colour, which no data layer uses', () => {
    const overlay = overlayLayers();
    const ring = overlay.find((l) => l.id === 'o-points');
    const dot = overlay.find((l) => l.id === 'o-points-dot');
    expect(JSON.stringify(ring?.paint)).toContain(USER_MARK_COLOR);
    expect(JSON.stringify(dot?.paint)).toContain(USER_MARK_COLOR);
    expect(JSON.stringify(manifest.layers).toLowerCase()).not.toContain(USER_MARK_COLOR.toLowerCase());
  });

  it('veils what lies outside the focus area above the thematic lines, so lines fade at the edge', () => {
    const veil = focusVeil({ type: 'Polygon', coordinates: square(0, 0, 1) }, [-5, -5, 5, 5]);
    expect(veil.geometry.coordinates).toHaveLength(2);
    expect(booleanPointInPolygon([0.5, 0.5], veil)).toBe(false);
    expect(booleanPointInPolygon([2, 2], veil)).toBe(true);
    const district: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'd',
          properties: { fid: 'd' },
          geometry: { type: 'Polygon', coordinates: square(0, 0, 1) },
        },
      ],
    };
    const style = embeddedStyle(
      { 'c-land': district },
      [{ role: 'land', sourceId: 'c-land', focusId: 'd' }],
      [{ def: def('metro-lines'), data: { type: 'FeatureCollection', features: [] } }],
      'zh',
    );
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('ctx-focus-veil')).toBeGreaterThan(ids.indexOf('t-metro-lines-line'));
    // Points stay clear of it: a port on the border is not faded.
    expect(ids.indexOf('ctx-focus-veil')).toBeLessThan(ids.indexOf('t-metro-lines-circle'));
  });
});

describe('the map legend', () => {
  const layers = manifest.layers.map((d) => ({ def: d, data: layerData(d.id) }));

  it('lists the visible layers by class: mountains and water in four kinds, not one row per feature', () => {
    const legend = mapLegend(layers, ['green-blue'], manifest);
    expect(legend).toHaveLength(1);
    const green = legend[0];
    expect(green?.entries.map((e) => e.label.zh)).toEqual(['山体', '公园', '水库', '河流']);
    expect(green?.entries.map((e) => e.label.en)).toEqual(['Mountain', 'Park', 'Reservoir', 'River']);
    expect(layerData('green-blue').features.length).toBeGreaterThan(green?.entries.length ?? 0);
  });

  it('follows the manifest order, leaves hidden layers out, and names landmark categories', () => {
    const legend = mapLegend(layers, ['landmarks', 'ports', 'layout'], manifest);
    expect(legend.map((g) => g.layerId)).toEqual(['layout', 'ports', 'landmarks']);
    const landmarks = legend.find((g) => g.layerId === 'landmarks');
    expect(landmarks?.entries.map((e) => e.label.en)).toContain('Health care');
    const colours = landmarks?.entries.map((e) => e.color) ?? [];
    expect(new Set(colours).size).toBe(colours.length);
  });
});
