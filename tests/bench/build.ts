/**
 * Builds the app and the baseline page into the benchmark's own folders: the pages runs with Vite's JS
 * API on data/, the scale runs with the real `vite build` on a generated data folder (ATLAS_DATA).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Manifest } from '../../src/content/types';

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

export interface AppBuild {
  dir: string;
  /** Wall time of `vite build`, from start to exit. */
  seconds: number;
  /** The projects layer's archive, index and columns, when the build tiled it. */
  tiledMb?: { archive: number; index: number; props: number };
}

/**
 * Runs `vite build` as `npm run build` does (without its check of data/, which a synthetic folder would
 * not pass: its projects cite no documents), with ATLAS_DATA set to the data folder. In a process of its
 * own so the time is the command's and the memory of a million features is freed when it exits.
 */
export async function buildApp(dataDir: string, outDir: string): Promise<AppBuild> {
  const started = performance.now();
  await new Promise<void>((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: ROOT, env: { ...process.env, ATLAS_DATA: dataDir }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build exited with ${code}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  const manifest = JSON.parse(readFileSync(join(outDir, 'data/atlas.json'), 'utf8')) as Manifest;
  const tiled = manifest.layers.find((l) => l.id === 'projects')?.tiled;
  if (!tiled) return { dir: outDir, seconds };
  const mb = (path: string) => statSync(join(outDir, 'data', path)).size / 1e6;
  return {
    dir: outDir,
    seconds,
    tiledMb: { archive: mb(tiled.archive), index: mb(tiled.index), props: mb(tiled.props) },
  };
}

/** A copy of the baseline page with the data of an app build, so both pages read the same files. */
export function baselineWith(baseline: string, app: string, target: string): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(baseline, target, { recursive: true, filter: (src) => src !== join(baseline, 'data') });
  cpSync(join(app, 'data'), join(target, 'data'), { recursive: true });
  return target;
}
