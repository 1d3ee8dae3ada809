import { bboxClip, pointOnFeature } from '@turf/turf';
import { OSM_KIND_MIN_ZOOM, OSM_MIN_ZOOM, OSM_NAME_FIELDS, type OsmLayer } from '../../src/map/osm-schema.ts';
import type { OsmData, OsmRelation, OsmWay, Tags } from './read-osm.ts';

/** West, south, east, north in degrees. */
export type Extent = [number, number, number, number];

/** Properties of a basemap feature: its layer and first zoom (for the tiler), kind, names, extras. */
export type BasemapProperties = Record<string, string | number | boolean> & {
  layer: OsmLayer;
  minzoom: number;
  kind: string;
};

export type BasemapFeature = GeoJSON.Feature<GeoJSON.Geometry, BasemapProperties>;

type Position = [number, number];

const HIGHWAY_KIND: Record<string, string> = {
  motorway: 'motorway',
  trunk: 'trunk',
  primary: 'primary',
  secondary: 'secondary',
  tertiary: 'tertiary',
  residential: 'residential',
  living_street: 'residential',
  unclassified: 'minor',
  road: 'minor',
  service: 'service',
  pedestrian: 'path',
  footway: 'path',
  cycleway: 'path',
  path: 'path',
  steps: 'path',
  track: 'path',
};

const RAILWAY_KIND = new Set(['rail', 'subway', 'light_rail', 'tram']);
const WATERWAY_KIND: Record<string, string> = {
  river: 'river',
  canal: 'canal',
  stream: 'stream',
  drain: 'drain',
  ditch: 'drain',
};
const LANDUSE_KIND: Record<string, Record<string, string>> = {
  leisure: {
    park: 'park',
    garden: 'garden',
    nature_reserve: 'nature_reserve',
    pitch: 'pitch',
    golf_course: 'golf_course',
    recreation_ground: 'park',
  },
  landuse: {
    forest: 'forest',
    grass: 'grass',
    meadow: 'grass',
    village_green: 'grass',
    recreation_ground: 'park',
    cemetery: 'cemetery',
    residential: 'residential',
    commercial: 'commercial',
    industrial: 'industrial',
    retail: 'retail',
  },
  natural: { wood: 'forest', scrub: 'forest', grassland: 'grass' },
  amenity: { school: 'education', university: 'education', college: 'education', hospital: 'hospital' },
  boundary: { national_park: 'nature_reserve', protected_area: 'nature_reserve' },
};
const PLACE_KIND: Record<string, string> = {
  city: 'city',
  town: 'town',
  borough: 'suburb',
  suburb: 'suburb',
  quarter: 'quarter',
  village: 'village',
  hamlet: 'village',
  neighbourhood: 'neighbourhood',
  locality: 'locality',
};

const LABELLED_AREAS = new Set<OsmLayer>(['water', 'landuse']);
const YES = new Set(['yes', 'true', '1', 'viaduct']);

/** The first zoom at which a kind of a layer is written. */
function minzoomOf(layer: OsmLayer, kind: string): number {
  return OSM_KIND_MIN_ZOOM[layer]?.[kind] ?? OSM_MIN_ZOOM;
}

function base(layer: OsmLayer, kind: string, tags: Tags): BasemapProperties {
  const props: BasemapProperties = { layer, kind, minzoom: minzoomOf(layer, kind) };
  for (const field of OSM_NAME_FIELDS) if (tags[field]) props[field] = tags[field];
  return props;
}

/** A number from a tag such as `12`, `12.5 m` or `12;15` (the first), or undefined. */
function numberTag(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** What an area (closed way or multipolygon) is drawn as: any of water, landuse, buildings. */
function areaProperties(tags: Tags): BasemapProperties[] {
  const out: BasemapProperties[] = [];
  if (tags.building && tags.building !== 'no') {
    const props = base('buildings', 'building', tags);
    const levels = numberTag(tags['building:levels']);
    const height = numberTag(tags.height) ?? (levels !== undefined ? levels * 3 : undefined);
    if (height !== undefined) props.height = Math.round(height * 10) / 10;
    if (levels !== undefined) props.levels = levels;
    out.push(props);
  }
  const water =
    tags.natural === 'water'
      ? ({ reservoir: 'reservoir', river: 'river', canal: 'river', basin: 'basin' }[tags.water ?? ''] ??
        'water')
      : tags.waterway === 'riverbank'
        ? 'river'
        : tags.landuse === 'reservoir' || tags.landuse === 'basin'
          ? tags.landuse
          : undefined;
  if (water) out.push(base('water', water, tags));
  for (const [key, kinds] of Object.entries(LANDUSE_KIND)) {
    const kind = kinds[tags[key] ?? ''];
    if (kind) {
      out.push(base('landuse', kind, tags));
      break;
    }
  }
  return out;
}

/** What a line is drawn as: a road, a railway or a waterway. */
function lineProperties(tags: Tags): BasemapProperties[] {
  const out: BasemapProperties[] = [];
  const highway = tags.highway ?? '';
  const link = highway.endsWith('_link');
  const roadKind = HIGHWAY_KIND[link ? highway.slice(0, -'_link'.length) : highway];
  if (roadKind && tags.area !== 'yes') {
    const props = base('roads', roadKind, tags);
    if (link) props.link = true;
    if (YES.has(tags.bridge ?? '')) props.bridge = true;
    if (YES.has(tags.tunnel ?? '')) props.tunnel = true;
    if (tags.oneway === 'yes') props.oneway = true;
    if (tags.ref) props.ref = tags.ref;
    out.push(props);
  }
  if (RAILWAY_KIND.has(tags.railway ?? '')) {
    const props = base('railways', tags.railway as string, tags);
    if (YES.has(tags.tunnel ?? '')) props.tunnel = true;
    if (YES.has(tags.bridge ?? '')) props.bridge = true;
    out.push(props);
  }
  const waterway = WATERWAY_KIND[tags.waterway ?? ''];
  if (waterway) out.push(base('waterway', waterway, tags));
  return out;
}

function wayPositions(way: OsmWay, coords: OsmData['coords']): Position[] {
  const out: Position[] = [];
  for (const ref of way.refs) {
    const p = coords.get(ref);
    if (p) out.push(p);
  }
  return out;
}

function isClosed(way: OsmWay): boolean {
  return way.refs.length >= 4 && way.refs[0] === way.refs[way.refs.length - 1];
}

/** Joins ways end to end (either direction) into chains; a chain that comes back to its start is closed. */
export function assembleChains(ways: number[][]): number[][] {
  const chains: number[][] = [];
  const open = ways.filter((w) => w.length >= 2).map((w) => [...w]);
  while (open.length > 0) {
    let chain = open.shift() as number[];
    let grown = true;
    while (chain[0] !== chain[chain.length - 1] && grown) {
      grown = false;
      for (let i = 0; i < open.length; i++) {
        const w = open[i] as number[];
        const [first, last] = [chain[0], chain[chain.length - 1]];
        if (w[0] === last) chain = [...chain, ...w.slice(1)];
        else if (w[w.length - 1] === last) chain = [...chain, ...[...w].reverse().slice(1)];
        else if (w[w.length - 1] === first) chain = [...w, ...chain.slice(1)];
        else if (w[0] === first) chain = [...[...w].reverse(), ...chain.slice(1)];
        else continue;
        open.splice(i, 1);
        grown = true;
        break;
      }
    }
    chains.push(chain);
  }
  return chains;
}

/** Joins member ways end to end into closed rings (OSM multipolygon rules); open leftovers are dropped. */
export function assembleRings(ways: number[][]): number[][] {
  return assembleChains(ways).filter((r) => r.length >= 4 && r[0] === r[r.length - 1]);
}

function ringContains(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A multipolygon relation's geometry: outer rings, each with the inner rings inside it. */
function multipolygon(rel: OsmRelation, waysById: Map<number, OsmWay>, coords: OsmData['coords']) {
  const refsOf = (role: (r: string) => boolean) =>
    rel.members
      .filter((m) => m.type === 'way' && role(m.role))
      .map((m) => waysById.get(m.ref)?.refs.filter((r) => coords.has(r)) ?? []);
  const toPositions = (ring: number[]) => ring.map((r) => coords.get(r) as Position);
  const outers = assembleRings(refsOf((r) => r !== 'inner')).map(toPositions);
  const inners = assembleRings(refsOf((r) => r === 'inner')).map(toPositions);
  if (outers.length === 0) return null;
  const polygons: Position[][][] = outers.map((o) => [o]);
  for (const inner of inners) {
    const owner = polygons.find((p) => ringContains(p[0] as Position[], inner[0] as Position));
    owner?.push(inner);
  }
  return polygons.length === 1
    ? ({ type: 'Polygon', coordinates: polygons[0] } as GeoJSON.Polygon)
    : ({ type: 'MultiPolygon', coordinates: polygons } as GeoJSON.MultiPolygon);
}

function bboxOf(geometry: GeoJSON.Geometry): Extent {
  const box: Extent = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as Position;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else for (const child of c as unknown[]) visit(child);
  };
  if ('coordinates' in geometry) visit(geometry.coordinates);
  return box;
}

/** Cuts a geometry at the extent; null when nothing of it lies inside. */
export function clipToExtent(geometry: GeoJSON.Geometry, extent: Extent): GeoJSON.Geometry | null {
  const [w, s, e, n] = bboxOf(geometry);
  if (w > extent[2] || e < extent[0] || s > extent[3] || n < extent[1]) return null;
  if (w >= extent[0] && e <= extent[2] && s >= extent[1] && n <= extent[3]) return geometry;
  if (geometry.type === 'Point') return geometry;
  const clipped = bboxClip(geometry as GeoJSON.LineString | GeoJSON.Polygon, extent).geometry;
  if (clipped.type === 'Polygon') {
    const rings = clipped.coordinates.filter((r) => r.length >= 4);
    return rings.length > 0 ? { type: 'Polygon', coordinates: rings } : null;
  }
  if (clipped.type === 'MultiPolygon') {
    const polygons = clipped.coordinates
      .map((p) => p.filter((r) => r.length >= 4))
      .filter((p) => p.length > 0);
    return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
  }
  if (clipped.type === 'MultiLineString') {
    const lines = clipped.coordinates.filter((l) => l.length >= 2);
    if (lines.length === 0) return null;
    return lines.length === 1
      ? { type: 'LineString', coordinates: lines[0] as Position[] }
      : { type: 'MultiLineString', coordinates: lines };
  }
  if (clipped.type === 'LineString') return clipped.coordinates.length >= 2 ? clipped : null;
  return null;
}

/**
 * The basemap's features from an extract, clipped to the extent, in a stable order (nodes, ways,
 * relations, each by id): the same extract always gives the same features.
 */
export function basemapFeatures(data: OsmData, extent: Extent): BasemapFeature[] {
  const out: BasemapFeature[] = [];
  const add = (geometry: GeoJSON.Geometry | null, props: BasemapProperties[]) => {
    if (!geometry || props.length === 0) return;
    const clipped = clipToExtent(geometry, extent);
    if (!clipped) return;
    for (const p of props) {
      out.push({ type: 'Feature', geometry: clipped, properties: p });
      // A named water body or park is labelled once, from a point inside it.
      if (
        LABELLED_AREAS.has(p.layer) &&
        OSM_NAME_FIELDS.some((f) => p[f]) &&
        clipped.type.endsWith('Polygon')
      ) {
        const at = pointOnFeature(clipped as GeoJSON.Polygon).geometry;
        out.push({ type: 'Feature', geometry: at, properties: { ...p, minzoom: Math.max(p.minzoom, 12) } });
      }
    }
  };
  const byId = <T extends { id: number }>(a: T, b: T) => a.id - b.id;

  for (const node of [...data.nodes].sort(byId)) {
    const kind = PLACE_KIND[node.tags.place ?? ''];
    if (!kind || !(node.tags.name || node.tags['name:zh'] || node.tags['name:en'])) continue;
    const props = base('places', kind, node.tags);
    const population = numberTag(node.tags.population);
    if (population !== undefined) props.population = Math.round(population);
    add({ type: 'Point', coordinates: [node.lon, node.lat] }, [props]);
  }

  const ways = [...data.ways].sort(byId);
  for (const way of ways) {
    const positions = wayPositions(way, data.coords);
    if (positions.length < 2) continue;
    const lines = lineProperties(way.tags);
    add({ type: 'LineString', coordinates: positions }, lines);
    if (isClosed(way) && positions.length >= 4 && way.tags.area !== 'no') {
      const areas = areaProperties(way.tags);
      const first = positions[0] as Position;
      const last = positions[positions.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) positions.push(first);
      add({ type: 'Polygon', coordinates: [positions] }, areas);
    }
  }

  const waysById = new Map(data.ways.map((w) => [w.id, w]));
  for (const rel of [...data.relations].sort(byId)) {
    const type = rel.tags.type;
    if (type !== 'multipolygon' && type !== 'boundary') continue;
    if (type === 'boundary' && !LANDUSE_KIND.boundary?.[rel.tags.boundary ?? '']) continue;
    const areas = areaProperties(rel.tags);
    if (areas.length === 0) continue;
    add(multipolygon(rel, waysById, data.coords), areas);
  }
  return out;
}
