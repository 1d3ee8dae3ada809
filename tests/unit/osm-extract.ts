import { deflateSync } from 'node:zlib';
import { PbfWriter as Pbf } from 'pbf';

/** A small OpenStreetMap extract made by the tests, written as OSM XML or as PBF. */
export interface SampleExtract {
  nodes: { id: number; lon: number; lat: number; tags: Record<string, string> }[];
  ways: { id: number; refs: number[]; tags: Record<string, string> }[];
  relations: {
    id: number;
    members: { type: 'node' | 'way' | 'relation'; ref: number; role: string }[];
    tags: Record<string, string>;
  }[];
}

/** The extent the sample is built for: a few kilometres of Luohu. */
export const SAMPLE_EXTENT: [number, number, number, number] = [114.1, 22.53, 114.14, 22.56];

/**
 * Named streets of six classes (the expressway crossing the west edge), a river, a lake, a park with a
 * hole (a multipolygon), three buildings, a railway and a metro line over part of the extent, a place
 * label, a coastline with an island, and a building outside the extent that must not appear.
 */
export function sampleExtract(): SampleExtract {
  const out: SampleExtract = { nodes: [], ways: [], relations: [] };
  let nextNode = 1;
  const way = (id: number, points: [number, number][], tags: Record<string, string>, closed = false) => {
    const refs = points.map(([lon, lat]) => {
      const node = { id: nextNode++, lon, lat, tags: {} };
      out.nodes.push(node);
      return node.id;
    });
    if (closed) refs.push(refs[0] as number);
    out.ways.push({ id, refs, tags });
  };
  const box = (w: number, s: number, e: number, n: number): [number, number][] => [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
  ];
  way(
    101,
    [
      [114.095, 22.545],
      [114.135, 22.545],
    ],
    { highway: 'motorway', name: '测试快速路', 'name:zh': '测试快速路', 'name:en': 'Test Expressway' },
  );
  way(
    102,
    [
      [114.12, 22.532],
      [114.12, 22.558],
    ],
    { highway: 'primary', name: '测试大道', 'name:en': 'Test Avenue', ref: 'S1' },
  );
  way(
    103,
    [
      [114.105, 22.55],
      [114.118, 22.55],
    ],
    { highway: 'residential', name: '测试街' },
  );
  way(
    104,
    [
      [114.125, 22.537],
      [114.128, 22.537],
    ],
    { highway: 'service' },
  );
  way(
    105,
    [
      [114.125, 22.533],
      [114.125, 22.55],
    ],
    { highway: 'tertiary', name: '三级路', 'name:en': 'Tertiary Road' },
  );
  way(
    106,
    [
      [114.121, 22.548],
      [114.124, 22.552],
    ],
    { highway: 'secondary_link', name: '匝道' },
  );
  way(
    110,
    [
      [114.1, 22.535],
      [114.12, 22.5365],
      [114.14, 22.538],
    ],
    { waterway: 'river', name: '测试河', 'name:en': 'Test River' },
  );
  way(111, box(114.131, 22.552, 114.135, 22.555), { natural: 'water', name: '测试湖' }, true);
  way(120, box(114.102, 22.552, 114.108, 22.558), {}, true);
  way(121, box(114.104, 22.554, 114.106, 22.556), {}, true);
  out.relations.push({
    id: 201,
    members: [
      { type: 'way', ref: 120, role: 'outer' },
      { type: 'way', ref: 121, role: 'inner' },
    ],
    tags: { type: 'multipolygon', leisure: 'park', name: '测试公园', 'name:en': 'Test Park' },
  });
  way(
    130,
    box(114.121, 22.546, 114.1215, 22.5465),
    { building: 'yes', height: '45', name: '测试大厦' },
    true,
  );
  way(
    131,
    box(114.122, 22.546, 114.1225, 22.5465),
    { building: 'residential', 'building:levels': '10' },
    true,
  );
  way(132, box(114.123, 22.546, 114.1235, 22.5465), { building: 'yes' }, true);
  way(133, box(114.2, 22.6, 114.201, 22.601), { building: 'yes', name: '界外' }, true);
  way(
    140,
    [
      [114.1, 22.541],
      [114.125, 22.541],
    ],
    { railway: 'rail', name: '测试铁路', 'name:en': 'Test Railway' },
  );
  way(
    141,
    [
      [114.11, 22.557],
      [114.139, 22.557],
    ],
    { railway: 'subway', name: '测试地铁线', 'name:en': 'Test Metro Line', tunnel: 'yes' },
  );
  // The coast: land to the north (on the coastline's left), the sea a strip along the south edge, in
  // two ways that share a node, with an island (a closed way, counter-clockwise) in the sea.
  way(
    150,
    [
      [114.095, 22.533],
      [114.12, 22.5335],
    ],
    { natural: 'coastline' },
  );
  way(151, [[114.145, 22.533]], { natural: 'coastline' });
  const coast = out.ways[out.ways.length - 1] as SampleExtract['ways'][number];
  coast.refs.unshift((out.ways[out.ways.length - 2] as SampleExtract['ways'][number]).refs[1] as number);
  way(152, box(114.13, 22.5305, 114.132, 22.532), { natural: 'coastline' }, true);
  out.nodes.push({
    id: 900,
    lon: 114.115,
    lat: 22.548,
    tags: { place: 'suburb', name: '测试街道', 'name:en': 'Test Subdistrict' },
  });
  return out;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlTags = (tags: Record<string, string>) =>
  Object.entries(tags)
    .map(([k, v]) => `    <tag k="${xmlEscape(k)}" v="${xmlEscape(v)}"/>\n`)
    .join('');

/** The extract as OSM XML, as Overpass (`out body;`) writes it. */
export function toOsmXml(x: SampleExtract): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="tests">\n'];
  for (const n of x.nodes) {
    const tags = xmlTags(n.tags);
    const open = `  <node id="${n.id}" lat="${n.lat}" lon="${n.lon}"`;
    lines.push(tags ? `${open}>\n${tags}  </node>\n` : `${open}/>\n`);
  }
  for (const w of x.ways) {
    const refs = w.refs.map((r) => `    <nd ref="${r}"/>\n`).join('');
    lines.push(`  <way id="${w.id}">\n${refs}${xmlTags(w.tags)}  </way>\n`);
  }
  for (const r of x.relations) {
    const members = r.members
      .map((m) => `    <member type="${m.type}" ref="${m.ref}" role="${xmlEscape(m.role)}"/>\n`)
      .join('');
    lines.push(`  <relation id="${r.id}">\n${members}${xmlTags(r.tags)}  </relation>\n`);
  }
  lines.push('</osm>\n');
  return lines.join('');
}

/** A file block: 4-byte header length, BlobHeader, zlib-compressed Blob (the OSM PBF format). */
function fileBlock(type: string, payload: Uint8Array): Buffer {
  const blob = new Pbf();
  blob.writeVarintField(2, payload.length);
  blob.writeBytesField(3, deflateSync(payload));
  const blobBytes = blob.finish();
  const header = new Pbf();
  header.writeStringField(1, type);
  header.writeVarintField(3, blobBytes.length);
  const headerBytes = header.finish();
  const size = Buffer.alloc(4);
  size.writeUInt32BE(headerBytes.length);
  return Buffer.concat([size, headerBytes, blobBytes]);
}

/** Writes a nested message (pbf's own writeMessage wants an object argument we have no use for). */
const sub = (pbf: Pbf, tag: number, write: (inner: Pbf) => void) =>
  pbf.writeMessage(tag, (_: null, inner: Pbf) => write(inner), null);

const deltas = (values: number[]) => values.map((v, i) => v - (i > 0 ? (values[i - 1] as number) : 0));

/** The extract as OSM PBF (dense nodes, default granularity), as Geofabrik's files are written. */
export function toOsmPbf(x: SampleExtract): Buffer {
  const head = new Pbf();
  head.writeStringField(4, 'OsmSchema-V0.6');
  head.writeStringField(4, 'DenseNodes');

  const strings = [''];
  const sid = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  const nodes = [...x.nodes].sort((a, b) => a.id - b.id);
  const keysVals = nodes.flatMap((n) => [...Object.entries(n.tags).flatMap(([k, v]) => [sid(k), sid(v)]), 0]);
  const ways = x.ways.map((w) => ({
    id: w.id,
    keys: Object.keys(w.tags).map(sid),
    vals: Object.values(w.tags).map(sid),
    refs: deltas(w.refs),
  }));
  const types = { node: 0, way: 1, relation: 2 } as const;
  const relations = x.relations.map((r) => ({
    id: r.id,
    keys: Object.keys(r.tags).map(sid),
    vals: Object.values(r.tags).map(sid),
    roles: r.members.map((m) => sid(m.role)),
    memids: deltas(r.members.map((m) => m.ref)),
    types: r.members.map((m) => types[m.type]),
  }));

  const block = new Pbf();
  sub(block, 1, (pbf) => {
    for (const s of strings) pbf.writeBytesField(1, new TextEncoder().encode(s));
  });
  sub(block, 2, (group) => {
    sub(group, 2, (dense) => {
      dense.writePackedSVarint(1, deltas(nodes.map((n) => n.id)));
      dense.writePackedSVarint(8, deltas(nodes.map((n) => Math.round(n.lat * 1e7))));
      dense.writePackedSVarint(9, deltas(nodes.map((n) => Math.round(n.lon * 1e7))));
      dense.writePackedVarint(10, keysVals);
    });
  });
  sub(block, 2, (group) => {
    for (const w of ways) {
      sub(group, 3, (pbf) => {
        pbf.writeVarintField(1, w.id);
        pbf.writePackedVarint(2, w.keys);
        pbf.writePackedVarint(3, w.vals);
        pbf.writePackedSVarint(8, w.refs);
      });
    }
  });
  sub(block, 2, (group) => {
    for (const r of relations) {
      sub(group, 4, (pbf) => {
        pbf.writeVarintField(1, r.id);
        pbf.writePackedVarint(2, r.keys);
        pbf.writePackedVarint(3, r.vals);
        pbf.writePackedVarint(8, r.roles);
        pbf.writePackedSVarint(9, r.memids);
        pbf.writePackedVarint(10, r.types);
      });
    }
  });
  return Buffer.concat([fileBlock('OSMHeader', head.finish()), fileBlock('OSMData', block.finish())]);
}
