import type { Content } from '../../content/load';
import type { Places } from './places';

const cache = new WeakMap<Content, Promise<Places>>();

/**
 * The search structures of the content, built on first use and kept for the life of the content: a
 * visitor who never opens "near me" never downloads pinyin-pro nor builds the index.
 */
export function loadPlaces(content: Content): Promise<Places> {
  let places = cache.get(content);
  if (!places) {
    places = import('./places').then((m) => m.buildPlaces(content));
    cache.set(content, places);
  }
  return places;
}
