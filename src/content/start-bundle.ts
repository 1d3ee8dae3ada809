/**
 * The start bundle: the build writes every file the app reads before its first view into one file
 * (`start.json`), and the built page asks for that one file instead of one request per file. On a phone
 * each request costs the main thread a few milliseconds twice (the page's preload, then the app's
 * fetch); fourteen of them were a measured part of the start (`npm run bench`, README). The files
 * themselves still ship: the presenter's notes window reads two of them, and they are what the app
 * falls back to when the bundle cannot be read.
 */
import type { Manifest } from './types';

/** The bundle's file name in the data folder. */
export const START_BUNDLE = 'start.json';

/**
 * The bundle: each file's parsed JSON by its path in the data folder, and the label point of each area
 * in them by feature id (content/label-points.ts), which the build works out once.
 */
export interface StartBundle {
  files: Record<string, unknown>;
  labels: Record<string, [number, number]>;
}

/**
 * The files the app reads before its first view, for a manifest as built: the manifest, the text,
 * links, story, the optional flows and documents, the context files and every layer the build did not
 * tile (hidden ones too: the map holds them as sources from the start).
 */
export function startFiles(
  manifest: Pick<Manifest, 'text' | 'links' | 'story' | 'context' | 'layers' | 'flows' | 'documents'>,
): string[] {
  const optional = [manifest.flows, manifest.documents].filter((f): f is string => !!f);
  return [
    ...new Set([
      'atlas.json',
      manifest.text,
      manifest.links,
      manifest.story,
      ...optional,
      ...manifest.context.map((c) => c.file),
      ...manifest.layers.filter((l) => !l.tiled).map((l) => l.file),
    ]),
  ];
}

/**
 * The bundle's JSON for a built manifest; `read` gives a data file's parsed JSON (the manifest's is
 * `manifest`) and `labels` the label points of the areas in the files (the build passes
 * `bundleLabelPoints`, kept out of this module so the browser's copy does not carry polylabel).
 */
export function startBundleJson(
  manifest: Manifest,
  read: (file: string) => unknown,
  labels: (files: unknown[]) => Record<string, [number, number]> = () => ({}),
): string {
  const files: Record<string, unknown> = {};
  for (const file of startFiles(manifest)) files[file] = file === 'atlas.json' ? manifest : read(file);
  return JSON.stringify({ files, labels: labels(Object.values(files)) } satisfies StartBundle);
}

/** A reader of the data folder (see `bundledReader`) and the bundle's label points, empty without it. */
export interface BundledReader {
  read(file: string): Promise<unknown>;
  labels(): Promise<unknown>;
}

/**
 * A reader of the data folder's files that takes what the bundle holds from it and reads anything else
 * from its own URL. When the bundle cannot be read (missing, not JSON, not a bundle) every file is read
 * from its own URL, so nothing is lost and a broken file is still named by its own name; `onMissing`
 * hears why, once.
 */
export function bundledReader(
  readBundle: () => Promise<unknown>,
  readFile: (file: string) => Promise<unknown>,
  onMissing: (reason: string) => void,
): BundledReader {
  let bundle: Promise<{ files: Record<string, unknown>; labels?: unknown }> | undefined;
  const held = () => {
    bundle ??= readBundle().then(
      (raw) => {
        const files = (raw as Partial<StartBundle> | null)?.files;
        if (typeof files === 'object' && files !== null && !Array.isArray(files))
          return { files, labels: (raw as Partial<StartBundle>).labels };
        onMissing('is not a start bundle (no "files" object)');
        return { files: {} };
      },
      (e: unknown) => {
        onMissing((e as Error).message);
        return { files: {} };
      },
    );
    return bundle;
  };
  return {
    async read(file) {
      const { files } = await held();
      return Object.hasOwn(files, file) ? files[file] : readFile(file);
    },
    async labels() {
      return (await held()).labels;
    },
  };
}

/** Areas' label points by feature id (content/label-points.ts works them out at build time). */
export type LabelPoints = ReadonlyMap<string, [number, number]>;

/**
 * The bundle's label points as the browser reads them: an entry that is not a pair of finite numbers
 * is left out (its area's point is then worked out in the browser), so a damaged bundle moves no label.
 */
export function labelPointsShape(raw: unknown): LabelPoints {
  const points = new Map<string, [number, number]>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return points;
  for (const [id, p] of Object.entries(raw)) {
    if (Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]))
      points.set(id, [p[0], p[1]]);
  }
  return points;
}
