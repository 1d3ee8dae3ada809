/**
 * The search structures of one atlas, built when "near me" or the search box is first used (see
 * load-places.ts) from the content and the pinyin readings made at build time.
 */
import type { WhatHereContext } from '../../analysis/what-here';
import { type Content, placedFeature } from '../../content/load';
import type { TiledIndex } from '../../content/tiled-index';
import type { Bilingual, Lang, ProjectStatus } from '../../content/types';
import {
  buildGazetteer,
  type Gazetteer,
  type GazetteerEntry,
  type ReadingsOf,
  searchGazetteer,
  toGazetteerEntry,
} from '../../nearby/gazetteer';
import {
  type NearColumns,
  NearIndex,
  type NearItem,
  nearCategories,
  nearItems,
  type PlacelessItem,
  placelessItems,
  whatHereContext,
} from '../../nearby/near-data';
import { TiledNames } from '../../nearby/tiled-search';

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
  const entries = placeEntries(layers);
  const gazetteer = buildGazetteer(entries, readings, Object.keys(content.manifest.kinds));
  const areaPoints = new Map(entries.map((e) => [e.id, e.point]));
  const tiled = layers.flatMap((l) =>
    l.tiled ? [tiledPlaces(l.tiled, readings, (area) => areaPoints.get(area))] : [],
  );
  return {
    gazetteer,
    search: (query, lang, limit) => {
      const own = searchGazetteer(gazetteer, query, lang, limit).flatMap((r) => {
        const entry = gazetteer.byId.get(r.id);
        return entry ? [{ entry, score: r.score }] : [];
      });
      if (!tiled.length) return own.map((r) => r.entry);
      // Large layers' names in the same score bands; on equal scores the gazetteer's places come first
      // (its kind order puts the layers residents look for first).
      const found = [...own, ...tiled.flatMap((t) => t.search(query, lang, limit))];
      return found
        .map((r, order) => ({ ...r, order }))
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .slice(0, limit)
        .map((r) => r.entry);
    },
    index: new NearIndex(
      nearItems(layers),
      tiled.map((t) => t.columns),
    ),
    categories: nearCategories(layers),
    placeless: [
      ...placelessItems(layers),
      ...layers.flatMap((l) => (l.tiled ? tiledPlaceless(l.tiled) : [])),
    ],
    here: whatHereContext(layers, placedFeature(content, content.manifest.focus.feature), content.manifest),
  };
}

/**
 * A tiled layer's features no document locates, by the area the index names for them. Category, status
 * and measures are read from the property columns when asked (they load once near-me has listed), so
 * the list shows them as soon as they arrive.
 */
function tiledPlaceless(t: TiledIndex): PlacelessItem[] {
  return Object.entries(t.index.areas ?? {}).map(([at, area]) => new TiledPlacelessItem(t, Number(at), area));
}

/** One of a tiled layer's placeless features: names from the index, the rest from the columns. */
class TiledPlacelessItem implements PlacelessItem {
  readonly id: string;
  readonly layer: string;
  readonly name: Bilingual;
  readonly #t: TiledIndex;
  readonly #i: number;

  constructor(
    t: TiledIndex,
    i: number,
    readonly area: string,
  ) {
    this.#t = t;
    this.#i = i;
    this.id = t.index.ids[i] as string;
    this.layer = t.def.id;
    this.name = { zh: t.index.name_zh[i] ?? '', en: t.index.name_en[i] ?? '' };
  }

  get category(): string {
    return this.#t.category(this.#i) ?? this.layer;
  }

  get measures(): number[] {
    const value = this.#t.prop(this.#i, 'measures');
    return Array.isArray(value) ? (value as number[]) : [];
  }

  /** Only where the columns give one, as for the GeoJSON layers' items. */
  get status(): ProjectStatus | undefined {
    const value = this.#t.prop(this.#i, 'status');
    return typeof value === 'string' ? (value as ProjectStatus) : undefined;
  }
}

/** Reads a tiled layer's pinyin while the browser is idle, so the first latin query finds it read. */
function readPinyinWhenIdle(names: TiledNames): void {
  if (typeof requestIdleCallback !== 'function') return;
  const slice = (deadline: IdleDeadline) => {
    while (deadline.timeRemaining() > 2) if (names.readPinyin(2000)) return;
    requestIdleCallback(slice);
  };
  requestIdleCallback(slice);
}

/**
 * A tiled layer's part of the search: its names searched from the index, its points in the radius
 * index, and a near item made for each id a query finds. Category, status and measures come from the
 * property columns once they have loaded (near-me asks for them when it opens); until then the whole
 * layer is one category.
 */
function tiledPlaces(
  t: TiledIndex,
  readings: ReadingsOf,
  areaPoint: (area: string) => [number, number] | undefined,
): {
  search(query: string, lang: Lang, limit: number): { entry: GazetteerEntry; score: number }[];
  columns: NearColumns;
} {
  // A feature no document locates is found standing at the point of its area, as in the gazetteer.
  const areaOf = (i: number) => t.index.areas?.[i];
  const standsAt = (i: number) => {
    const area = areaOf(i);
    return t.point(i) ?? (area ? areaPoint(area) : undefined);
  };
  const names = new TiledNames(t.index, (i) => standsAt(i) !== undefined, readings);
  readPinyinWhenIdle(names);
  const entryOf = (i: number): GazetteerEntry => {
    const kind = t.prop(i, 'kind');
    const area = t.point(i) ? undefined : areaOf(i);
    return {
      id: t.index.ids[i] as string,
      layer: t.def.id,
      kind: typeof kind === 'string' ? kind : (t.def.records?.kind ?? ''),
      name_zh: t.index.name_zh[i] ?? '',
      name_en: t.index.name_en[i] ?? '',
      point: standsAt(i) as [number, number],
      ...(area ? { area } : {}),
    };
  };
  return {
    search: (query, lang, limit) =>
      names.search(query, lang, limit).map((m) => ({ entry: entryOf(m.position), score: m.score })),
    columns: {
      ids: t.index.ids,
      points: t.index.points,
      itemAt: (i): NearItem | undefined => {
        const point = t.point(i);
        const id = t.index.ids[i];
        if (!point || id === undefined) return undefined;
        const status = t.prop(i, 'status');
        const measures = t.prop(i, 'measures');
        return {
          id,
          layer: t.def.id,
          category: t.category(i) ?? t.def.id,
          ...(typeof status === 'string' ? { status: status as ProjectStatus } : {}),
          measures: Array.isArray(measures) ? (measures as number[]) : [],
          point,
          name: { zh: t.index.name_zh[i] ?? '', en: t.index.name_en[i] ?? '' },
        };
      },
    },
  };
}
