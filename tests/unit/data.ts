/** Reading JSON and GeoJSON files (the real atlas in data/, or test fixtures) in the unit tests. */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';

/** Parses a JSON file, typed as the caller says it is (no validation). */
export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Parses a GeoJSON FeatureCollection file, typed as the caller says it is (no validation). */
export function readCollection<C extends { features: unknown[] } = FeatureCollection>(path: string): C {
  return readJson<C>(path);
}
