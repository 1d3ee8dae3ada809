import { type LegendEntry, legendEntries } from './legend';
import { type AtlasFeature, isPlaced, type LayerDef, type Manifest, type PlacelessFeature } from './types';
import { categoryNamer, kindName } from './vocabulary';

/** A kind whose features carry more distinct colours than this is one entry in the layer's colour. */
const MAX_COLOURS_PER_CLASS = 4;
/** Colours closer than this (RGB distance) read as one on paper and on screen. */
const SAME_COLOUR = 48;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function close(a: string, b: string): boolean {
  const [p, q] = [rgb(a), rgb(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) < SAME_COLOUR;
}

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * A compact legend of what a layer draws, by class rather than by feature: categories for layers
 * coloured by category; for layers whose features carry their own colour, one entry per kind (named by
 * the manifest), split by colour only where a kind's colours really differ (zones of different
 * colours), and collapsed to the layer's colour where a kind has many (one per metro line). Features
 * with no geometry are not drawn, so they are not in the legend.
 */
export function classLegend(
  def: LayerDef,
  features: readonly (AtlasFeature | PlacelessFeature)[],
  manifest: Pick<Manifest, 'kinds' | 'categories'>,
): LegendEntry[] {
  const namer = categoryNamer(manifest);
  // A tiled layer's features are in its tiles, not here: the build made its legend from them.
  if (def.tiled) return def.tiled.legend;
  const placed = features.filter(isPlaced);
  if (!placed.length) return [];
  const key = def.style.colorProperty;
  if (def.style.colorBy || !key) return legendEntries(def, placed, namer);
  const plain: LayerDef = { ...def, style: { ...def.style, colorProperty: undefined } };
  const byKind = new Map<string, AtlasFeature[]>();
  for (const f of placed) {
    const list = byKind.get(f.properties.kind);
    if (list) list.push(f);
    else byKind.set(f.properties.kind, [f]);
  }
  const entries: LegendEntry[] = [];
  for (const [kind, list] of byKind) {
    // Colour groups within the kind: features whose colours read as one share an entry.
    const groups: { color: string; features: AtlasFeature[] }[] = [];
    for (const f of list) {
      const own = f.properties[key];
      const color = typeof own === 'string' && HEX.test(own) ? own : def.style.color;
      const group = groups.find((g) => close(g.color, color));
      if (group) group.features.push(f);
      else groups.push({ color, features: [f] });
    }
    const label = kindName(manifest, kind);
    if (groups.length === 1 || groups.length > MAX_COLOURS_PER_CLASS) {
      const color = groups.length === 1 ? (groups[0]?.color ?? def.style.color) : def.style.color;
      entries.push(
        ...legendEntries({ ...plain, name: label, style: { ...plain.style, color } }, list, namer),
      );
      continue;
    }
    // A few distinct colours in one kind (zones, belts): each is its own feature, named.
    for (const g of groups) {
      const first = g.features[0];
      const name =
        g.features.length === 1 && first
          ? { zh: first.properties.name_zh, en: first.properties.name_en }
          : label;
      entries.push(
        ...legendEntries({ ...plain, name, style: { ...plain.style, color: g.color } }, g.features, namer),
      );
    }
  }
  return entries;
}
