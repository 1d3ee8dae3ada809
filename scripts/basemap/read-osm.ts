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

/** What the basemap needs of an extract: every node's position, tagged nodes, ways and relations. */
export interface OsmData {
  coords: Map<number, [number, number]>;
  /** Nodes that carry tags (place labels come from these). */
  nodes: OsmNode[];
  ways: OsmWay[];
  relations: OsmRelation[];
}

// Positions are rounded to OSM's own precision (1e-7°), so decoders' float noise cannot change output.
const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;

function emptyData(): OsmData {
  return { coords: new Map(), nodes: [], ways: [], relations: [] };
}

function addNode(data: OsmData, id: number, lon: number, lat: number, tags: Tags): void {
  const position: [number, number] = [round7(lon), round7(lat)];
  data.coords.set(id, position);
  if (Object.keys(tags).length > 0) data.nodes.push({ id, lon: position[0], lat: position[1], tags });
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
    items.on('end', () => resolve(data));
  });
}

/** Reads an extract by its file name: `.pbf` is PBF, anything else OSM XML. */
export function readOsm(path: string): Promise<OsmData> {
  return path.endsWith('.pbf') ? readOsmPbf(path) : readOsmXml(path);
}
