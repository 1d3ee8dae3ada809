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

/** The bundle: each file's parsed JSON by its path in the data folder. */
export interface StartBundle {
  files: Record<string, unknown>;
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

/** The bundle's JSON for a built manifest; `read` gives a data file's parsed JSON (the manifest's is `manifest`). */
export function startBundleJson(manifest: Manifest, read: (file: string) => unknown): string {
  const files: Record<string, unknown> = {};
  for (const file of startFiles(manifest)) files[file] = file === 'atlas.json' ? manifest : read(file);
  return JSON.stringify({ files } satisfies StartBundle);
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
): (file: string) => Promise<unknown> {
  let bundle: Promise<Record<string, unknown>> | undefined;
  const files = () => {
    bundle ??= readBundle().then(
      (raw) => {
        const files = (raw as Partial<StartBundle> | null)?.files;
        if (typeof files === 'object' && files !== null && !Array.isArray(files)) return files;
        onMissing('is not a start bundle (no "files" object)');
        return {};
      },
      (e: unknown) => {
        onMissing((e as Error).message);
        return {};
      },
    );
    return bundle;
  };
  return async (file) => {
    const held = await files();
    return Object.hasOwn(held, file) ? held[file] : readFile(file);
  };
}
