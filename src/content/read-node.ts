import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadJson } from './validate-atlas';

/** A ReadJson over a folder on disk, for the build, the data check and the unit tests (Node only). */
export function readDataDir(dir: string): ReadJson {
  return (path) => JSON.parse(readFileSync(join(dir, path), 'utf8'));
}
