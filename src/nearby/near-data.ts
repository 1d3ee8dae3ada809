/**
 * The resident's "near me" search over the atlas content: which features are places to search for,
 * which are things to walk to, and the radius query with its filters. Pure: no DOM, no map.
 */
import { circle } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { WhatHereContext } from '../analysis/what-here';
import type {
  AtlasCollection,
  AtlasFeature,
  Bilingual,
  KindRole,
  LayerDef,
  Manifest,
  PlacelessFeature,
  ProjectStatus,
} from '../content/types';
import { kindsWithRole } from '../content/vocabulary';
import { RadiusIndex, walkingMinutes } from './radius-index';

/** A thematic layer with its features, as the content loader hands it over. */
export interface NearLayer {
  def: LayerDef;
  data: AtlasCollection;
}

/** Something a resident can walk to: a project, a station, a port, an office. */
export interface NearItem {
  id: string;
  layer: string;
  /** The layer's category value (projects), or the layer id for layers without categories (facilities). */
  category: string;
  status?: ProjectStatus;
  measures: number[];
  point: [number, number];
  /**
   * Its names, when it was made from a tiled layer's index (read there by position; naming it through
   * the content would look its id up, which at a million ids means filling the whole id table first).
   */
  name?: Bilingual;
}

/** One item found around the pin. */
export interface NearResult {
  item: NearItem;
  distance_m: number;
  /** Straight-line walking time in whole minutes, rounded up. */
  walk_min: number;
}

/** Filters of the search; an empty list means "all". */
export interface NearFilters {
  categories: readonly string[];
  statuses: readonly string[];
}

const isArea = (f: AtlasFeature) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';

/**
 * The things one walks to: the point features of every thematic layer. A layer coloured by category
 * (the projects) gives each feature its category; any other point layer is one category of its own.
 */
export function nearItems(layers: readonly NearLayer[]): NearItem[] {
  const items: NearItem[] = [];
  const seen = new Set<string>();
  for (const { def, data } of layers) {
    const by = def.style.colorBy?.property;
    for (const f of data.features) {
      if (f.geometry.type !== 'Point' || seen.has(f.id)) continue;
      seen.add(f.id);
      const value = by ? f.properties[by] : undefined;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      items.push({
        id: f.id,
        layer: def.id,
        category: typeof value === 'string' ? value : def.id,
        ...(f.properties.status ? { status: f.properties.status } : {}),
        measures: f.properties.measures,
        point: [lng, lat],
      });
    }
  }
  return items;
}

/**
 * The category filter's choices, in layer order: a categorised layer's values, then whole point layers.
 * A tiled layer counts as a point layer: its index gives a point per feature.
 */
export function nearCategories(layers: readonly NearLayer[]): string[] {
  const out: string[] = [];
  for (const { def, data } of layers) {
    if (!def.tiled && !data.features.some((f) => f.geometry.type === 'Point')) continue;
    const values = def.style.colorBy?.values;
    out.push(...(values ? Object.keys(values) : [def.id]));
  }
  return [...new Set(out)];
}

/**
 * A large layer's points straight from its compact index (flat [lng, lat, …], null, null where a
 * feature has no place), with the item of an id made only when a query finds it.
 */
export interface NearColumns {
  ids: readonly string[];
  points: readonly (number | null)[];
  /** The item at a position of the columns (undefined when it has no place). */
  itemAt(position: number): NearItem | undefined;
}

/**
 * A radius index over the near items, built once; queries visit only the tree nodes near the pin. Items
 * of tiled layers (`columns`) are indexed from their columns and made for the ids a query returns.
 */
export class NearIndex {
  readonly #items: Map<string, NearItem>;
  readonly #columns: readonly NearColumns[];
  readonly #index: RadiusIndex;
  /**
   * For each indexed point after the items: which columns it came from and its position there, so a
   * query's hits are made by position. (Looking a tiled id up by name needs an id -> position map, which
   * at 100,000 ids takes ~45 ms to fill: too long for the first answer to wait.)
   */
  #fromColumn = new Uint8Array(0);
  #position = new Int32Array(0);
  #firstColumnPoint = 0;

  constructor(items: readonly NearItem[], columns: readonly NearColumns[] = []) {
    this.#items = new Map(items.map((i) => [i.id, i]));
    this.#columns = columns;
    if (!columns.length) {
      this.#index = new RadiusIndex(items.map((i) => ({ id: i.id, lng: i.point[0], lat: i.point[1] })));
      return;
    }
    const ids: string[] = items.map((i) => i.id);
    const coords: number[] = items.flatMap((i) => i.point);
    this.#firstColumnPoint = ids.length;
    const from: number[] = [];
    const position: number[] = [];
    columns.forEach((c, k) => {
      c.ids.forEach((id, i) => {
        const lng = c.points[2 * i];
        const lat = c.points[2 * i + 1];
        if (typeof lng !== 'number' || typeof lat !== 'number' || this.#items.has(id)) return;
        ids.push(id);
        coords.push(lng, lat);
        from.push(k);
        position.push(i);
      });
    });
    this.#fromColumn = Uint8Array.from(from);
    this.#position = Int32Array.from(position);
    this.#index = new RadiusIndex({ ids, coords: Float64Array.from(coords) });
  }

  /** Every item within `radius_m` of `pin`, nearest first, before any filter. */
  around(pin: readonly [number, number], radius_m: number): NearResult[] {
    return this.#index.within(pin, radius_m).flatMap(({ id, distance_m, at }) => {
      const item = this.#items.get(id) ?? this.#made(at - this.#firstColumnPoint);
      return item ? [{ item, distance_m, walk_min: walkingMinutes(distance_m) }] : [];
    });
  }

  #made(k: number): NearItem | undefined {
    const columns = this.#columns[this.#fromColumn[k] ?? -1];
    const position = this.#position[k];
    return columns && position !== undefined ? columns.itemAt(position) : undefined;
  }
}

/** A feature no document locates: listed by the area it stands in, never by a distance. */
export interface PlacelessItem {
  id: string;
  layer: string;
  category: string;
  status?: ProjectStatus;
  measures: number[];
  area: string;
  /** Its names, when it comes from a tiled layer's index (see NearItem's). */
  name?: Bilingual;
}

/** The placeless features of every layer, categorised the way `nearItems` categorises points. */
export function placelessItems(
  layers: readonly { def: LayerDef; placeless: readonly PlacelessFeature[] }[],
): PlacelessItem[] {
  return layers.flatMap(({ def, placeless }) =>
    placeless.flatMap((f) => {
      const value = def.style.colorBy ? f.properties[def.style.colorBy.property] : undefined;
      if (!f.properties.area) return [];
      return [
        {
          id: f.id,
          layer: def.id,
          category: typeof value === 'string' ? value : def.id,
          ...(f.properties.status ? { status: f.properties.status } : {}),
          measures: f.properties.measures,
          area: f.properties.area,
        },
      ];
    }),
  );
}

/** The placeless items of one area that pass the filters, in name-independent id order. */
export function placelessIn(
  items: readonly PlacelessItem[],
  area: string | null,
  filters: NearFilters,
): PlacelessItem[] {
  if (!area) return [];
  const cats = new Set(filters.categories);
  const sts = new Set(filters.statuses);
  return items.filter(
    (i) =>
      i.area === area &&
      (!cats.size || cats.has(i.category)) &&
      (!sts.size || !i.status || sts.has(i.status)),
  );
}

/**
 * Applies the filters: the category filter to every item, the status filter to items that have a status
 * (projects), so choosing "planned" never hides the metro station next door.
 */
export function filterResults(results: readonly NearResult[], filters: NearFilters): NearResult[] {
  const cats = new Set(filters.categories);
  const sts = new Set(filters.statuses);
  return results.filter(
    ({ item }) =>
      (!cats.size || cats.has(item.category)) && (!sts.size || !item.status || sts.has(item.status)),
  );
}

/**
 * The radius that would take in the nearest filtered item beyond `radius_m`, rounded up to 100 m, or
 * null when nothing matches within `max_m`: what the "widen the search" button offers.
 */
export function widerRadius(
  index: NearIndex,
  pin: readonly [number, number],
  radius_m: number,
  max_m: number,
  filters: NearFilters,
): number | null {
  if (radius_m >= max_m) return null;
  const next = filterResults(index.around(pin, max_m), filters)[0];
  return next ? Math.min(max_m, Math.max(radius_m + 100, Math.ceil(next.distance_m / 100) * 100)) : null;
}

/** The overlay of the search: the radius circle and the pin, in the roles the map style draws. */
export function nearOverlay(pin: [number, number], radius_m: number): Feature[] {
  const ring = circle(pin, radius_m / 1000, { steps: 96, units: 'kilometers' });
  return [
    { ...ring, properties: { role: 'radius' } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: pin }, properties: { role: 'pin' } },
  ];
}

/**
 * What `whatAppliesHere` needs from the content: the plan's layout, the areas, stations and ports,
 * picked by the roles the manifest gives their `kind` rather than by layer or place name.
 */
export function whatHereContext(
  layers: readonly NearLayer[],
  container: AtlasFeature | undefined,
  manifest: Pick<Manifest, 'kinds'>,
): WhatHereContext {
  const all = layers.flatMap((l) => l.data.features);
  const of = (role: KindRole) => {
    const kinds = kindsWithRole(manifest, role);
    return all.filter((f) => kinds.includes(f.properties.kind));
  };
  return {
    layout: of('layout').filter(isArea),
    subdistricts: of('area').filter(isArea) as Feature<Polygon | MultiPolygon>[],
    stations: of('station').filter((f) => f.geometry.type === 'Point') as Feature<Point>[],
    ports: of('port').filter((f) => f.geometry.type === 'Point') as Feature<Point>[],
    ...(container && isArea(container) ? { container: container as Feature<Polygon | MultiPolygon> } : {}),
  };
}

/**
 * Rounds a position to `digits` decimals: 3 (about 100 m here) for the device's position, so a shared
 * link does not give a doorstep away; 5 (about 1 m, what the URL keeps) for a tap, so a reloaded link
 * lists exactly what was shown.
 */
export function roundPin(p: readonly [number, number], digits = 3): [number, number] {
  const f = 10 ** digits;
  return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}
