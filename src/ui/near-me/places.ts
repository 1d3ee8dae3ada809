/**
 * The search structures of one atlas, built when "near me" or the search box is first used (see
 * load-places.ts) from the content and the pinyin readings made at build time.
 */
import type { WhatHereContext } from '../../analysis/what-here';
import type { Content } from '../../content/load';
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
  type NearLayer,
  nearCategories,
  nearItems,
  whatHereContext,
} from '../../nearby/near-data';

/** The gazetteer, radius index, filter choices and "what applies here" context of an atlas. */
export interface Places {
  gazetteer: Gazetteer;
  index: NearIndex;
  categories: string[];
  here: WhatHereContext;
  /** The best `limit` places for what the reader typed (kept here, so callers need no pinyin code). */
  search(query: string, lang: Lang, limit: number): GazetteerEntry[];
}

/**
 * The places the search box finds: every point and area of every thematic layer. Lines (roads, metro
 * lines, rivers) are left out: the middle of a 10 km road is no place to stand, and the rivers residents
 * know also appear as point projects. The first layer holding an id wins.
 */
export function placeEntries(layers: readonly NearLayer[]): GazetteerEntry[] {
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
  return entries;
}

/** Builds everything once: the name forms of every place, the kd-tree of every point. */
export function buildPlaces(content: Content, readings: ReadingsOf): Places {
  const layers = content.layers;
  const gazetteer = buildGazetteer(placeEntries(layers), readings);
  return {
    gazetteer,
    search: (query, lang, limit) =>
      searchGazetteer(gazetteer, query, lang, limit)
        .map((r) => gazetteer.byId.get(r.id))
        .filter((e): e is GazetteerEntry => e !== undefined),
    index: new NearIndex(nearItems(layers)),
    categories: nearCategories(layers),
    here: whatHereContext(layers, content.features.get(content.manifest.focus.feature)?.feature),
  };
}
