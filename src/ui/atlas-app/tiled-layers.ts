/**
 * The shell's part in tiled layers (src/content/tiled-index.ts): their indexes and property columns
 * arrive after the first view, and what waits for them is said here.
 */
import type { Content, LoadFailure } from '../../content/load';

/**
 * A link that selects a feature waits for the tiled layers' indexes, so a selected feature of such a
 * layer is known when the link is read; any other start does not wait.
 */
export async function indexesForLink(content: Content, hash: string): Promise<void> {
  const tiled = content.layers.flatMap((l) => (l.tiled ? [l.tiled] : []));
  if (tiled.length && new URLSearchParams(hash.slice(1)).has('sel'))
    await Promise.all(tiled.map((t) => t.load().catch(() => {})));
}

/** Fetches the tiled layers' indexes: after the first view, so their parsing does not delay it. */
export function loadIndexes(content: Content): void {
  for (const { tiled } of content.layers) void tiled?.load().catch(() => {});
}

/** Calls `failed` for each tiled layer whose index could not be read, naming its file. */
export function onIndexFailure(content: Content, failed: (failure: LoadFailure) => void): void {
  for (const { def, tiled } of content.layers)
    tiled?.ready.catch((e: Error) =>
      failed({ file: def.tiled?.index ?? def.file, layer: def.id, message: e.message }),
    );
}

/**
 * A selected feature of a tiled layer (a link's `sel=`, a search) has only its names until the layer's
 * property columns arrive; `arrived` runs when they have, so the inspector can show the rest.
 */
export function propsFor(content: Content, id: string | null, arrived: () => void): void {
  const tiled = id ? content.layers.find((l) => l.tiled?.position(id) !== undefined)?.tiled : undefined;
  if (tiled && !tiled.propsLoaded) tiled.loadProps().then(arrived, () => {});
}
