/** Synthetic projects for the scale and search benchmarks: valid atlas features at random positions. */
import { closeSync, cpSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../src/content/types';
import { seededRandom } from '../support/random';

/** The Chinese name of synthetic project i (the bench searches for it). */
export function syntheticName(i: number): string {
  return `示例项目${i}`;
}

export type Box = [number, number, number, number];

/** Shenzhen's land area, roughly: where the radius-search benchmark spreads its points. */
export const SHENZHEN_BOX: Box = [113.75, 22.45, 114.62, 22.86];

export function randomPoints(n: number, box: Box, seed = 1): { id: string; lng: number; lat: number }[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `p-${i}`,
    lng: box[0] + random() * (box[2] - box[0]),
    lat: box[1] + random() * (box[3] - box[1]),
  }));
}

const CATEGORIES = ['renewal', 'industry', 'transport', 'education', 'health', 'care', 'culture', 'park'];
const STATUSES = ['listed', 'plan-approved', 'under-construction', 'completed'];

/** Project i at a position: passes the app's run-time checks (unique ids and names). */
function syntheticProject(i: number, lng: number, lat: number): object {
  return {
    type: 'Feature',
    id: `synthetic-project-${i}`,
    properties: {
      name_zh: syntheticName(i),
      name_en: `Synthetic project ${i}`,
      kind: 'project',
      category: CATEGORIES[i % CATEGORIES.length],
      measures: [2 + (i % 6)],
      status: STATUSES[i % STATUSES.length],
      source: 'synthetic benchmark data',
      accuracy: 'approximate',
    },
    geometry: { type: 'Point', coordinates: [round(lng), round(lat)] },
  };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * A data folder for the build: a copy of data/ (without the build inputs, sources/ and records/, which
 * the app's build never reads) whose projects layer is n synthetic projects over the focus area. The
 * file is written a slice at a time: a million projects are some 300 MB of JSON.
 */
export function syntheticDataDir(dataDir: string, target: string, manifest: Manifest, n: number): string {
  const file = manifest.layers.find((l) => l.id === 'projects')?.file;
  if (!file) throw new Error('the manifest has no "projects" layer');
  rmSync(target, { recursive: true, force: true });
  const inputs = new Set([join(dataDir, 'sources'), join(dataDir, 'records')]);
  cpSync(dataDir, target, { recursive: true, filter: (src) => !inputs.has(src) });
  const points = randomPoints(n, manifest.focus.bounds, 7);
  const fd = openSync(join(target, file), 'w');
  try {
    writeSync(fd, '{"type":"FeatureCollection","features":[\n');
    for (let start = 0; start < n; start += 10_000) {
      const slice = points.slice(start, start + 10_000).map((p, k) => {
        const i = start + k;
        return `${i ? ',' : ''}${JSON.stringify(syntheticProject(i, p.lng, p.lat))}\n`;
      });
      writeSync(fd, slice.join(''));
    }
    writeSync(fd, ']}\n');
  } finally {
    closeSync(fd);
  }
  return target;
}
