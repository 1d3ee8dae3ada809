import type { AtlasFeature, Bilingual, LayerDef } from './types';

/** How a legend entry is drawn: the same mark the map draws for that geometry. */
export type LegendShape = 'fill' | 'line' | 'circle';

/** One row of a layer's legend, drawn from the same style definition as the map. */
export interface LegendEntry {
  label: Bilingual;
  color: string;
  shape: LegendShape;
  /** Dash pattern (in line widths) of lines and polygon outlines. */
  dash?: number[];
  /** Outline colour of circles. */
  stroke?: string;
  /** Fill opacity of polygons, so a faint map fill is not shown as a solid block. */
  opacity?: number;
}

/** Names a value of a `colorBy` layer's property (a category, or a kind) in both languages. */
export type CategoryLabel = (value: string, property: string) => Bilingual;

const HEX = /^#[0-9a-f]{6}$/i;
const SHAPE_ORDER: LegendShape[] = ['fill', 'line', 'circle'];

/** The mark the map uses for a geometry type (see the filters in src/map/style.ts). */
export function shapeOfGeometry(type: GeoJSON.Geometry['type']): LegendShape | null {
  switch (type) {
    case 'Polygon':
    case 'MultiPolygon':
      return 'fill';
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    case 'Point':
    case 'MultiPoint':
      return 'circle';
    default:
      return null;
  }
}

/** The most frequent mark among features; ties go to the larger mark, which reads better as a swatch. */
function dominantShape(features: AtlasFeature[]): LegendShape {
  const counts = new Map<LegendShape, number>();
  for (const f of features) {
    const shape = f.geometry ? shapeOfGeometry(f.geometry.type) : null;
    if (shape) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  let best: LegendShape = 'fill';
  let bestCount = 0;
  for (const shape of SHAPE_ORDER) {
    const n = counts.get(shape) ?? 0;
    if (n > bestCount) {
      best = shape;
      bestCount = n;
    }
  }
  return best;
}

function entry(def: LayerDef, label: Bilingual, color: string, shape: LegendShape): LegendEntry {
  const s = def.style;
  const e: LegendEntry = { label, color, shape };
  if (shape !== 'circle' && s.lineDash) e.dash = [...s.lineDash];
  if (shape === 'circle') e.stroke = s.strokeColor ?? '#ffffff';
  if (shape === 'fill') e.opacity = s.fillOpacity ?? 0.3;
  return e;
}

const nameOf = (f: AtlasFeature): Bilingual => ({ zh: f.properties.name_zh, en: f.properties.name_en });

/**
 * The legend of a layer, following `colorExpression` in src/map/style.ts: one entry per category that
 * occurs (in the manifest's order), one per feature that carries its own colour, or one for the layer.
 * Features the style gives the fallback colour get a last entry named after the layer.
 */
export function legendEntries(
  def: LayerDef,
  features: AtlasFeature[],
  categoryLabel: CategoryLabel,
): LegendEntry[] {
  const s = def.style;
  if (s.colorBy) {
    const { property, values } = s.colorBy;
    const byValue = new Map<string, AtlasFeature[]>();
    const rest: AtlasFeature[] = [];
    for (const f of features) {
      const value = f.properties[property];
      if (typeof value === 'string' && Object.hasOwn(values, value)) {
        const list = byValue.get(value) ?? [];
        list.push(f);
        byValue.set(value, list);
      } else rest.push(f);
    }
    const entries: LegendEntry[] = [];
    for (const [value, color] of Object.entries(values)) {
      const list = byValue.get(value);
      if (list) entries.push(entry(def, categoryLabel(value, property), color, dominantShape(list)));
    }
    if (rest.length) entries.push(entry(def, def.name, s.color, dominantShape(rest)));
    return entries;
  }
  if (s.colorProperty) {
    const key = s.colorProperty;
    const hasOwn = (f: AtlasFeature) => typeof f.properties[key] === 'string' && HEX.test(f.properties[key]);
    const own = features.filter(hasOwn);
    const rest = features.filter((f) => !hasOwn(f));
    const entries = own.map((f) => entry(def, nameOf(f), f.properties[key] as string, dominantShape([f])));
    if (rest.length) entries.push(entry(def, def.name, s.color, dominantShape(rest)));
    return entries;
  }
  return [entry(def, def.name, s.color, dominantShape(features))];
}
