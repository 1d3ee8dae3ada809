import { isLngLat } from './lng-lat';
import { ACCURACIES, type ContentIssue, FLOW_MODES, type FlowData } from './types';
import { isObject } from './validate-features';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks the Bay Area links file. Destinations lie outside the atlas extent on purpose (other cities),
 * so only the longitude/latitude ranges are checked; origins must be features of the atlas.
 */
export function validateFlows(
  raw: unknown,
  file: string,
  hasFeature: (id: string) => boolean,
): { flows?: FlowData; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  if (!isObject(raw) || !Array.isArray(raw.destinations) || !Array.isArray(raw.links)) {
    return { issues: [{ file, message: 'must be { note, destinations: [], links: [] }' }] };
  }
  const note = raw.note;
  if (!isObject(note) || !nonEmpty(note.zh) || !nonEmpty(note.en)) {
    issues.push({ file, message: '"note" must be { zh, en }: say the arcs are routes, not volumes' });
  }
  const places = new Set<string>();
  for (const [i, d] of (raw.destinations as unknown[]).entries()) {
    const where = isObject(d) && typeof d.id === 'string' ? d.id : `destinations[${i}]`;
    const add = (message: string) => issues.push({ file, feature: where, message });
    if (!isObject(d)) {
      add('is not an object');
      continue;
    }
    if (typeof d.id !== 'string' || !ID.test(d.id)) add('needs a kebab-case "id"');
    else if (places.has(d.id) || hasFeature(d.id)) add('id is used twice');
    else places.add(d.id);
    for (const key of ['name_zh', 'name_en']) if (!nonEmpty(d[key])) add(`needs "${key}"`);
    const docs = d.docs;
    const cited = Array.isArray(docs) && docs.length > 0 && docs.every((x) => typeof x === 'string');
    if (!cited && !nonEmpty(d.source)) add('needs its documents ("docs") or a "source"');
    if (!ACCURACIES.includes(d.accuracy as never)) add(`accuracy must be one of ${ACCURACIES.join(', ')}`);
    const c = d.coordinates;
    if (!Array.isArray(c) || c.length !== 2 || !isLngLat(c[0], c[1])) {
      add('coordinates must be [longitude, latitude] in range');
    }
  }
  const links = new Set<string>();
  for (const [i, l] of (raw.links as unknown[]).entries()) {
    const where = isObject(l) && typeof l.id === 'string' ? l.id : `links[${i}]`;
    const add = (message: string) => issues.push({ file, feature: where, message });
    if (!isObject(l)) {
      add('is not an object');
      continue;
    }
    if (typeof l.id !== 'string' || !ID.test(l.id)) add('needs a kebab-case "id"');
    else if (links.has(l.id)) add('id is used twice');
    else links.add(l.id);
    if (typeof l.origin !== 'string' || !hasFeature(l.origin))
      add(`origin "${String(l.origin)}" is not a feature of the atlas`);
    if (typeof l.destination !== 'string' || !places.has(l.destination))
      add(`destination "${String(l.destination)}" is not a destination of this file`);
    if (!FLOW_MODES.includes(l.mode as never)) add(`mode must be one of ${FLOW_MODES.join(', ')}`);
    if (l.via !== undefined) {
      if (!Array.isArray(l.via) || !l.via.every((v) => typeof v === 'string' && places.has(v)))
        add('"via" must list destinations of this file');
    }
    for (const key of ['route_zh', 'route_en', 'source']) if (!nonEmpty(l[key])) add(`needs "${key}"`);
  }
  if (!links.size && !issues.length) issues.push({ file, message: 'has no links' });
  return issues.length ? { issues } : { flows: raw as unknown as FlowData, issues };
}

function nonEmpty(v: unknown): boolean {
  return typeof v === 'string' && v.trim().length > 0;
}
