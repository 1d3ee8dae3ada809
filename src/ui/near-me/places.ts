/**
 * The search structures of one atlas, built when "near me" or the search box is first used (see
 * load-places.ts) from the content and the pinyin readings made at build time.
 */
import type { WhatHereContext } from '../../analysis/what-here';
import { type Content, placedFeature } from '../../content/load';
import type { Lang } from '../../content/types';
import {
  buildGazetteer,
  type Gazetteer,
  type GazetteerEntry,
  type ReadingsOf,
  searchGazetteer,
  toGazetteerEntry,
} from '../../nearby/gazetteer';
import {
  NearIndex,
  nearCategories,
  nearItems,
  type PlacelessItem,
  placelessItems,
  whatHereContext,
} from '../../nearby/near-data';

/** The gazetteer, radius index, filter choices and "what applies here" context of an atlas. */
export interface Places {
  gazetteer: Gazetteer;
  index: NearIndex;
  categories: string[];
  here: WhatHereContext;
  /** Features no document locates, listed under the area the pin lies in. */
  placeless: PlacelessItem[];
  /** The best `limit` places for what the reader typed (kept here, so callers need no pinyin code). */
  search(query: string, lang: Lang, limit: number): GazetteerEntry[];
}

/**
 * The places the search box finds: every point and area of every thematic layer. Lines (roads, metro
 * lines, rivers) are left out: the middle of a 10 km road is no place to stand, and the rivers residents
 * know also appear as point projects. The first layer holding an id wins.
 */
export function placeEntries(layers: Content['layers']): GazetteerEntry[] {
  const seen = new Set<string>();
  const entries: GazetteerEntry[] = [];
  for (const { def, data } of layers) {
    for (const f of data.features) {
      const type = f.geometry.type;
      if (seen.has(f.id) || !(type === 'Point' || type === 'Polygon' || type === 'MultiPolygon')) continue;
      seen.add(f.id);
      entries.push(toGazetteerEntry(f, def.id));
    }
  }
  // Features no document locates are found too, standing at the point of their area (never a pin).
  const areaPoints = new Map(entries.map((e) => [e.id, e.point]));
  for (const { def, placeless } of layers) {
    for (const f of placeless) {
      const point = f.properties.area ? areaPoints.get(f.properties.area) : undefined;
      if (seen.has(f.id) || !point || !f.properties.area) continue;
      seen.add(f.id);
      const { name_zh, name_en, kind } = f.properties;
      entries.push({ id: f.id, layer: def.id, kind, name_zh, name_en, point, area: f.properties.area });
    }
  }
  return entries;
}

/** Builds everything once: the name forms of every place, the kd-tree of every point. */
export function buildPlaces(content: Content, readings: ReadingsOf): Places {
  const layers = content.layers;
  const gazetteer = buildGazetteer(placeEntries(layers), readings, Object.keys(content.manifest.kinds));
  return {
    gazetteer,
    search: (query, lang, limit) =>
      searchGazetteer(gazetteer, query, lang, limit)
        .map((r) => gazetteer.byId.get(r.id))
        .filter((e): e is GazetteerEntry => e !== undefined),
    index: new NearIndex(nearItems(layers)),
    categories: nearCategories(layers),
    placeless: placelessItems(layers),
    here: whatHereContext(layers, placedFeature(content, content.manifest.focus.feature), content.manifest),
  };
}
