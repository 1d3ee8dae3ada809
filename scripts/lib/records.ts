// Records of places and projects (facts with their documents, no geometry) joined with the derived
// positions into layer features. A record that no document locates keeps its area (the subdistrict
// a document names) and no geometry: the map draws no false point for it. Formats: data/sources/FORMAT.md.
import { type DerivedPosition, type DocumentRef, type Issue, isObject } from './provenance';

export const PROJECT_STATUSES = ['listed', 'plan-approved', 'under-construction', 'completed'] as const;
export const AREA_KINDS = ['demolition-land', 'land', 'floor'] as const;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface StatusEvent {
  status: (typeof PROJECT_STATUSES)[number];
  date: string;
  document: string;
}

export interface RecordFeature {
  type: 'Feature';
  id: string;
  properties: Record<string, unknown>;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
}

export interface RecordContext {
  documents: Map<string, DocumentRef>;
  positions: Map<string, DerivedPosition>;
  /** Area features (e.g. subdistricts) by their name without the generic suffix, and by full name. */
  areas: Map<string, string>;
  /** The area of a record whose documents name no smaller one (the district itself). */
  fallbackArea: string;
  /** `kind` written on every feature of this layer. */
  kind: string;
  /** Whether records must carry a dated status history (projects) or must not (places). */
  statuses: boolean;
  categories: readonly string[];
  measureCount: number;
}

/** Turns the records of one layer into GeoJSON features, naming file and record of every problem. */
export function buildRecordFeatures(
  files: Record<string, string>,
  ctx: RecordContext,
): { features: RecordFeature[]; issues: Issue[] } {
  const features: RecordFeature[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const [file, text] of Object.entries(files)) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      issues.push({ file, message: `is not valid JSON (${(e as Error).message})` });
      continue;
    }
    if (!Array.isArray(raw)) {
      issues.push({ file, message: 'must be a JSON array of records' });
      continue;
    }
    for (const [index, r] of raw.entries()) {
      const id = isObject(r) && typeof r.id === 'string' ? r.id : `#${index}`;
      const before = issues.length;
      const add = (message: string) => issues.push({ file, feature: id, message });
      if (!isObject(r)) {
        add('must be an object');
        continue;
      }
      if (!ID.test(id)) add('needs a kebab-case "id"');
      else if (seen.has(id)) add('id is used by another record');
      seen.add(id);
      for (const key of ['name_zh', 'name_en', 'category'] as const) {
        if (typeof r[key] !== 'string' || !(r[key] as string).trim()) add(`needs a non-empty "${key}"`);
      }
      if (typeof r.category === 'string' && !ctx.categories.includes(r.category))
        add(`category "${r.category}" is not one of ${ctx.categories.join(', ')}`);
      const measures = r.measures;
      if (
        !Array.isArray(measures) ||
        !measures.every((m) => Number.isInteger(m) && m >= 1 && m <= ctx.measureCount)
      )
        add(`"measures" must be an array of measure numbers 1-${ctx.measureCount}`);
      const docs = Array.isArray(r.documents) ? (r.documents as unknown[]) : [];
      if (!docs.length) add('names no document: every record needs the documents it comes from');
      for (const d of docs)
        if (typeof d !== 'string' || !ctx.documents.has(d)) add(`document "${d}" is unknown`);

      const statuses: StatusEvent[] = [];
      if (ctx.statuses) {
        // A project whose documents date no stage keeps an empty history: shown as "no dated stage".
        if (r.statuses !== undefined && !Array.isArray(r.statuses)) add('"statuses" must be an array');
        for (const s of Array.isArray(r.statuses) ? r.statuses : []) {
          if (!isObject(s) || !PROJECT_STATUSES.includes(s.status as never)) {
            add(`status must be one of ${PROJECT_STATUSES.join(', ')}`);
            continue;
          }
          if (typeof s.date !== 'string' || !DATE.test(s.date)) {
            add(`status "${s.status}" has no date (YYYY, YYYY-MM or YYYY-MM-DD as the document gives it)`);
            continue;
          }
          if (typeof s.document !== 'string' || !ctx.documents.has(s.document)) {
            add(`status "${s.status}" of ${s.date} names no known document`);
            continue;
          }
          statuses.push({ status: s.status as StatusEvent['status'], date: s.date, document: s.document });
        }
      } else if (r.statuses !== undefined) add('places carry no status history; projects do');

      const areas: { kind: string; m2: number; document: string }[] = [];
      for (const a of Array.isArray(r.areas) ? r.areas : []) {
        if (
          !isObject(a) ||
          !AREA_KINDS.includes(a.kind as never) ||
          typeof a.m2 !== 'number' ||
          !(a.m2 > 0) ||
          typeof a.document !== 'string' ||
          !ctx.documents.has(a.document)
        ) {
          add(`each area needs a kind (${AREA_KINDS.join(', ')}), m2 > 0 and a known document`);
          continue;
        }
        areas.push({ kind: a.kind as string, m2: a.m2, document: a.document });
      }

      const areaName = typeof r.subdistrict === 'string' ? r.subdistrict : undefined;
      const named = areaName ? ctx.areas.get(areaName) : undefined;
      if (areaName && !named) add(`subdistrict "${areaName}" is not an area of the atlas`);
      const areaId = named ?? ctx.fallbackArea;
      const position = ctx.positions.get(id);
      if (issues.length > before) continue;

      statuses.sort((a, b) => a.date.localeCompare(b.date));
      const latest = statuses[statuses.length - 1];
      const allDocs = [...new Set([...(docs as string[]), ...statuses.map((s) => s.document)])];
      const properties: Record<string, unknown> = {
        name_zh: r.name_zh,
        name_en: r.name_en,
        kind: ctx.kind,
        category: r.category,
        measures,
        ...(latest ? { status: latest.status, status_date: latest.date, statuses } : {}),
        ...(areaId ? { area: areaId } : {}),
        ...pick(r, ['address_zh', 'function_zh', 'function_en', 'description_zh', 'description_en']),
        ...(areas.length ? { areas } : {}),
        docs: allDocs,
        accuracy: position ? position.accuracy : 'area',
        ...(position
          ? { refs: position.refs, spread_m: position.spread_m, independent: position.independent }
          : {}),
      };
      features.push({
        type: 'Feature',
        id,
        properties,
        geometry: position ? { type: 'Point', coordinates: position.point } : null,
      });
    }
  }
  features.sort((a, b) => a.id.localeCompare(b.id));
  return { features, issues };
}

function pick(r: Record<string, unknown>, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) if (typeof r[k] === 'string' && (r[k] as string).trim()) out[k] = r[k] as string;
  return out;
}
