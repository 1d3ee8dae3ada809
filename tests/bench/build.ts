/** Builds the app and the baseline page with Vite's JS API into the benchmark's own folders. */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Manifest } from '../../src/content/types';
import { syntheticProjects } from './synthetic';

export interface Builds {
  app: string;
  baseline: string;
}

const ROOT = resolve(import.meta.dirname, '../..');

export async function buildPages(workDir: string): Promise<Builds> {
  const app = join(workDir, 'app');
  const baseline = join(workDir, 'baseline');
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: app, emptyOutDir: true, sourcemap: false },
  });
  await build({
    root: join(ROOT, 'tests/bench/baseline'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: baseline, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  });
  // The baseline reads the very same data files as the app.
  cpSync(join(app, 'data'), join(baseline, 'data'), { recursive: true });
  return { app, baseline };
}

/**
 * Copies a build and replaces its projects layer with n synthetic projects spread over the
 * atlas's focus area, for the scale runs.
 */
export function withSyntheticProjects(dist: string, target: string, manifest: Manifest, n: number): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(dist, target, { recursive: true });
  const file = manifest.layers.find((l) => l.id === 'projects')?.file;
  if (!file) throw new Error('the manifest has no "projects" layer');
  writeFileSync(join(target, 'data', file), JSON.stringify(syntheticProjects(n, manifest.focus.bounds)));
  return target;
}
