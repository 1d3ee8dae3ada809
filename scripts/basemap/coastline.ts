import { bboxClip } from '@turf/turf';
import { assembleChains, type Extent } from './features.ts';
import type { OsmData } from './read-osm.ts';

type Position = [number, number];

const EPSILON = 1e-9;

/**
 * Where a point on the extent's edge lies along it, counter-clockwise from the south-west corner:
 * south edge [0, 1), east [1, 2), north [2, 3), west [3, 4); null off the edge.
 */
function edgePosition([x, y]: Position, [w, s, e, n]: Extent): number | null {
  if (Math.abs(y - s) < EPSILON && x < e) return (x - w) / (e - w);
  if (Math.abs(x - e) < EPSILON && y < n) return 1 + (y - s) / (n - s);
  if (Math.abs(y - n) < EPSILON && x > w) return 2 + (e - x) / (e - w);
  if (Math.abs(x - w) < EPSILON && y > s) return 3 + (n - y) / (n - s);
  return null;
}

/** The corners passed walking counter-clockwise along the edge from position a to position b. */
function cornersBetween(a: number, b: number, [w, s, e, n]: Extent): Position[] {
  const corners: Position[] = [
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  const out: Position[] = [];
  const end = b > a ? b : b + 4;
  for (let k = Math.floor(a) + 1; k <= end; k++) {
    if (k > a && k < end) out.push(corners[(k - 1) % 4] as Position);
  }
  return out;
}

function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function contains(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The sea within the extent, from the extract's coastlines (`natural=coastline`, land on the left):
 * OpenStreetMap has no sea polygons. Coastlines are joined, cut at the extent, and each piece (water on
 * its left once reversed) is closed along the extent's edge to the next piece; islands become holes.
 * Returns null when there is no coastline, or when one stops inside the extent (a broken extract),
 * since then no side can be told for sure.
 */
export function seaPolygons(data: OsmData, extent: Extent): GeoJSON.MultiPolygon | null {
  const ways = data.ways.filter((w) => w.tags.natural === 'coastline').sort((a, b) => a.id - b.id);
  if (ways.length === 0) return null;
  const chains = assembleChains(ways.map((w) => w.refs.filter((r) => data.coords.has(r))));
  const islands: Position[][] = [];
  const pieces: Position[][] = [];
  for (const chain of chains) {
    const line = chain.map((r) => data.coords.get(r) as Position);
    if (line.length < 2) continue;
    const clipped = bboxClip({ type: 'LineString', coordinates: line }, extent).geometry;
    const parts = (
      clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates
    ) as Position[][];
    const closed = chain[0] === chain[chain.length - 1];
    if (closed && parts.length === 1 && parts[0]?.length === line.length) {
      islands.push(line);
      continue;
    }
    for (const part of parts) {
      if (part.length < 2) continue;
      // Reversed: water on the left, so the walk along the edge goes counter-clockwise.
      const piece = [...part].reverse();
      const start = edgePosition(piece[0] as Position, extent);
      const end = edgePosition(piece[piece.length - 1] as Position, extent);
      if (start === null || end === null) return null;
      pieces.push(piece);
    }
  }
  const position = (p: Position) => edgePosition(p, extent) as number;
  const polygons: Position[][][] = [];
  const unused = new Set(pieces.map((_, i) => i));
  while (unused.size > 0) {
    const first = Math.min(...unused);
    unused.delete(first);
    const ring: Position[] = [...(pieces[first] as Position[])];
    for (let guard = 0; guard <= pieces.length; guard++) {
      const exit = position(ring[ring.length - 1] as Position);
      // The next piece to start counter-clockwise from here, or the ring's own start.
      const distance = (t: number) => (t - exit + 4) % 4;
      let best = -1;
      let bestDistance = distance(position(ring[0] as Position)) || 4;
      for (const i of unused) {
        const d = distance(position((pieces[i] as Position[])[0] as Position));
        if (d < bestDistance) {
          best = i;
          bestDistance = d;
        }
      }
      const target =
        best < 0 ? position(ring[0] as Position) : position((pieces[best] as Position[])[0] as Position);
      ring.push(...cornersBetween(exit, target, extent));
      if (best < 0) break;
      unused.delete(best);
      ring.push(...(pieces[best] as Position[]));
    }
    ring.push(ring[0] as Position);
    polygons.push([ring]);
  }
  if (polygons.length === 0) return null;
  for (const island of islands) {
    // An island's ring is counter-clockwise (land on the left); as a hole it runs clockwise.
    const hole = signedArea(island) > 0 ? [...island].reverse() : island;
    const owner = polygons.find((p) => contains(p[0] as Position[], island[0] as Position));
    owner?.push(hole);
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}
