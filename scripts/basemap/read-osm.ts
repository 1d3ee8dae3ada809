import { createReadStream } from 'node:fs';
import parseOSM, { type PbfItem } from 'osm-pbf-parser';
import { SaxesParser } from 'saxes';

/** OSM tags of one element. */
export type Tags = Record<string, string>;

export interface OsmNode {
  id: number;
  lon: number;
  lat: number;
  tags: Tags;
}

export interface OsmWay {
  id: number;
  refs: number[];
  tags: Tags;
}

export interface OsmMember {
  type: 'node' | 'way' | 'relation';
  ref: number;
  role: string;
}

export interface OsmRelation {
  id: number;
  members: OsmMember[];
  tags: Tags;
}

/**
 * Every node's position, in typed arrays: a city extract has tens of millions of nodes, more than a
 * JavaScript Map holds (2^24 entries). Lookups are binary searches by id (extracts come sorted by id;
 * `seal` sorts those that are not).
 */
export class NodeStore {
  #ids = new Float64Array(1 << 16);
  #lons = new Float64Array(1 << 16);
  #lats = new Float64Array(1 << 16);
  #size = 0;
  #sorted = true;

  get size(): number {
    return this.#size;
  }

  add(id: number, lon: number, lat: number): void {
    if (this.#size === this.#ids.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.#ids = grow(this.#ids);
      this.#lons = grow(this.#lons);
      this.#lats = grow(this.#lats);
    }
    if (this.#size > 0 && id <= (this.#ids[this.#size - 1] as number)) this.#sorted = false;
    this.#ids[this.#size] = id;
    this.#lons[this.#size] = lon;
    this.#lats[this.#size] = lat;
    this.#size++;
  }

  /** Sorts by id if the extract was not (the last position of a repeated id wins). */
  seal(): void {
    if (this.#sorted) return;
    const order = Array.from({ length: this.#size }, (_, i) => i).sort(
      (a, b) => (this.#ids[a] as number) - (this.#ids[b] as number) || a - b,
    );
    const pick = (a: Float64Array) => Float64Array.from(order, (i) => a[i] as number);
    this.#ids = pick(this.#ids);
    this.#lons = pick(this.#lons);
    this.#lats = pick(this.#lats);
    this.#sorted = true;
  }

  #index(id: number): number {
    let lo = 0;
    let hi = this.#size - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.#ids[mid] as number;
      if (v < id) lo = mid + 1;
      else if (v > id) hi = mid - 1;
      else {
        found = mid;
        lo = mid + 1;
      }
    }
    return found;
  }

  has(id: number): boolean {
    return this.#index(id) >= 0;
  }

  get(id: number): [number, number] | undefined {
    const i = this.#index(id);
    return i < 0 ? undefined : [this.#lons[i] as number, this.#lats[i] as number];
  }
}

/** What the basemap needs of an extract: every node's position, tagged nodes, ways and relations. */
export interface OsmData {
  coords: NodeStore;
  /** Nodes that carry tags (place labels come from these). */
  nodes: OsmNode[];
  ways: OsmWay[];
  relations: OsmRelation[];
}

// Positions are rounded to OSM's own precision (1e-7°), so decoders' float noise cannot change output.
const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;

function emptyData(): OsmData {
  return { coords: new NodeStore(), nodes: [], ways: [], relations: [] };
}

function addNode(data: OsmData, id: number, lon: number, lat: number, tags: Tags): void {
  data.coords.add(id, round7(lon), round7(lat));
  if (Object.keys(tags).length > 0) data.nodes.push({ id, lon: round7(lon), lat: round7(lat), tags });
}

/** Reads an OSM XML file (`.osm`), as written by osmium, JOSM or Overpass (`out meta;` or `out body;`). */
export function readOsmXml(path: string): Promise<OsmData> {
  const data = emptyData();
  const parser = new SaxesParser();
  let current: { kind: 'node' | 'way' | 'relation'; id: number; lon: number; lat: number } | null = null;
  let tags: Tags = {};
  let refs: number[] = [];
  let members: OsmMember[] = [];
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'node':
      case 'way':
      case 'relation':
        if (a.action === 'delete') return;
        current = { kind: tag.name, id: Number(a.id), lon: Number(a.lon), lat: Number(a.lat) };
        tags = {};
        refs = [];
        members = [];
        break;
      case 'tag':
        if (current && a.k !== undefined) tags[a.k] = a.v ?? '';
        break;
      case 'nd':
        if (current) refs.push(Number(a.ref));
        break;
      case 'member':
        if (current && (a.type === 'node' || a.type === 'way' || a.type === 'relation')) {
          members.push({ type: a.type, ref: Number(a.ref), role: a.role ?? '' });
        }
        break;
    }
  });
  parser.on('closetag', (tag) => {
    if (!current || tag.name !== current.kind) return;
    if (current.kind === 'node') addNode(data, current.id, current.lon, current.lat, tags);
    else if (current.kind === 'way') data.ways.push({ id: current.id, refs, tags });
    else data.relations.push({ id: current.id, members, tags });
    current = null;
  });
  return new Promise((resolve, reject) => {
    parser.on('error', reject);
    createReadStream(path, { encoding: 'utf8' })
      .on('data', (chunk) => parser.write(chunk as string))
      .on('error', reject)
      .on('end', () => {
        parser.close();
        data.coords.seal();
        resolve(data);
      });
  });
}

/** Reads an OSM PBF file (`.osm.pbf`), as Geofabrik and `osmium extract` write them. */
export function readOsmPbf(path: string): Promise<OsmData> {
  const data = emptyData();
  return new Promise((resolve, reject) => {
    const items = createReadStream(path).on('error', reject).pipe(parseOSM());
    items.on('data', (batch: PbfItem[]) => {
      for (const item of batch) {
        if (item.type === 'node') addNode(data, item.id, item.lon, item.lat, item.tags ?? {});
        else if (item.type === 'way') data.ways.push({ id: item.id, refs: item.refs, tags: item.tags ?? {} });
        else if (item.type === 'relation') {
          data.relations.push({
            id: item.id,
            tags: item.tags ?? {},
            members: item.members.map((m) => ({ type: m.type, ref: m.id, role: m.role ?? '' })),
          });
        }
      }
    });
    items.on('error', reject);
    items.on('end', () => {
      data.coords.seal();
      resolve(data);
    });
  });
}

/** Reads an extract by its file name: `.pbf` is PBF, anything else OSM XML. */
export function readOsm(path: string): Promise<OsmData> {
  return path.endsWith('.pbf') ? readOsmPbf(path) : readOsmXml(path);
}
