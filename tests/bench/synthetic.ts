/** Synthetic projects for the scale and search benchmarks: valid atlas features at random positions. */
import { seededRandom } from '../support/random';

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

/** A projects layer of n points that passes the app's run-time validation (unique ids and names). */
export function syntheticProjects(n: number, box: Box): object {
  return {
    type: 'FeatureCollection',
    features: randomPoints(n, box, 7).map((p, i) => ({
      type: 'Feature',
      id: `synthetic-project-${i}`,
      properties: {
        name_zh: `示例项目${i}`,
        name_en: `Synthetic project ${i}`,
        kind: 'project',
        category: CATEGORIES[i % CATEGORIES.length],
        measures: [2 + (i % 6)],
        status: STATUSES[i % STATUSES.length],
        source: 'synthetic benchmark data',
        accuracy: 'approximate',
      },
      geometry: { type: 'Point', coordinates: [round(p.lng), round(p.lat)] },
    })),
  };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
