/**
 * The run-time side of a tiled layer (see tiled.ts): its compact index, and the features the panels
 * ask for by id, made from the index on demand. With a million entries nothing is made per feature
 * until something asks for it: the index stays the columns it was parsed as.
 */
import type { IndexedFeature } from './load';
import type { CompactIndex, PropsColumns, TiledLayer } from './tiled';
import type { FeatureProps, LayerDef } from './types';

/** A tiled layer's definition, with the build's `tiled` present. */
export type TiledDef = LayerDef & { tiled: TiledLayer };

/** Map source id of a thematic layer (the same for GeoJSON and tiled layers). */
export function thematicSourceId(layerId: string): string {
  return `t-${layerId}`;
}

/** Checks a compact index's shape: the columns must line up, or every lookup would be off. */
export function compactIndexShape(raw: unknown, file: string): CompactIndex {
  const index = raw as CompactIndex | null;
  const n = Array.isArray(index?.ids) ? index.ids.length : -1;
  if (
    !index ||
    n < 0 ||
    !Array.isArray(index.name_zh) ||
    !Array.isArray(index.name_en) ||
    !Array.isArray(index.points) ||
    index.name_zh.length !== n ||
    index.name_en.length !== n ||
    index.points.length !== 2 * n
  )
    throw new Error(`${file}: needs ids, name_zh, name_en and points (two per id) of the same length`);
  // Lookups by id are binary searches: out of order, every one after the break would miss.
  for (let i = 1; i < n; i++)
    if (!((index.ids[i - 1] as string) < (index.ids[i] as string)))
      throw new Error(
        `${file}: ids must be unique and in ascending order; "${index.ids[i]}" (entry ${i}) is not`,
      );
  if (index.areas !== undefined && (typeof index.areas !== 'object' || index.areas === null))
    throw new Error(`${file}: "areas" must map positions to area ids`);
  return index;
}

function emptyIndex(layer: string): CompactIndex {
  return { layer, ids: [], name_zh: [], name_en: [], points: [] };
}

/**
 * One tiled layer as the app holds it: the index's columns, and the features made from them (with the
 * property columns merged in once they have loaded). Props are fetched on demand: `loadProps`.
 */
export class TiledIndex {
  readonly def: TiledDef;
  /**
   * Settles when the index has arrived (rejects when it could not be read). Nothing asks for it until
   * `load()`: the map draws the layer from its tiles, and the first view needs no index (a million
   * entries are tens of megabytes, whose parsing would hold the main thread while the map starts).
   */
  readonly ready: Promise<void>;
  readonly #fetchIndex: (() => Promise<CompactIndex>) | null;
  #arrived!: (index: CompactIndex) => void;
  #failed!: (e: unknown) => void;
  #index: CompactIndex;
  /** Absolute URL of the vector-tile archive. */
  readonly archiveUrl: string;
  readonly #propsUrl: URL;
  #columns: Record<string, unknown[]> | null = null;
  #propsLoad: Promise<void> | null = null;
  /** Features made so far; few (what was hovered, selected or listed), so never trimmed. */
  readonly #made = new Map<string, IndexedFeature>();

  /** `index`: the index itself, or how to fetch it when it is first needed (`load`). */
  constructor(def: TiledDef, index: CompactIndex | (() => Promise<CompactIndex>), base: URL) {
    this.def = def;
    this.#fetchIndex = typeof index === 'function' ? index : null;
    this.#index = typeof index === 'function' ? emptyIndex(def.id) : index;
    this.ready =
      typeof index === 'function'
        ? new Promise<CompactIndex>((resolve, reject) => {
            this.#arrived = resolve;
            this.#failed = reject;
          }).then((arrived) => {
            this.#index = arrived;
          })
        : Promise.resolve();
    this.ready.catch(() => {});
    this.archiveUrl = new URL(def.tiled.archive, base).href;
    this.#propsUrl = new URL(def.tiled.props, base);
  }

  /** Fetches the index, once (later calls share the first fetch); settles as `ready` does. */
  load(): Promise<void> {
    const fetchIndex = this.#fetchIndex;
    if (fetchIndex && !this.#loading) {
      this.#loading = true;
      fetchIndex().then(this.#arrived, this.#failed);
    }
    return this.ready;
  }

  #loading = false;

  /** The index's columns: empty until it has arrived (`ready`). */
  get index(): CompactIndex {
    return this.#index;
  }

  get size(): number {
    return this.#index.ids.length;
  }

  /**
   * Position of an id in the index's columns: a binary search of the sorted ids (the build sorts them,
   * the shape check holds it to that), so no table of a million ids is built in the browser.
   */
  position(id: string): number | undefined {
    const ids = this.#index.ids;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = ids[mid] as string;
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The representative point of entry `i`, or null for a feature no document locates. */
  point(i: number): [number, number] | null {
    const lng = this.index.points[2 * i];
    const lat = this.index.points[2 * i + 1];
    return typeof lng === 'number' && typeof lat === 'number' ? [lng, lat] : null;
  }

  /** Whether every feature is a point: then the index's points are the features' own geometry. */
  get pointsOnly(): boolean {
    const types = this.def.tiled.geometries;
    return types.length > 0 && types.every((t) => t === 'Point');
  }

  /**
   * Entry `i` as plain GeoJSON (made afresh, not kept): its point (null for a feature no document
   * locates), names and every property column. For exports of point layers (`pointsOnly`), once the
   * index and the property columns have loaded.
   */
  plainFeature(i: number): GeoJSON.Feature<GeoJSON.Point | null> {
    const point = this.point(i);
    const properties: Record<string, unknown> = {
      name_zh: this.index.name_zh[i] ?? '',
      name_en: this.index.name_en[i] ?? '',
    };
    this.#merge(properties as FeatureProps, i);
    return {
      type: 'Feature',
      id: this.index.ids[i] as string,
      geometry: point ? { type: 'Point', coordinates: point } : null,
      properties,
    };
  }

  /** A property of entry `i` from the property columns, once they have loaded. */
  prop(i: number, name: string): unknown {
    return this.#columns?.[name]?.[i] ?? undefined;
  }

  /**
   * The colour class of entry `i`: its value of the property the layer is coloured by (`colorBy`), when
   * that is a string and the columns have loaded.
   */
  category(i: number): string | undefined {
    const by = this.def.style.colorBy?.property;
    const value = by ? this.prop(i, by) : undefined;
    return typeof value === 'string' ? value : undefined;
  }

  get propsLoaded(): boolean {
    return this.#columns !== null;
  }

  /**
   * The feature of an id, made from the index the first time it is asked for: a Point at the index's
   * point (no geometry when the feature has no place), its names, and every property column once loaded.
   */
  feature(id: string): IndexedFeature | undefined {
    const made = this.#made.get(id);
    if (made) return made;
    const i = this.position(id);
    if (i === undefined) return undefined;
    const point = this.point(i);
    // Kind, measures and provenance come from the property columns; until they load, a records layer
    // still knows its kind, and the names (all a tooltip or a list needs) are in the index.
    const properties = {
      fid: id,
      name_zh: this.index.name_zh[i] ?? '',
      name_en: this.index.name_en[i] ?? '',
      kind: this.def.records?.kind ?? '',
      measures: [],
      ...(point ? {} : { accuracy: 'area' }),
    } as unknown as FeatureProps;
    if (this.#columns) this.#merge(properties, i);
    const entry: IndexedFeature = {
      feature: {
        type: 'Feature',
        id,
        geometry: point ? { type: 'Point', coordinates: point } : null,
        properties,
      } as IndexedFeature['feature'],
      layer: this.def.id,
      source: thematicSourceId(this.def.id),
      sourceLayer: this.def.id,
    };
    this.#made.set(id, entry);
    return entry;
  }

  /**
   * Fetches the property columns once (later calls share the first); features already made get them
   * in place, so an element holding one shows them at its next render. A failed fetch can be retried.
   */
  loadProps(): Promise<void> {
    this.#propsLoad ??= (async () => {
      // Columns are read by position in the index, so the index comes first.
      await this.load();
      const response = await fetch(this.#propsUrl);
      if (!response.ok) throw new Error(`${this.def.tiled.props}: HTTP ${response.status}`);
      const props = (await response.json()) as PropsColumns;
      if (typeof props?.columns !== 'object' || props.columns === null)
        throw new Error(`${this.def.tiled.props}: needs "columns"`);
      this.#columns = props.columns;
      for (const entry of this.#made.values()) {
        const i = this.position(entry.feature.id);
        if (i !== undefined) this.#merge(entry.feature.properties, i);
      }
    })();
    this.#propsLoad.catch(() => {
      this.#propsLoad = null;
    });
    return this.#propsLoad;
  }

  #merge(properties: FeatureProps, i: number): void {
    for (const [name, column] of Object.entries(this.#columns ?? {})) {
      const value = column[i];
      if (value !== null && value !== undefined) properties[name] = value;
    }
  }
}

/**
 * Every feature of the atlas by id. A Map of the GeoJSON features (context and thematic), whose `get`
 * and `has` also answer for the features of tiled layers, made from their index on demand. Iterating it
 * (`values()`, `size`, `forEach`) covers the GeoJSON features only: a tiled layer's million entries are
 * reached by id, or through its index (`TiledIndex`), never all at once.
 */
export class FeatureIndex extends Map<string, IndexedFeature> {
  readonly #tiled: TiledIndex[] = [];

  addTiled(layer: TiledIndex): void {
    this.#tiled.push(layer);
  }

  override get(id: string): IndexedFeature | undefined {
    const own = super.get(id);
    if (own) return own;
    for (const layer of this.#tiled) {
      const entry = layer.feature(id);
      if (entry) return entry;
    }
    return undefined;
  }

  override has(id: string): boolean {
    return super.has(id) || this.#tiled.some((l) => l.position(id) !== undefined);
  }

  /** The tiled layer holding an id, if any. */
  tiledLayerOf(id: string): TiledIndex | undefined {
    return super.has(id) ? undefined : this.#tiled.find((l) => l.position(id) !== undefined);
  }
}
