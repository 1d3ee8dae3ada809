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

/** Readings of every distinct name, keyed by the name as written (trimmed). */
export function readingTable(names: Iterable<string>): Record<string, Reading[]> {
  const table: Record<string, Reading[]> = {};
  for (const name of names) {
    const zh = name.trim();
    if (zh && !(zh in table)) table[zh] = readingsOf(zh);
  }
  return table;
}
