/**
 * Pinyin readings of place names, made at build time (the Vite plugin writes them to
 * `data/pinyin.json`) and in the tests. pinyin-pro's dictionary is ~150 KB gzip: computing the readings
 * ahead keeps it out of the browser, which then only compares strings.
 */
import { pinyin } from 'pinyin-pro';

/** Where the build writes the readings of every feature name, beside atlas.json. */
export const PINYIN_FILE = 'pinyin.json';

/** One syllable of a name (or a run of latin and digits), as pinyin-pro reads it. */
export interface Reading {
  pinyin: string;
  first: string;
  origin: string;
  isZh: boolean;
}

/** The readings of one name: a single pinyin-pro call gives syllables and initials together. */
export function readingsOf(zh: string): Reading[] {
  return pinyin(zh, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true }).map((d) => ({
    pinyin: d.pinyin,
    first: d.first,
    origin: d.origin,
    isZh: d.isZh,
  }));
}

/**
 * The readings of every name, compactly: one syllable per distinct Han character, and for the few names
 * where pinyin-pro reads a character otherwise in context (重庆 chong, not zhong), that name's syllables.
 * It grows with the characters used, not with the names, so 100,000 names cost little more than 300.
 */
export interface ReadingTable {
  chars: Record<string, string>;
  names: Record<string, string>;
}

const HAN = /\p{Script=Han}/u;

/** A name cut as pinyin-pro reads it: each Han character alone, every other run of characters whole. */
function tokens(zh: string): string[] {
  return zh.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? [];
}

export function readingTable(names: Iterable<string>): ReadingTable {
  const table: ReadingTable = { chars: {}, names: {} };
  const seen = new Set<string>();
  for (const name of names) {
    const zh = name.trim();
    if (!zh || seen.has(zh)) continue;
    seen.add(zh);
    const syllables = readingsOf(zh)
      .filter((r) => r.isZh)
      .map((r) => r.pinyin);
    const han = tokens(zh).filter((t) => HAN.test(t));
    for (const c of han) table.chars[c] ??= readingsOf(c)[0]?.pinyin ?? '';
    if (han.some((c, i) => table.chars[c] !== syllables[i])) table.names[zh] = syllables.join(' ');
  }
  return table;
}

/**
 * The readings of a name from a compact table: what `readingsOf` gives at build time. One walk over the
 * name's code points (a million names are read when a large layer is first searched by pinyin): a
 * character is Han when the table reads it, or, below the Han blocks' start, certainly not.
 */
export function readingsFrom(table: ReadingTable, zh: string): Reading[] {
  const name = zh.trim();
  const own = table.names[name]?.split(' ');
  const out: Reading[] = [];
  let i = 0;
  let run = '';
  for (const c of name) {
    const known = table.chars[c];
    if (known === undefined && (c < '\u2e80' || !HAN.test(c))) {
      run += c;
      continue;
    }
    if (run) out.push({ pinyin: '', first: run, origin: run, isZh: false });
    run = '';
    const pinyin = own?.[i] ?? known ?? '';
    i += 1;
    out.push({ pinyin, first: pinyin.slice(0, 1), origin: c, isZh: true });
  }
  if (run) out.push({ pinyin: '', first: run, origin: run, isZh: false });
  return out;
}
