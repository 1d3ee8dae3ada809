import { booleanIntersects } from '@turf/turf';
import type { Bounds } from './types';
import {
  type AtlasCollection,
  type AtlasFeature,
  CONTEXT_ROLES,
  type ContentIssue,
  KIND_ROLES,
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
  const layerFiles = new Set(manifest.layers.map((l) => l.file));
  for (const file of files) {
    const raw = load(file);
    if (raw === undefined) continue;
    // Context only (land around the district) may fill all the map can show, not just the extent.
    const bounds = layerFiles.has(file) ? manifest.extent : mapReach(manifest.extent);
    const { collection, issues: found } = validateCollection(raw, file, bounds, manifest.measures);
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
  checkVocabularies(manifest, collections, issues);

  const text = checkText(load(manifest.text), manifest.text, issues);
  const links = checkLinks(load(manifest.links), manifest.links, manifest, features, text, issues);
  const story = checkStory(load(manifest.story), manifest.story, manifest, features, text, issues);
  if (text) checkMeasureNumbers(text, manifest, issues);
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

/** An empty string (no public URL) or an absolute http(s) URL. */
function isPublicUrl(value: string): boolean {
  if (!value.trim()) return true;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
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
  checkManifestVocabularies(raw, add);
  if (!isBounds(raw.extent)) add('"extent" must be [west, south, east, north] in degrees');
  if (raw.publicUrl !== undefined && (typeof raw.publicUrl !== 'string' || !isPublicUrl(raw.publicUrl)))
    add('"publicUrl" must be empty or an absolute http(s) URL such as "https://example.org/atlas/"');
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
      else if ((b.type === 'style' || b.type === 'pmtiles-vector') && typeof b.url !== 'string')
        add(`basemap "${b.id}" needs a url`);
      else if (b.type === 'raster' && !Array.isArray(b.tiles)) add(`basemap "${b.id}" needs tiles`);
      else if (!['embedded', 'style', 'raster', 'pmtiles-vector'].includes(b.type as string))
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
      else if (
        Number.isInteger(raw.measures) &&
        !l.measures.every((m) => Number.isInteger(m) && m >= 1 && m <= (raw.measures as number))
      )
        at(`has measures outside 1-${raw.measures} (the manifest's "measures")`);
      if (!isObject(l.style) || typeof l.style.color !== 'string') at('needs a style with a color');
    }
  }
  return issues.length === start ? (raw as unknown as Manifest) : undefined;
}

/**
 * The district's words: its language, measure count, labels, credits, kinds and categories (see
 * data/README.md, "Manifest vocabularies"). The engine shows these and names nothing itself.
 */
function checkManifestVocabularies(raw: Record<string, unknown>, add: (message: string) => void): void {
  if (typeof raw.lang !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(raw.lang))
    add('"lang" must be a BCP 47 language tag such as "zh-CN"');
  if (!Number.isInteger(raw.measures) || (raw.measures as number) < 1)
    add('"measures" must be the number of measures in the text (an integer from 1)');
  const labels = raw.labels;
  if (!isObject(labels)) add(`"labels" must be { ${LABEL_KEYS.join(', ')} }, each { zh, en }`);
  else for (const key of LABEL_KEYS) if (!isBilingual(labels[key])) add(`"labels.${key}" must be { zh, en }`);
  if (!Array.isArray(raw.credits)) add('"credits" must be an array of { zh, en }');
  else
    for (const [i, c] of (raw.credits as unknown[]).entries())
      if (!isBilingual(c)) add(`credits[${i}] must be { zh, en }`);
  if (!isObject(raw.kinds)) add('"kinds" must be an object of kind -> { label, roles?, extrude? }');
  else
    for (const [kind, def] of Object.entries(raw.kinds)) {
      const at = (m: string) => add(`kinds["${kind}"] ${m}`);
      if (!isObject(def) || !isBilingual(def.label)) {
        at('needs label { zh, en }');
        continue;
      }
      if (
        def.roles !== undefined &&
        !(Array.isArray(def.roles) && def.roles.every((r) => KIND_ROLES.includes(r)))
      )
        at(`roles must be a list of ${KIND_ROLES.join(', ')}`);
      if (def.extrude !== undefined && !(typeof def.extrude === 'number' && def.extrude > 0))
        at('extrude must be a height in metres above 0');
    }
  if (!isObject(raw.categories)) add('"categories" must be an object of category -> { zh, en }');
  else
    for (const [key, label] of Object.entries(raw.categories))
      if (!isBilingual(label)) add(`categories["${key}"] must be { zh, en }`);
}

const LABEL_KEYS = ['textTab', 'textTitle', 'present', 'layoutHeading', 'noLayout'] as const;

/** Every feature's kind is declared in `kinds`; every category a layer colours by has a label. */
function checkVocabularies(
  manifest: Manifest,
  collections: Map<string, AtlasCollection>,
  issues: ContentIssue[],
): void {
  for (const [file, collection] of collections)
    for (const f of collection.features)
      if (!Object.hasOwn(manifest.kinds, f.properties.kind))
        issues.push({
          file,
          feature: f.id,
          message: `kind "${f.properties.kind}" is not declared in ${MANIFEST_FILE} "kinds"`,
        });
  for (const layer of manifest.layers) {
    const colorBy = layer.style.colorBy;
    if (!colorBy) continue;
    // Colouring by `kind` names its classes with the kinds' labels, any other property with categories.
    const byKind = colorBy.property === 'kind';
    const vocabulary = byKind ? manifest.kinds : manifest.categories;
    for (const value of Object.keys(colorBy.values))
      if (!Object.hasOwn(vocabulary, value))
        issues.push({
          file: MANIFEST_FILE,
          message: `layer "${layer.id}" colours ${byKind ? 'kind' : 'category'} "${value}", which "${byKind ? 'kinds' : 'categories'}" does not name`,
        });
  }
}

/**
 * How far the map can be panned: the extent widened by half its size on each side (the adapter's
 * maxBounds). Context files may reach this far, so regional land fills the view.
 */
export function mapReach(b: Bounds): Bounds {
  const dx = (b[2] - b[0]) * 0.5;
  const dy = (b[3] - b[1]) * 0.5;
  return [b[0] - dx, b[1] - dy, b[2] + dx, b[3] + dy];
}

/** The text's measures are numbered 1..n, n being the manifest's `measures`. */
function checkMeasureNumbers(text: TextDoc, manifest: Manifest, issues: ContentIssue[]): void {
  const numbers = text.sections.filter((s) => s.kind === 'measure').map((s) => s.number);
  const expected = Array.from({ length: manifest.measures }, (_, i) => i + 1);
  if (numbers.join(',') !== expected.join(','))
    issues.push({
      file: manifest.text,
      message: `measure sections are numbered ${numbers.join(', ') || 'nothing'}; ${MANIFEST_FILE} "measures" says 1-${manifest.measures}`,
    });
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
