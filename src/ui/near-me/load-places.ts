import type { Content } from '../../content/load';
import { PINYIN_FILE, type ReadingTable, readingsFrom } from '../../nearby/pinyin-readings';
import type { Places } from './places';

const cache = new WeakMap<Content, Promise<Places>>();

/**
 * The search structures of the content, built on first use and kept for the life of the content: a
 * visitor who never opens "near me" never downloads the readings nor builds the index. Without the
 * readings file (a build that skipped it) the search still finds Chinese and English names.
 */
export function loadPlaces(content: Content): Promise<Places> {
  let places = cache.get(content);
  if (!places) {
    // Tiled layers' indexes are fetched after the first view (or now, if the search is used before);
    // one that failed is searched as empty (the app has said so).
    const tiled = Promise.all(content.layers.map((l) => l.tiled?.load().catch(() => {})));
    places = Promise.all([import('./places'), fetchReadings(content.base), tiled]).then(([m, table]) =>
      m.buildPlaces(content, (zh) => readingsFrom(table, zh)),
    );
    cache.set(content, places);
  }
  return places;
}

const EMPTY: ReadingTable = { chars: {}, names: {} };

async function fetchReadings(base: URL): Promise<ReadingTable> {
  try {
    const response = await fetch(new URL(PINYIN_FILE, base));
    return response.ok ? ((await response.json()) as ReadingTable) : EMPTY;
  } catch {
    return EMPTY;
  }
}
