/**
 * Name search over a tiled layer's compact index (up to a million names): Chinese substrings, English
 * words, and pinyin and its initials from the start of a name (not from a later syllable, and without
 * typo matching: the gazetteer does those for the smaller layers). The names of a layer are joined,
 * once, into one string per language (and per pinyin form) with a line break before each name, so a
 * query is one or two native `indexOf` scans instead of a loop over name objects: what precedes a hit
 * says whether it is a prefix, a word start or a substring. Pure: no DOM.
 */

import {
  compact,
  foldLatin,
  type ReadingsOf,
  S_EXACT,
  S_INITIALS,
  S_INITIALS_PREFIX,
  S_PREFIX,
  S_SUBSTRING,
  S_WORD_PREFIX,
} from './gazetteer';

/** One name found: its position in the index and a score in the gazetteer's bands. */
export interface TiledMatch {
  position: number;
  score: number;
}

const SPACE = 32;

/** Lower case, accents removed, every run of characters other than a-z, 0-9 and the separator one space. */
function foldEnglish(text: string): string {
  const lower = text.toLowerCase();
  // Most English names are plain ASCII: decomposing accents is only needed when some are not.
  const plain = /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFKD').replace(/\p{M}/gu, '') : lower;
  return plain.replace(/[^a-z0-9\n]+/g, ' ');
}

/** A latin run of a name as the gazetteer folds it for pinyin: lower case, letters and digits only. */
function latinRun(text: string): string {
  return /[\u0080-\uffff]/.test(text)
    ? compact(foldLatin(text, true))
    : text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** A column of names as one string: "\n" before each, and where each starts. */
interface Joined {
  text: string;
  /** Offset of each name's "\n"; one more entry at the end for the text's length. */
  starts: Int32Array;
}

function joined(text: string): Joined {
  const starts: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at);
  starts.push(text.length);
  return { text, starts: Int32Array.from(starts) };
}

/** The names of one tiled layer, ready for queries; built once, when the search is first used. */
export class TiledNames {
  readonly #zh: Joined;
  readonly #en: Joined;
  readonly #names: readonly string[];
  readonly #readings: ReadingsOf | null;
  /** Pinyin and initials of every name, made on the first latin query (a million take about a second). */
  #pinyin: { full: Joined; initials: Joined } | null = null;
  readonly #findable: (i: number) => boolean;
  readonly #length: (i: number, lang: 'zh' | 'en') => number;
  readonly #id: (i: number) => string;
  readonly #size: number;

  /**
   * `names` are the index's columns; `findable` says whether entry i stands somewhere (its point, or
   * the point of its area: a search result is somewhere to go; only those are offered); `readings` gives a name's pinyin (none: no pinyin).
   */
  constructor(
    names: { ids: readonly string[]; name_zh: readonly string[]; name_en: readonly string[] },
    findable: (i: number) => boolean,
    readings: ReadingsOf | null = null,
  ) {
    this.#names = names.name_zh;
    this.#readings = readings;
    // One line per name, in index order: a line break inside a name would shift every later one.
    const zh = names.name_zh.map((n) => n.replace(/\s+/g, ''));
    const en = names.name_en.map((n) => n.replace(/\s+/g, ' ').trim());
    this.#zh = joined(`\n${zh.join('\n')}`);
    this.#en = joined(foldEnglish(`\n${en.join('\n')}`));
    this.#findable = findable;
    this.#length = (i, lang) => (lang === 'en' ? names.name_en[i]?.length : names.name_zh[i]?.length) ?? 0;
    this.#id = (i) => names.ids[i] ?? '';
    this.#size = names.ids.length;
  }

  /**
   * The best `limit` names for a query: exact name, then prefix, word start (English), substring
   * (Chinese, or English of three letters or more); ties go to the shorter name in `lang`, then the id.
   */
  search(query: string, lang: 'zh' | 'en', limit: number): TiledMatch[] {
    const raw = query.normalize('NFKC').trim();
    if (!raw || !(limit > 0)) return [];
    const scores = new Uint8Array(this.#size);
    const found: number[] = [];
    const offer = (i: number, score: number) => {
      const best = scores[i] as number;
      if (score <= best || !this.#findable(i)) return;
      if (best === 0) found.push(i);
      scores[i] = score;
    };
    // As in the gazetteer: a query with Chinese characters is matched against Chinese names, any other
    // against English ones.
    if (/\p{Script=Han}/u.test(raw)) this.#scan(this.#zh, raw.replace(/\s+/g, ''), false, true, offer);
    else {
      const en = foldEnglish(raw).trim();
      if (en) this.#scan(this.#en, en, true, en.length >= 3, offer);
      const py = compact(foldLatin(raw, true));
      const pinyin = py ? this.#pinyinNames() : null;
      if (pinyin) {
        this.#scan(pinyin.full, py, false, false, offer);
        this.#scan(pinyin.initials, py, false, false, (i, score) =>
          offer(i, score === S_EXACT ? S_INITIALS : S_INITIALS_PREFIX),
        );
      }
    }

    const before = (a: TiledMatch, b: TiledMatch): boolean => {
      if (a.score !== b.score) return a.score > b.score;
      const la = this.#length(a.position, lang);
      const lb = this.#length(b.position, lang);
      if (la !== lb) return la < lb;
      return this.#id(a.position) < this.#id(b.position);
    };
    // The best `limit` in a small sorted array: a one-letter query may match every name.
    const top: TiledMatch[] = [];
    for (const position of found) {
      const m = { position, score: scores[position] as number };
      if (top.length === limit && !before(m, top[top.length - 1] as TiledMatch)) continue;
      let at = top.length;
      while (at > 0 && before(m, top[at - 1] as TiledMatch)) at--;
      top.splice(at, 0, m);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  /**
   * Reads the pinyin of up to `count` more names; true once every name is read. Run in idle slices
   * (a million names take seconds), so the first latin query finds it done; that query reads the rest.
   */
  readPinyin(count: number): boolean {
    const readings = this.#readings;
    if (!readings || this.#pinyin) return true;
    const names = this.#names;
    const end = Math.min(names.length, this.#pinyinRead + count);
    for (; this.#pinyinRead < end; this.#pinyinRead++) {
      // The readings are plain lower-case syllables already; only a latin run needs folding.
      let full = '';
      let initials = '';
      for (const r of readings(names[this.#pinyinRead] as string)) {
        const part = r.isZh ? r.pinyin : latinRun(r.origin);
        full += part;
        initials += r.isZh ? part.charAt(0) : part;
      }
      this.#pinyinFull.push(full);
      this.#pinyinInitials.push(initials);
    }
    return this.#pinyinRead === names.length;
  }

  #pinyinRead = 0;
  #pinyinFull: string[] = [];
  #pinyinInitials: string[] = [];

  #pinyinNames(): { full: Joined; initials: Joined } | null {
    if (!this.#readings) return null;
    if (!this.#pinyin) {
      this.readPinyin(Number.POSITIVE_INFINITY);
      this.#pinyin = {
        full: joined(`\n${this.#pinyinFull.join('\n')}`),
        initials: joined(`\n${this.#pinyinInitials.join('\n')}`),
      };
      this.#pinyinFull = [];
      this.#pinyinInitials = [];
    }
    return this.#pinyin;
  }

  /**
   * Offers every name holding `q`, scored by what precedes it: the separator (exact or prefix), a
   * space when `words` (a word start), anything else when `substrings`. Occurrences come in text order,
   * so the name they fall in is found by walking forward, and once a name has its best possible score
   * the scan goes on from the next name. Without substrings only prefixes and word starts can score, so
   * the scan looks for those directly rather than visiting every occurrence of a short query.
   */
  #scan(
    j: Joined,
    q: string,
    words: boolean,
    substrings: boolean,
    offer: (i: number, score: number) => void,
  ): void {
    const { text, starts } = j;
    const lines = starts.length - 1;
    const needles = substrings ? [q] : words ? [`\n${q}`, ` ${q}`] : [`\n${q}`];
    for (const needle of needles) {
      const shift = needle.length - q.length;
      let line = 0;
      for (let at = text.indexOf(needle); at >= 0; ) {
        const hit = at + shift;
        while (line + 1 < lines && (starts[line + 1] as number) < hit) line++;
        const start = starts[line] as number;
        const end = starts[line + 1] as number;
        const before = text.charCodeAt(hit - 1);
        let score = S_SUBSTRING;
        if (hit - 1 === start) score = text.slice(hit, end).trimEnd() === q ? S_EXACT : S_PREFIX;
        else if (words && before === SPACE) score = S_WORD_PREFIX;
        offer(line, score);
        // A later hit in the same name can only be a word start, and only matters when this was less.
        const next = score >= S_WORD_PREFIX || !words ? end : hit + 1;
        at = text.indexOf(needle, next);
      }
    }
  }
}
