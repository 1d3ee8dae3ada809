import { booleanIntersects } from '@turf/turf';
import {
  type AtlasCollection,
  type AtlasFeature,
  CONTEXT_ROLES,
  type ContentIssue,
  type Link,
  type Manifest,
  SECTION_KINDS,
  type Story,
  type TextDoc,
} from './types';
import { isObject, validateCollection } from './validate-features';
import { validateFlows } from './validate-flows';

/** Reads a content file by its path relative to `data/`; throws when it is missing or not JSON. */
export type ReadJson = (path: string) => unknown;

export interface ValidatedAtlas {
  manifest: Manifest;
  text: TextDoc;
  links: Link[];
  story: Story;
  /** Every feature of every file, context and thematic, by id. */
  features: Map<string, AtlasFeature>;
}

export const MANIFEST_FILE = 'atlas.json';

/**
 * Validates the whole atlas: each file's schema, then every cross reference (links, story steps,
 * layer groups, "within" containment). Runs at build time and in the unit tests; returns every
 * problem found rather than stopping at the first, so one run lists all that needs fixing.
 */
export function validateAtlas(read: ReadJson): { atlas?: ValidatedAtlas; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const load = (file: string): unknown => {
    try {
      return read(file);
    } catch (e) {
      issues.push({ file, message: `cannot be read as JSON (${(e as Error).message})` });
      return undefined;
    }
  };
  const rawManifest = load(MANIFEST_FILE);
  if (rawManifest === undefined) return { issues };
  const manifest = checkManifest(rawManifest, issues);
  if (!manifest) return { issues };

  const features = new Map<string, AtlasFeature>();
  const featureFile = new Map<string, string>();
  const collections = new Map<string, AtlasCollection>();
  const files = [...new Set([...manifest.context.map((c) => c.file), ...manifest.layers.map((l) => l.file)])];
  for (const file of files) {
    const raw = load(file);
    if (raw === undefined) continue;
    const { collection, issues: found } = validateCollection(raw, file, manifest.extent);
    issues.push(...found);
    if (!collection) continue;
    collections.set(file, collection);
    for (const f of collection.features) {
      const other = featureFile.get(f.id);
      if (other) issues.push({ file, feature: f.id, message: `id is also used in ${other}` });
      features.set(f.id, f);
      featureFile.set(f.id, file);
    }
  }

  if (!features.has(manifest.focus.feature)) {
    issues.push({ file: MANIFEST_FILE, message: `focus.feature "${manifest.focus.feature}" does not exist` });
  }
  checkLayers(manifest, collections, features, issues);

  const text = checkText(load(manifest.text), manifest.text, issues);
  const links = checkLinks(load(manifest.links), manifest.links, manifest, features, text, issues);
  const story = checkStory(load(manifest.story), manifest.story, manifest, features, text, issues);
  if (text) checkMeasureCoverage(text, manifest, features, links ?? [], issues);
  if (manifest.flows !== undefined) {
    const raw = typeof manifest.flows === 'string' ? load(manifest.flows) : undefined;
    if (typeof manifest.flows !== 'string')
      issues.push({ file: MANIFEST_FILE, message: '"flows" must be a file' });
    else if (raw !== undefined)
      issues.push(...validateFlows(raw, manifest.flows, (id) => features.has(id)).issues);
  }

  if (issues.length || !text || !links || !story) return { issues };
  return { atlas: { manifest, text, links, story, features }, issues };
}

function checkManifest(raw: unknown, issues: ContentIssue[]): Manifest | undefined {
  const file = MANIFEST_FILE;
  const start = issues.length;
  const add = (message: string) => issues.push({ file, message });
  if (!isObject(raw)) {
    add('is not a JSON object');
    return undefined;
  }
  for (const key of ['title', 'subtitle']) if (!isBilingual(raw[key])) add(`"${key}" must be { zh, en }`);
  for (const key of ['id', 'text', 'links', 'story'])
    if (typeof raw[key] !== 'string') add(`"${key}" must be a string`);
  if (!isBounds(raw.extent)) add('"extent" must be [west, south, east, north] in degrees');
  const focus = raw.focus;
  if (!isObject(focus) || typeof focus.feature !== 'string' || !isBounds(focus.bounds)) {
    add('"focus" must be { feature, bounds }');
  }
  if (!Array.isArray(raw.context)) add('"context" must be an array');
  else
    for (const [i, c] of (raw.context as unknown[]).entries()) {
      if (!isObject(c) || !CONTEXT_ROLES.includes(c.role as never) || typeof c.file !== 'string') {
        add(`context[${i}] must be { role: ${CONTEXT_ROLES.join('|')}, file }`);
      }
    }
  if (!Array.isArray(raw.basemaps) || !raw.basemaps.some((b) => isObject(b) && b.type === 'embedded')) {
    add('"basemaps" must be an array with an embedded basemap');
  } else
    for (const [i, b] of (raw.basemaps as unknown[]).entries()) {
      if (!isObject(b) || typeof b.id !== 'string' || !isBilingual(b.name))
        add(`basemaps[${i}] needs id and name`);
      else if (b.type === 'style' && typeof b.url !== 'string') add(`basemap "${b.id}" needs a url`);
      else if (b.type === 'raster' && !Array.isArray(b.tiles)) add(`basemap "${b.id}" needs tiles`);
      else if (!['embedded', 'style', 'raster'].includes(b.type as string))
        add(`basemap "${b.id}" has unknown type`);
    }
  const groups = Array.isArray(raw.groups) ? raw.groups : [];
  if (!Array.isArray(raw.groups)) add('"groups" must be an array');
  const groupIds = new Set(groups.map((g) => (isObject(g) ? g.id : undefined)));
  if (!Array.isArray(raw.layers)) add('"layers" must be an array');
  else {
    const ids = new Set<string>();
    for (const [i, l] of (raw.layers as unknown[]).entries()) {
      if (!isObject(l) || typeof l.id !== 'string') {
        add(`layers[${i}] needs an id`);
        continue;
      }
      const at = (m: string) => add(`layer "${l.id}" ${m}`);
      if (ids.has(l.id)) at('is declared twice');
      ids.add(l.id);
      if (typeof l.file !== 'string') at('needs a file');
      if (!groupIds.has(l.group)) at(`names unknown group "${String(l.group)}"`);
      if (!isBilingual(l.name)) at('needs name { zh, en }');
      if (!Array.isArray(l.measures)) at('needs measures');
      if (!isObject(l.style) || typeof l.style.color !== 'string') at('needs a style with a color');
    }
  }
  return issues.length === start ? (raw as unknown as Manifest) : undefined;
}

function checkLayers(
  manifest: Manifest,
  collections: Map<string, AtlasCollection>,
  features: Map<string, AtlasFeature>,
  issues: ContentIssue[],
): void {
  for (const layer of manifest.layers) {
    const collection = collections.get(layer.file);
    if (!collection) continue;
    if (!collection.features.length) issues.push({ file: layer.file, message: 'has no features' });
    for (const f of collection.features) {
      const area = f.properties.area;
      if (typeof area === 'string' && !features.get(area)?.geometry)
        issues.push({
          file: layer.file,
          feature: f.id,
          message: `stands in area "${area}", which is no drawn feature`,
        });
    }
    if (!layer.within) continue;
    const container = features.get(layer.within);
    if (!container) {
      issues.push({
        file: MANIFEST_FILE,
        message: `layer "${layer.id}" within "${layer.within}" does not exist`,
      });
      continue;
    }
    for (const f of collection.features) {
      // A feature without a point stands in its area, which the area check below ties to the atlas.
      if (f.geometry === null) continue;
      if (!booleanIntersects(f, container)) {
        issues.push({ file: layer.file, feature: f.id, message: `lies outside ${layer.within}` });
      }
    }
  }
}

function checkText(raw: unknown, file: string, issues: ContentIssue[]): TextDoc | undefined {
  const start = issues.length;
  const add = (message: string, feature?: string) =>
    issues.push({ file, message, ...(feature ? { feature } : {}) });
  if (!isObject(raw) || !Array.isArray(raw.sections)) {
    add('must be { source, sections: [] }');
    return undefined;
  }
  const src = raw.source;
  if (
    !isObject(src) ||
    !isBilingual(src.title) ||
    !isBilingual(src.publisher) ||
    typeof src.date !== 'string'
  ) {
    add('"source" must have title, publisher { zh, en } and date');
  }
  const ids = new Set<string>();
  for (const s of raw.sections as unknown[]) {
    if (!isObject(s) || typeof s.id !== 'string') {
      add('has a section without an id');
      continue;
    }
    if (ids.has(s.id)) add('section id is used twice', s.id);
    ids.add(s.id);
    if (!SECTION_KINDS.includes(s.kind as never))
      add(`kind must be one of ${SECTION_KINDS.join(', ')}`, s.id);
    if (!isBilingual(s.title)) add('needs title { zh, en }', s.id);
    if ((s.kind === 'measure' || s.kind === 'guarantee') && !Number.isInteger(s.number))
      add('needs a number', s.id);
    if (!Array.isArray(s.paragraphs) || !s.paragraphs.length) {
      add('needs paragraphs', s.id);
      continue;
    }
    for (const p of s.paragraphs as unknown[]) {
      if (!isObject(p) || typeof p.id !== 'string') add('has a paragraph without an id', s.id);
      else if (ids.has(p.id)) add('paragraph id is used twice', p.id);
      else if (!isBilingual(p)) add('paragraph needs non-empty zh and en', p.id);
      else ids.add(p.id);
    }
  }
  return issues.length === start ? (raw as unknown as TextDoc) : undefined;
}

function checkLinks(
  raw: unknown,
  file: string,
  manifest: Manifest,
  features: Map<string, AtlasFeature>,
  text: TextDoc | undefined,
  issues: ContentIssue[],
): Link[] | undefined {
  const start = issues.length;
  if (!Array.isArray(raw)) {
    issues.push({ file, message: 'must be an array of links' });
    return undefined;
  }
  const layerIds = new Set(manifest.layers.map((l) => l.id));
  const paragraphs = text ? text.sections.flatMap((s) => s.paragraphs) : [];
  const ids = new Set<string>();
  for (const [i, l] of (raw as unknown[]).entries()) {
    const where = isObject(l) && typeof l.id === 'string' ? l.id : `#${i}`;
    const add = (message: string) => issues.push({ file, feature: where, message });
    if (!isObject(l) || typeof l.id !== 'string' || !isBilingual(l)) {
      add('needs id, zh and en');
      continue;
    }
    if (ids.has(l.id)) add('link id is used twice');
    ids.add(l.id);
    const fs = Array.isArray(l.features) ? (l.features as unknown[]) : [];
    const ls = Array.isArray(l.layers) ? (l.layers as unknown[]) : [];
    if (!fs.length && !ls.length) add('points at no feature and no layer');
    for (const f of fs) if (!features.has(f as string)) add(`points at missing feature "${String(f)}"`);
    for (const x of ls) if (!layerIds.has(x as string)) add(`points at missing layer "${String(x)}"`);
    if (text) {
      if (!paragraphs.some((p) => p.zh.includes(l.zh as string)))
        add(`term "${l.zh}" occurs in no Chinese paragraph`);
      if (!paragraphs.some((p) => p.en.includes(l.en as string)))
        add(`term "${l.en}" occurs in no English paragraph`);
    }
  }
  return issues.length === start ? (raw as Link[]) : undefined;
}

function checkStory(
  raw: unknown,
  file: string,
  manifest: Manifest,
  features: Map<string, AtlasFeature>,
  text: TextDoc | undefined,
  issues: ContentIssue[],
): Story | undefined {
  const start = issues.length;
  if (!isObject(raw) || !Array.isArray(raw.steps) || !raw.steps.length) {
    issues.push({ file, message: 'must be { steps: [...] } with at least one step' });
    return undefined;
  }
  const layerIds = new Set(manifest.layers.map((l) => l.id));
  const sectionIds = new Set(text?.sections.map((s) => s.id));
  const ids = new Set<string>();
  for (const [i, s] of (raw.steps as unknown[]).entries()) {
    const where = isObject(s) && typeof s.id === 'string' ? s.id : `#${i}`;
    const add = (message: string) => issues.push({ file, feature: where, message });
    if (!isObject(s) || typeof s.id !== 'string') {
      add('needs an id');
      continue;
    }
    if (ids.has(s.id)) add('step id is used twice');
    ids.add(s.id);
    if (text && !sectionIds.has(s.section as string)) add(`names missing section "${String(s.section)}"`);
    for (const key of ['title', 'caption', 'notes']) if (!isBilingual(s[key])) add(`needs ${key} { zh, en }`);
    for (const key of ['camera', 'cameraNarrow']) {
      const c = s[key];
      if (key === 'cameraNarrow' && c === undefined) continue;
      if (!isObject(c) || !isLngLat(c.center) || typeof c.zoom !== 'number')
        add(`${key} needs center and zoom`);
    }
    for (const l of asArray(s.layers))
      if (!layerIds.has(l as string)) add(`shows missing layer "${String(l)}"`);
    for (const f of asArray(s.highlight))
      if (!features.has(f as string)) add(`highlights missing feature "${String(f)}"`);
  }
  return issues.length === start ? (raw as unknown as Story) : undefined;
}

/** Every measure must be reachable from the map: a layer, a feature or a link serves it. */
function checkMeasureCoverage(
  text: TextDoc,
  manifest: Manifest,
  features: Map<string, AtlasFeature>,
  links: Link[],
  issues: ContentIssue[],
): void {
  for (const section of text.sections) {
    if (section.kind !== 'measure' || section.number === undefined) continue;
    const n = section.number;
    const served =
      manifest.layers.some((l) => l.measures.includes(n)) ||
      [...features.values()].some((f) => f.properties.measures.includes(n)) ||
      links.some((l) => section.paragraphs.some((p) => p.zh.includes(l.zh)));
    if (!served)
      issues.push({
        file: manifest.text,
        feature: section.id,
        message: 'no layer, feature or link serves it',
      });
  }
}

function isBilingual(v: unknown): boolean {
  return (
    isObject(v) && typeof v.zh === 'string' && typeof v.en === 'string' && !!v.zh.trim() && !!v.en.trim()
  );
}

function isBounds(v: unknown): boolean {
  return (
    Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === 'number') && v[0] < v[2] && v[1] < v[3]
  );
}

function isLngLat(v: unknown): boolean {
  return Array.isArray(v) && v.length === 2 && Math.abs(v[0]) <= 180 && Math.abs(v[1]) <= 90;
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
