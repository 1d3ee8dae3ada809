/**
 * A gazetteer of atlas places for the resident search box: Chinese names, pinyin (full, spaced and
 * initials), English names, and typo-tolerant matching. Everything a query compares against is computed
 * once in `buildGazetteer` from pinyin readings made at build time, so the browser never loads pinyin-pro.
 * Pure: no DOM, no map.
 */
import { along, length, lineString, pointOnFeature } from '@turf/turf';
import { isLngLat } from '../content/lng-lat.ts';
import type { AtlasFeature, Lang } from '../content/types';
import type { Reading } from './pinyin-readings';

/** One searchable place: a feature reduced to its names and a representative point. */
/**
 * The pinyin readings of a name (trimmed): `readingsOf` from pinyin-readings.ts at build time and in
 * tests, a lookup in the prebuilt `data/pinyin.json` in the browser.
 */
export type ReadingsOf = (zh: string) => readonly Reading[];

export interface GazetteerEntry {
  id: string;
  layer: string;
  kind: string;
  name_zh: string;
  name_en: string;
  /** [lng, lat], WGS84; for a feature no document locates, the point of the area it stands in. */
  point: [number, number];
  /** Set when no document locates the feature: the id of the area (e.g. subdistrict) it stands in. */
  area?: string;
}

/** The searchable forms of one Chinese name (the full name, or the name without a generic suffix). */
export interface NameForm {
  zh: string;
  /** Pinyin without tones or spaces, lower case, ü written v: "guomao". */
  pinyin: string;
  /** Pinyin with a space between syllables: "guo mao". */
  pinyinSpaced: string;
  /** First letter of each syllable: "gm". */
  initials: string;
  /** Offsets in `pinyin` where a syllable starts, so "mao" matches 国贸 but "uomao" does not. */
  syllableStarts: number[];
  /** False for the full name, true for a shortened form (lower rank on an exact match). */
  core: boolean;
}

/** An entry with everything a query is compared against, precomputed. */
export interface IndexedEntry {
  entry: GazetteerEntry;
  /** The full name first, then shortened forms (parenthetical and generic suffix removed). */
  forms: NameForm[];
  /** English in lower case, accents removed, punctuation turned into single spaces. */
  en: string;
  /** `en` without spaces: "guomao", "baoan". */
  enCompact: string;
  /** `en` with a leading space, so " trade" finds the word "trade" anywhere in the name. */
  enPadded: string;
  /** The words of `en`. */
  enWords: string[];
  /** Compact English names without a parenthetical or generic suffix ("liantang" for Liantang Port). */
  enCores: string[];
  /** Position of the kind in the tie-break order; lower comes first. */
  kindRank: number;
}

/** A gazetteer built once from the atlas features; search it with `searchGazetteer`. */
export interface Gazetteer {
  readonly entries: readonly IndexedEntry[];
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  /**
   * Every distinct string typos are matched against (pinyin, compact English, English words of three
   * letters or more and the name from each word on), with the entries that have it: "port" is compared
   * once, not once per port.
   */
  readonly fuzzyKeys: readonly FuzzyKey[];
}

/** A string typos are matched against, the entries (indexes into `entries`) that have it, its letters. */
export interface FuzzyKey {
  text: string;
  entries: number[];
  /** One bit per letter present (see `charMask`), to skip keys lacking too many of the query's letters. */
  mask: number;
}

/** How a search result matched: which name form gave its best score. */
export type MatchKind = 'zh' | 'pinyin' | 'initials' | 'en' | 'fuzzy';

/** One search result; `score` is higher for better matches and only meaningful for ordering. */
export interface SearchResult {
  id: string;
  score: number;
  matched: MatchKind;
}

// Longest first, so "街道办事处" is removed whole rather than leaving "街道办事".
const ZH_SUFFIXES = ['街道办事处', '办事处', '地铁站', '火车站', '街道', '口岸', '公园', '医院', '站'];
const EN_SUFFIXES = [
  'subdistrict office',
  'railway station',
  'subdistrict',
  'district',
  'station',
  'port',
  'park',
  'hospital',
];

// Scores, one band per match quality; bands are far enough apart that no tie-break crosses them.
// Exported for the tiled layers' search (tiled-search.ts), whose results merge into the same order.
export const S_EXACT = 100;
const S_EXACT_CORE = 95;
export const S_PREFIX = 80;
export const S_WORD_PREFIX = 70;
export const S_SUBSTRING = 60;
export const S_INITIALS = 45;
export const S_INITIALS_PREFIX = 40;
const S_FUZZY_WHOLE = 30; // minus 5 per edit
const S_FUZZY_PREFIX = 20; // minus 5 per edit

const PARENTHETICAL = /\s*[（(][^（()）]*[）)]\s*$/u;
const HAN = /\p{Script=Han}/u;

/** Lower case, accents and marks removed, everything but a-z and 0-9 turned into single spaces. */
export function foldLatin(text: string, umlautAsV: boolean): string {
  let t = text.normalize('NFKC').toLowerCase();
  // Pinyin input methods type ü as v; English names (Bao’an, Café) just lose the accent.
  if (umlautAsV) t = t.replace(/ü/g, 'v');
  return t
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function compact(text: string): string {
  return text.replace(/ /g, '');
}

/** One syllable (or run of latin and digits) of a name, and how many characters of the name it covers. */
interface Syllable {
  pinyin: string;
  first: string;
  chars: number;
}

/**
 * The syllables of a name from its readings. Latin and digits in the name are kept as they are (lower
 * case); punctuation gives empty syllables.
 */
function syllablesOf(zh: string, readings: ReadingsOf): Syllable[] {
  return readings(zh).map((d) => ({
    pinyin: compact(foldLatin(d.isZh ? d.pinyin : d.origin, true)),
    first: compact(foldLatin(d.isZh ? d.first : d.origin, true)),
    chars: d.origin.length,
  }));
}

/**
 * Pinyin forms of the first `chars` characters of a name. Shortened names are prefixes of the full
 * name, so they reuse its syllables (and its reading of polyphonic characters).
 */
function nameForm(zh: string, syllables: readonly Syllable[], chars: number, core: boolean): NameForm {
  const parts: string[] = [];
  let initials = '';
  const syllableStarts: number[] = [];
  let offset = 0;
  let seen = 0;
  for (const s of syllables) {
    if (seen >= chars) break;
    // A latin run cut by the end of a shortened name keeps only its part inside.
    const cut = seen + s.chars > chars;
    const part = cut ? compact(foldLatin(zh.slice(seen, chars), true)) : s.pinyin;
    seen += s.chars;
    if (part === '') continue;
    parts.push(part);
    initials += cut ? part : s.first;
    syllableStarts.push(offset);
    offset += part.length;
  }
  return {
    zh: zh.slice(0, chars),
    pinyin: parts.join(''),
    pinyinSpaced: parts.join(' '),
    initials,
    syllableStarts,
    core,
  };
}

/**
 * The name without a trailing parenthetical, and that without one generic suffix, when they differ;
 * both are prefixes of the (trimmed) name.
 */
function shorterForms(name: string, suffixes: readonly string[], minLength: number): string[] {
  const forms: string[] = [];
  const bare = name.replace(PARENTHETICAL, '').trimEnd();
  if (bare !== name && bare.length >= minLength) forms.push(bare);
  for (const suffix of suffixes) {
    if (bare.endsWith(suffix)) {
      const stem = bare.slice(0, bare.length - suffix.length).trimEnd();
      if (stem.length >= minLength) forms.push(stem);
      break;
    }
  }
  return forms;
}

function indexEntry(entry: GazetteerEntry, readings: ReadingsOf, kindOrder: readonly string[]): IndexedEntry {
  const zh = entry.name_zh.trim();
  const syllables = syllablesOf(zh, readings);
  const forms = [
    nameForm(zh, syllables, zh.length, false),
    ...shorterForms(zh, ZH_SUFFIXES, 2).map((s) => nameForm(zh, syllables, s.length, true)),
  ];
  const en = foldLatin(entry.name_en, false);
  const enCores = shorterForms(entry.name_en.trim().toLowerCase(), EN_SUFFIXES, 2)
    .map((s) => compact(foldLatin(s, false)))
    .filter((s) => s.length >= 2);
  const rank = kindOrder.indexOf(entry.kind);
  return {
    entry,
    forms,
    en,
    enCompact: compact(en),
    enPadded: ` ${en}`,
    enWords: en.length > 0 ? en.split(' ') : [],
    enCores,
    kindRank: rank === -1 ? kindOrder.length : rank,
  };
}

function checkEntry(entry: GazetteerEntry, index: number): void {
  const where = `gazetteer entry ${index}${typeof entry?.id === 'string' ? ` (${entry.id})` : ''}`;
  if (typeof entry?.id !== 'string' || entry.id === '')
    throw new Error(`${where}: id must be a non-empty string`);
  if (typeof entry.name_zh !== 'string' || typeof entry.name_en !== 'string')
    throw new Error(`${where}: name_zh and name_en must be strings`);
  const [lng, lat] = entry.point ?? [];
  if (!isLngLat(lng, lat)) throw new Error(`${where}: point must be [lng, lat] in degrees`);
}

/**
 * Builds the gazetteer once (at load time): pinyin, initials, folded English and shortened names for
 * every entry. Throws on an entry without an id or point, or on a repeated id. `kindOrder` breaks ties
 * between equally good matches: kinds residents look for first come first (the order of the manifest's
 * `kinds`: where to get on a train, where they live, ... and projects, which often repeat the name of the
 * place they are at, late); kinds not in it come last.
 */
export function buildGazetteer(
  entries: readonly GazetteerEntry[],
  readings: ReadingsOf,
  kindOrder: readonly string[] = [],
): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  const indexed: IndexedEntry[] = [];
  const keys = new Map<string, FuzzyKey>();
  const addKey = (text: string, i: number) => {
    if (text.length < 3) return;
    const key = keys.get(text);
    if (!key) keys.set(text, { text, entries: [i], mask: charMask(text) });
    else if (key.entries[key.entries.length - 1] !== i) key.entries.push(i);
  };
  entries.forEach((entry, i) => {
    checkEntry(entry, i);
    if (byId.has(entry.id)) throw new Error(`gazetteer entry ${i}: id "${entry.id}" appears more than once`);
    byId.set(entry.id, entry);
    const e = indexEntry(entry, readings, kindOrder);
    indexed.push(e);
    for (const f of e.forms) addKey(f.pinyin, i);
    addKey(e.enCompact, i);
    for (const c of e.enCores) addKey(c, i);
    // Each word, and the rest of the name from each word on, so "grand theater" finds "Shenzhen Grand Theatre".
    for (let w = 0; w < e.enWords.length; w++) {
      addKey(e.enWords[w] as string, i);
      if (w > 0 && w < e.enWords.length - 1) addKey(e.enWords.slice(w).join(''), i);
    }
  });
  return { entries: indexed, byId, fuzzyKeys: [...keys.values()] };
}

/**
 * A representative point of a geometry, for placing a search result: a point is itself, a line its
 * middle (half its length along it), a polygon a point guaranteed to be inside it.
 */
export function pointOf(geometry: GeoJSON.Geometry): [number, number] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates[0] as number, geometry.coordinates[1] as number];
    case 'MultiPoint':
    case 'LineString':
    case 'MultiLineString': {
      const line = longestLine(geometry);
      if (!line) break;
      if (line.length === 1) return pointOf({ type: 'Point', coordinates: line[0] as number[] });
      const ls = lineString(line);
      const c = along(ls, length(ls) / 2).geometry.coordinates;
      return [c[0] as number, c[1] as number];
    }
    case 'Polygon':
    case 'MultiPolygon': {
      if (geometry.coordinates.length === 0) break;
      const c = pointOnFeature(geometry).geometry.coordinates;
      return [c[0] as number, c[1] as number];
    }
    case 'GeometryCollection': {
      const first = geometry.geometries[0];
      if (first) return pointOf(first);
      break;
    }
  }
  throw new Error(`pointOf: empty ${geometry.type} has no representative point`);
}

/** The positions of a MultiPoint (first point), a LineString, or the longest part of a MultiLineString. */
function longestLine(
  g: GeoJSON.MultiPoint | GeoJSON.LineString | GeoJSON.MultiLineString,
): number[][] | undefined {
  if (g.type === 'MultiPoint') return g.coordinates.length > 0 ? [g.coordinates[0] as number[]] : undefined;
  if (g.type === 'LineString') return g.coordinates.length > 0 ? g.coordinates : undefined;
  let best: number[][] | undefined;
  let bestLength = -1;
  for (const part of g.coordinates) {
    if (part.length === 0) continue;
    const l = part.length === 1 ? 0 : length(lineString(part));
    if (l > bestLength) {
      best = part;
      bestLength = l;
    }
  }
  return best;
}

/** A gazetteer entry for an atlas feature of a thematic layer, with its representative point. */
export function toGazetteerEntry(feature: AtlasFeature, layer: string): GazetteerEntry {
  return {
    id: feature.id,
    layer,
    kind: feature.properties.kind,
    name_zh: feature.properties.name_zh,
    name_en: feature.properties.name_en,
    point: pointOf(feature.geometry),
  };
}

// Three reusable rows for the bounded edit distance; grown on demand, so searching allocates nothing.
let rowPrev2 = new Int32Array(32);
let rowPrev = new Int32Array(32);
let rowCur = new Int32Array(32);
let prefixDistance = 0;

/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance between `q` and the whole of `t`,
 * returned, and between `q` and the closest prefix of `t`, left in `prefixDistance`; both are k + 1 when
 * above k. Only the diagonal band |i - j| <= k can lead to a result within k, and the row minimum never
 * decreases, so the work is about |q| * (2k + 1) cells and stops at the first row that exceeds k.
 */
function boundedDistance(q: string, t: string, k: number): number {
  const m = q.length;
  const n = Math.min(t.length, m + k);
  const over = k + 1;
  prefixDistance = over;
  if (n + 2 > rowCur.length) {
    rowPrev2 = new Int32Array(n + 2);
    rowPrev = new Int32Array(n + 2);
    rowCur = new Int32Array(n + 2);
  }
  for (let j = 0; j <= Math.min(n, k); j++) rowPrev[j] = j;
  if (k + 1 <= n) rowPrev[k + 1] = over;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(n, i + k);
    rowCur[lo - 1] = lo === 1 ? Math.min(i, over) : over;
    let rowMin = rowCur[lo - 1] as number;
    const qc = q.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const tc = t.charCodeAt(j - 1);
      let d = (rowPrev[j - 1] as number) + (qc === tc ? 0 : 1);
      const up = (rowPrev[j] as number) + 1;
      if (up < d) d = up;
      const left = (rowCur[j - 1] as number) + 1;
      if (left < d) d = left;
      if (i > 1 && j > 1 && qc === t.charCodeAt(j - 2) && q.charCodeAt(i - 2) === tc) {
        const swap = (rowPrev2[j - 2] as number) + 1;
        if (swap < d) d = swap;
      }
      rowCur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi + 1 <= n) rowCur[hi + 1] = over;
    if (rowMin > k) return over;
    const spare = rowPrev2;
    rowPrev2 = rowPrev;
    rowPrev = rowCur;
    rowCur = spare;
  }
  const lo = Math.max(0, m - k);
  let best = over;
  for (let j = lo; j <= n; j++) if ((rowPrev[j] as number) < best) best = rowPrev[j] as number;
  prefixDistance = best;
  return t.length <= n ? Math.min(rowPrev[t.length] as number, over) : over;
}

/** Bit per letter or digit (digits share bits), for a quick "too many letters missing" check. */
function charBit(code: number): number {
  if (code >= 97 && code <= 122) return 1 << (code - 97);
  if (code >= 48 && code <= 57) return 1 << (26 + ((code - 48) % 5));
  return 1 << 31;
}

function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= charBit(text.charCodeAt(i));
  return mask;
}

/** A query in every form the matchers compare. */
interface Query {
  zh: string;
  hasHan: boolean;
  /** Pinyin-style compact form: "guo mao" and "Guomao" both give "guomao". */
  py: string;
  /** English, folded and single-spaced, with a leading space for word-start matching. */
  en: string;
  enPadded: string;
  enCompact: string;
  /** Allowed edits for typo matching; 0 turns it off. */
  fuzzy: number;
}

function parseQuery(query: string): Query | undefined {
  const raw = query.normalize('NFKC').trim();
  if (raw === '') return undefined;
  const py = compact(foldLatin(raw, true));
  const en = foldLatin(raw, false);
  const hasHan = HAN.test(raw);
  // Typos are only guessed at in latin queries long enough that one or two edits still say something.
  const letters = hasHan ? 0 : py.length;
  const fuzzy = letters >= 7 ? 2 : letters >= 4 ? 1 : 0;
  return { zh: raw.replace(/\s+/g, ''), hasHan, py, en, enPadded: ` ${en}`, enCompact: compact(en), fuzzy };
}

const KINDS: readonly MatchKind[] = ['zh', 'pinyin', 'initials', 'en', 'fuzzy'];
const K_ZH = 0;
const K_PINYIN = 1;
const K_INITIALS = 2;
const K_EN = 3;
const K_FUZZY = 4;

/** Whether `f.pinyin` has `py` starting at a syllable other than the first. */
function atLaterSyllable(f: NameForm, py: string): boolean {
  for (let i = 1; i < f.syllableStarts.length; i++)
    if (f.pinyin.startsWith(py, f.syllableStarts[i])) return true;
  return false;
}

/**
 * Finds places by Chinese name, pinyin ("guomao", "guo mao", "Guomao"), pinyin initials ("gm"),
 * English ("trade") or a near miss ("gumao": one edit allowed for 4–6 letters, two for longer).
 * Ranks exact name > prefix > substring > initials > typo, then by kind (stations and ports before
 * projects), then shorter name in `lang`. `lang` also decides whether a name matching both as pinyin
 * and as English reports `pinyin` or `en`. An empty or blank query finds nothing.
 */
export function searchGazetteer(g: Gazetteer, query: string, lang: Lang, limit = 8): SearchResult[] {
  if (!(limit > 0)) return [];
  const q = parseQuery(query);
  if (!q) return [];
  const entries = g.entries;
  const count = entries.length;
  const scores = new Uint8Array(count);
  const kinds = new Uint8Array(count);
  // On equal scores the kind of the reader's language wins: an English reader typing "Guomao" typed English.
  const preferred = lang === 'en' ? K_EN : K_PINYIN;
  const offer = (i: number, score: number, kind: number) => {
    const best = scores[i] as number;
    if (score > best || (score === best && kind === preferred)) {
      scores[i] = score;
      kinds[i] = kind;
    }
  };

  for (let i = 0; i < count; i++) {
    const e = entries[i] as IndexedEntry;
    if (q.hasHan) {
      for (const f of e.forms) {
        if (f.zh === q.zh) offer(i, f.core ? S_EXACT_CORE : S_EXACT, K_ZH);
        else if (!f.core && f.zh.startsWith(q.zh)) offer(i, S_PREFIX, K_ZH);
        else if (!f.core && f.zh.includes(q.zh)) offer(i, S_SUBSTRING, K_ZH);
      }
    }
    if (q.py !== '') {
      for (const f of e.forms) {
        if (f.pinyin === q.py) offer(i, f.core ? S_EXACT_CORE : S_EXACT, K_PINYIN);
        else if (f.pinyin.startsWith(q.py)) offer(i, S_PREFIX, K_PINYIN);
        else if (atLaterSyllable(f, q.py)) offer(i, S_SUBSTRING, K_PINYIN);
        if (f.initials === q.py) offer(i, S_INITIALS, K_INITIALS);
        else if (f.initials.startsWith(q.py)) offer(i, S_INITIALS_PREFIX, K_INITIALS);
      }
    }
    if (q.enCompact !== '') {
      if (e.en === q.en || e.enCompact === q.enCompact) offer(i, S_EXACT, K_EN);
      else if (e.enCores.includes(q.enCompact)) offer(i, S_EXACT_CORE, K_EN);
      else if (e.en.startsWith(q.en) || e.enCompact.startsWith(q.enCompact)) offer(i, S_PREFIX, K_EN);
      else if (e.enPadded.includes(q.enPadded)) offer(i, S_WORD_PREFIX, K_EN);
      else if (q.enCompact.length >= 3 && e.enCompact.includes(q.enCompact)) offer(i, S_SUBSTRING, K_EN);
    }
  }

  if (q.fuzzy > 0) {
    const k = q.fuzzy;
    const bits: number[] = [];
    for (let c = 0; c < q.py.length; c++) bits.push(charBit(q.py.charCodeAt(c)));
    for (const key of g.fuzzyKeys) {
      if (key.text.length < q.py.length - k) continue;
      // Every query letter the key lacks altogether costs an edit.
      let missing = 0;
      for (const bit of bits) if ((key.mask & bit) === 0 && ++missing > k) break;
      if (missing > k) continue;
      const whole = boundedDistance(q.py, key.text, k);
      const score =
        whole <= k
          ? S_FUZZY_WHOLE - 5 * whole
          : prefixDistance <= k
            ? S_FUZZY_PREFIX - 5 * prefixDistance
            : 0;
      if (score > 0) for (const i of key.entries) offer(i, score, K_FUZZY);
    }
  }

  // Keep the best `limit` in a small sorted array: cheaper than sorting thousands of one-letter hits.
  const nameOf = (e: IndexedEntry) => (lang === 'en' ? e.entry.name_en : e.entry.name_zh);
  const before = (a: number, b: number): boolean => {
    const ea = entries[a] as IndexedEntry;
    const eb = entries[b] as IndexedEntry;
    if (scores[a] !== scores[b]) return (scores[a] as number) > (scores[b] as number);
    if (ea.kindRank !== eb.kindRank) return ea.kindRank < eb.kindRank;
    const la = nameOf(ea).length;
    const lb = nameOf(eb).length;
    if (la !== lb) return la < lb;
    return ea.entry.id < eb.entry.id;
  };
  const top: number[] = [];
  for (let i = 0; i < count; i++) {
    if (scores[i] === 0) continue;
    if (top.length === limit && !before(i, top[top.length - 1] as number)) continue;
    let at = top.length;
    while (at > 0 && before(i, top[at - 1] as number)) at--;
    top.splice(at, 0, i);
    if (top.length > limit) top.pop();
  }
  return top.map((i) => ({
    id: (entries[i] as IndexedEntry).entry.id,
    score: scores[i] as number,
    matched: KINDS[kinds[i] as number] as MatchKind,
  }));
}
