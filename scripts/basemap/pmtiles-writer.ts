import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

/** One tile to store: its address and its bytes, already compressed as the header says. */
export interface TileInput {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface ArchiveOptions {
  /** West, south, east, north. */
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  center: [number, number, number];
  /** The archive's JSON metadata (TileJSON-like: name, attribution, vector_layers). */
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
// The root directory must fit with the header in the first 16 KiB that readers fetch.
const ROOT_MAX_BYTES = 16_384 - HEADER_BYTES;
const GZIP = 2;
const MVT = 1;

/** gzip with no file name or time in its header: the same bytes give the same output. */
export function gzip(data: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(data, { level: 9 }));
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A directory as PMTiles v3 stores it: columns of varints (ids as deltas, offsets 0 when contiguous). */
function serializeDirectory(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    writeVarint(out, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzip(new Uint8Array(out));
}

/** The root directory and, when the entries do not fit in it, the leaf directories it points to. */
function buildDirectories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_MAX_BYTES) return { root, leaves: new Uint8Array(0) };
  let leafSize = Math.max(4096, Math.ceil(entries.length / 3500));
  for (;;) {
    const rootEntries: Entry[] = [];
    const parts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const leaf = serializeDirectory(chunk);
      rootEntries.push({ tileId: (chunk[0] as Entry).tileId, offset, length: leaf.length, runLength: 0 });
      parts.push(leaf);
      offset += leaf.length;
    }
    const rootBytes = serializeDirectory(rootEntries);
    if (rootBytes.length <= ROOT_MAX_BYTES) return { root: rootBytes, leaves: Buffer.concat(parts) };
    leafSize = Math.ceil(leafSize * 1.2);
  }
}

function setUint64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 2 ** 32, true);
  view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
}

/**
 * A PMTiles v3 archive of gzipped vector tiles: header, root directory, metadata, leaf directories, tile
 * data. Tiles are stored in tile-id order with identical tiles stored once (and runs of them as one
 * entry), so the archive is clustered and the same tiles always give the same bytes.
 */
export function writePmtiles(tiles: TileInput[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles
    .map((t) => ({ tileId: zxyToTileId(t.z, t.x, t.y), data: t.data }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const contents: Uint8Array[] = [];
  const offsetByHash = new Map<string, number>();
  let dataLength = 0;
  for (const t of sorted) {
    const hash = createHash('sha256').update(t.data).digest('hex');
    let offset = offsetByHash.get(hash);
    if (offset === undefined) {
      offset = dataLength;
      offsetByHash.set(hash, offset);
      contents.push(t.data);
      dataLength += t.data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === offset && last.tileId + last.runLength === t.tileId) last.runLength++;
    else entries.push({ tileId: t.tileId, offset, length: t.data.length, runLength: 1 });
  }
  const { root, leaves } = buildDirectories(entries);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));

  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  setUint64(view, 8, rootOffset);
  setUint64(view, 16, root.length);
  setUint64(view, 24, metadataOffset);
  setUint64(view, 32, metadata.length);
  setUint64(view, 40, leavesOffset);
  setUint64(view, 48, leaves.length);
  setUint64(view, 56, dataOffset);
  setUint64(view, 64, dataLength);
  setUint64(view, 72, sorted.length);
  setUint64(view, 80, entries.length);
  setUint64(view, 88, contents.length);
  view.setUint8(96, 1); // clustered
  view.setUint8(97, GZIP); // internal compression
  view.setUint8(98, GZIP); // tile compression
  view.setUint8(99, MVT);
  view.setUint8(100, options.minZoom);
  view.setUint8(101, options.maxZoom);
  const e7 = (v: number) => Math.round(v * 1e7);
  const [w, s, e, n] = options.bounds;
  view.setInt32(102, e7(w), true);
  view.setInt32(106, e7(s), true);
  view.setInt32(110, e7(e), true);
  view.setInt32(114, e7(n), true);
  view.setUint8(118, options.center[2]);
  view.setInt32(119, e7(options.center[0]), true);
  view.setInt32(123, e7(options.center[1]), true);
  // A plain Uint8Array (Buffer's slice shares memory, which readers of the result need not know).
  return new Uint8Array(Buffer.concat([header, root, metadata, leaves, ...contents]));
}
