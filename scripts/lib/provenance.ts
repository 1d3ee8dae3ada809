// Provenance of positions: the documents, the raw references and what the build derives from them.
// Pure functions over the text of the input files, so the data check, the build and the unit tests
// run the same rules on the real data and on small fixtures. Formats: data/sources/FORMAT.md.
import gcoord from 'gcoord';
import type { SourceDocument } from '../../src/content/types';

export interface Issue {
  file: string;
  feature?: string;
  message: string;
}

/** The coordinate systems a reference may be written in, and how each reaches WGS84. */
export const CRS_LIST = ['WGS84', 'CGCS2000', 'GCJ-02', 'BD-09'] as const;
export type Crs = (typeof CRS_LIST)[number];

/** A cited document, as the app reads it from documents.json (one shape for both). */
export type DocumentRef = SourceDocument;

export interface Reference {
  feature: string;
  document: string;
  crs: Crs;
  raw: [number, number];
  standsFor: string;
  note: string;
  file: string;
  line: number;
}

export interface DerivedPosition {
  /** Mean of the references' WGS84 points, rounded to 6 decimals (about 0.1 m). */
  point: [number, number];
  /** Largest distance between two references, in metres (0 for one reference). */
  spread_m: number;
  /** Number of independent families among the references. */
  independent: number;
  accuracy: 'surveyed' | 'approximate';
  refs: { doc: string; crs: Crs; raw: [number, number] }[];
}

/** Agreement needed between independent references for each class, in metres. */
export const SURVEYED_WITHIN_M = 50;
export const APPROXIMATE_WITHIN_M = 200;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Merges the document registries (one JSON object per file), checking each entry. */
export function readDocuments(files: Record<string, string>): {
  documents: Map<string, DocumentRef>;
  issues: Issue[];
} {
  const documents = new Map<string, DocumentRef>();
  const issues: Issue[] = [];
  for (const [file, text] of Object.entries(files)) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      issues.push({ file, message: `is not valid JSON (${(e as Error).message})` });
      continue;
    }
    if (!isObject(raw)) {
      issues.push({ file, message: 'must be a JSON object keyed by document id' });
      continue;
    }
    for (const [id, d] of Object.entries(raw)) {
      const add = (message: string) => issues.push({ file, feature: id, message });
      if (!ID.test(id)) add('document id must be kebab-case');
      if (documents.has(id)) add('document id is used in another file too');
      if (!isObject(d)) {
        add('must be an object');
        continue;
      }
      const hasUrl = typeof d.url === 'string' && /^https?:\/\/\S+$/.test(d.url);
      const hasRepo =
        typeof d.repo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(d.repo) && typeof d.path === 'string';
      if (!hasUrl && !hasRepo) add('needs a "url" (http or https) or a "repo" (owner/name) and "path"');
      for (const key of ['title', 'publisher', 'family'] as const) {
        if (typeof d[key] !== 'string' || !(d[key] as string).trim()) add(`needs a non-empty "${key}"`);
      }
      if (typeof d.lang !== 'string' || !/^[a-z]{2,3}$/.test(d.lang))
        add('"lang" must be a language code such as "zh" or "en"');
      if (d.date !== undefined && (typeof d.date !== 'string' || !DATE.test(d.date)))
        add('"date" must be YYYY, YYYY-MM or YYYY-MM-DD');
      documents.set(id, d as unknown as DocumentRef);
    }
  }
  return { documents, issues };
}

const HEADER = ['feature_id', 'document', 'crs', 'raw_lon', 'raw_lat', 'stands_for', 'note'];

/** Reads the reference tables, naming file and line (and feature) of every bad row. */
export function readReferences(
  files: Record<string, string>,
  documents: Map<string, DocumentRef>,
): { references: Reference[]; issues: Issue[] } {
  const references: Reference[] = [];
  const issues: Issue[] = [];
  for (const [file, text] of Object.entries(files)) {
    const rows = parseCsv(text);
    const header = rows[0]?.map((h) => h.trim());
    if (!header || HEADER.some((h, i) => header[i] !== h)) {
      issues.push({ file, message: `must start with the header ${HEADER.join(',')}` });
      continue;
    }
    for (const [i, row] of rows.slice(1).entries()) {
      const line = i + 2;
      const [feature = '', document = '', crs = '', lon = '', lat = '', standsFor = '', note = ''] = row.map(
        (f) => f.trim(),
      );
      const add = (message: string) =>
        issues.push({ file: `${file}:${line}`, feature: feature || undefined, message });
      if (!ID.test(feature)) {
        add('feature_id must be a kebab-case feature id');
        continue;
      }
      if (!document) add('names no document: a position needs a document a reader can open');
      else if (!documents.has(document)) add(`document "${document}" is not in sources/documents/*.json`);
      if (!CRS_LIST.includes(crs as Crs))
        add(`unknown coordinate system "${crs}" (one of ${CRS_LIST.join(', ')})`);
      const x = Number(lon);
      const y = Number(lat);
      if (
        !lon ||
        !lat ||
        !Number.isFinite(x) ||
        !Number.isFinite(y) ||
        x < -180 ||
        x > 180 ||
        y < -90 ||
        y > 90
      )
        add(`raw_lon/raw_lat "${lon}, ${lat}" are not decimal degrees`);
      if (!standsFor) add('stands_for must say what the point marks');
      if (issues.length && issues[issues.length - 1]?.file === `${file}:${line}`) continue;
      references.push({ feature, document, crs: crs as Crs, raw: [x, y], standsFor, note, file, line });
    }
  }
  return { references, issues };
}

/** Converts a raw value to WGS84 (CGCS2000 and WGS84 agree to centimetres, so it is taken as is). */
export function toWgs84(crs: Crs, raw: [number, number]): [number, number] {
  if (crs === 'WGS84' || crs === 'CGCS2000') return raw;
  const from = crs === 'GCJ-02' ? gcoord.GCJ02 : gcoord.BD09;
  const [lon, lat] = gcoord.transform(raw, from, gcoord.WGS84) as [number, number];
  return [lon, lat];
}

/** Great-circle distance in metres (haversine; ample at this scale). */
export function distance_m(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Derives each feature's WGS84 position and accuracy class from its references: the mean point, the
 * largest distance between two references, and how many independent families agree. References that
 * disagree by more than APPROXIMATE_WITHIN_M are an error: one of them is wrong or in another system.
 */
export function derivePositions(
  references: Reference[],
  documents: Map<string, DocumentRef>,
): { positions: Map<string, DerivedPosition>; issues: Issue[] } {
  const byFeature = new Map<string, Reference[]>();
  for (const r of references) byFeature.set(r.feature, [...(byFeature.get(r.feature) ?? []), r]);
  const positions = new Map<string, DerivedPosition>();
  const issues: Issue[] = [];
  for (const [feature, refs] of byFeature) {
    const points = refs.map((r) => toWgs84(r.crs, r.raw));
    const point: [number, number] = [
      round6(points.reduce((s, p) => s + p[0], 0) / points.length),
      round6(points.reduce((s, p) => s + p[1], 0) / points.length),
    ];
    let spread = 0;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        spread = Math.max(spread, distance_m(points[i] as [number, number], points[j] as [number, number]));
    const families = new Set(refs.map((r) => documents.get(r.document)?.family ?? r.document));
    if (spread > APPROXIMATE_WITHIN_M) {
      const where = refs.map((r) => `${r.file}:${r.line}`).join(', ');
      issues.push({
        file: refs[0]?.file ?? '',
        feature,
        message: `references disagree by ${Math.round(spread)} m (more than ${APPROXIMATE_WITHIN_M} m): check ${where}`,
      });
      continue;
    }
    positions.set(feature, {
      point,
      spread_m: Math.round(spread),
      independent: families.size,
      accuracy: families.size >= 2 && spread <= SURVEYED_WITHIN_M ? 'surveyed' : 'approximate',
      refs: refs.map((r) => ({ doc: r.document, crs: r.crs, raw: r.raw })),
    });
  }
  return { positions, issues };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
