import { ACCURACIES, type AtlasCollection, type Bounds, type ContentIssue, STATUSES } from './types';

/**
 * Checks one layer file: a FeatureCollection of RFC 7946 features carrying the atlas properties.
 * Cheap enough to run in the browser on every layer it loads, so a broken file is reported there too.
 * `measures` is the text's measure count (the manifest's `measures`): feature measures lie in 1..measures.
 */
export function validateCollection(
  raw: unknown,
  file: string,
  extent?: Bounds,
  measures?: number,
): { collection?: AtlasCollection; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  if (!isObject(raw) || raw.type !== 'FeatureCollection' || !Array.isArray(raw.features)) {
    return { issues: [{ file, message: 'is not a GeoJSON FeatureCollection' }] };
  }
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const [index, f] of (raw.features as unknown[]).entries()) {
    const where = isObject(f) && typeof f.id === 'string' ? f.id : `#${index}`;
    const add = (message: string) => issues.push({ file, feature: where, message });
    if (!isObject(f) || f.type !== 'Feature') {
      add('is not a GeoJSON Feature');
      continue;
    }
    if (typeof f.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f.id)) {
      add('needs a kebab-case string "id" at the top level');
    } else if (ids.has(f.id)) {
      add('id is used twice in this file');
    } else ids.add(f.id);
    checkProperties(f.properties, add, measures);
    if (isObject(f.properties) && typeof f.properties.name_zh === 'string') {
      const other = names.get(f.properties.name_zh);
      if (other) add(`name_zh "${f.properties.name_zh}" is also used by ${other}`);
      names.set(f.properties.name_zh, where);
    }
    const placeless = isObject(f.properties) && f.properties.accuracy === 'area';
    if (placeless) {
      if (f.geometry !== null)
        add('has accuracy "area" but a geometry: only a feature without a point stands in an area');
      if (!isObject(f.properties) || typeof f.properties.area !== 'string' || !f.properties.area)
        add('has accuracy "area" but no "area" naming the feature that stands for it');
    } else checkGeometry(f.geometry, add, extent);
  }
  return issues.length ? { issues } : { collection: raw as unknown as AtlasCollection, issues };
}

function checkProperties(p: unknown, add: (m: string) => void, count = Number.MAX_SAFE_INTEGER): void {
  if (!isObject(p)) {
    add('has no properties');
    return;
  }
  for (const key of ['name_zh', 'name_en', 'kind'] as const) {
    if (typeof p[key] !== 'string' || !(p[key] as string).trim())
      add(`property "${key}" must be a non-empty string`);
  }
  const docs = p.docs;
  if (
    docs !== undefined &&
    !(Array.isArray(docs) && docs.length && docs.every((d) => typeof d === 'string'))
  ) {
    add('property "docs" must be a non-empty array of document ids');
  }
  if (docs === undefined && (typeof p.source !== 'string' || !p.source.trim())) {
    add('needs its provenance: "docs" (document ids) or a non-empty "source"');
  }
  if (!Array.isArray(p.measures) || !p.measures.every((m) => Number.isInteger(m) && m >= 1 && m <= count)) {
    add(
      count === Number.MAX_SAFE_INTEGER
        ? 'property "measures" must be an array of measure numbers from 1'
        : `property "measures" must be an array of measure numbers 1-${count} (the manifest's "measures")`,
    );
  }
  if (!ACCURACIES.includes(p.accuracy as never)) {
    add(`property "accuracy" must be one of ${ACCURACIES.join(', ')}`);
  }
  if (p.status !== undefined && !STATUSES.includes(p.status as never)) {
    add(`property "status" must be one of ${STATUSES.join(', ')}`);
  }
  if (p.color !== undefined && (typeof p.color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(p.color))) {
    add('property "color" must be #rrggbb');
  }
  if (p.lines !== undefined && !(Array.isArray(p.lines) && p.lines.every((l) => typeof l === 'string'))) {
    add('property "lines" must be an array of feature ids');
  }
}

type Position = number[];

function checkGeometry(g: unknown, add: (m: string) => void, extent?: Bounds): void {
  if (!isObject(g) || typeof g.type !== 'string') {
    add('has no geometry');
    return;
  }
  const coords = g.coordinates as unknown;
  const position = (p: unknown): boolean => {
    if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      add('has a position that is not [longitude, latitude]');
      return false;
    }
    const [lon, lat] = p as Position;
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      add(`has a position out of range (${lon}, ${lat}); coordinates must be [longitude, latitude]`);
      return false;
    }
    if (extent && (lon < extent[0] || lat < extent[1] || lon > extent[2] || lat > extent[3])) {
      add(`lies outside the atlas extent at (${lon}, ${lat})`);
      return false;
    }
    return true;
  };
  const line = (l: unknown, min: number): boolean => {
    if (!Array.isArray(l) || l.length < min) {
      add(`has a line or ring with fewer than ${min} positions`);
      return false;
    }
    return l.every(position);
  };
  const polygon = (rings: unknown): void => {
    if (!Array.isArray(rings) || rings.length === 0) {
      add('has a polygon without rings');
      return;
    }
    for (const [i, ring] of (rings as unknown[]).entries()) {
      if (!line(ring, 4)) continue;
      const r = ring as Position[];
      const first = r[0] as Position;
      const last = r[r.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) {
        add(`has a ring ${i} that is not closed`);
        continue;
      }
      const area = signedArea(r);
      if (i === 0 && area < 0) add('has an exterior ring wound clockwise (RFC 7946 wants counter-clockwise)');
      if (i > 0 && area > 0) add(`has a hole (ring ${i}) wound counter-clockwise (RFC 7946 wants clockwise)`);
    }
  };
  switch (g.type) {
    case 'Point':
      position(coords);
      return;
    case 'MultiPoint':
    case 'LineString':
      line(coords, g.type === 'LineString' ? 2 : 1);
      return;
    case 'MultiLineString':
      if (!Array.isArray(coords) || !coords.length) {
        add('has an empty MultiLineString');
        return;
      }
      for (const l of coords) line(l, 2);
      return;
    case 'Polygon':
      polygon(coords);
      return;
    case 'MultiPolygon':
      if (!Array.isArray(coords) || !coords.length) {
        add('has an empty MultiPolygon');
        return;
      }
      for (const p of coords) polygon(p);
      return;
    default:
      add(`has an unsupported geometry type "${g.type}"`);
  }
}

/** Shoelace area in degrees²: positive for counter-clockwise rings. Only its sign is used. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum / 2;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
