/**
 * The language and title of the app's HTML pages, from the manifest: the build (a Vite plugin in
 * vite.config.ts) runs every page through `pageHtml`, so index.html and notes.html name no district.
 */
import { startFiles } from './start-bundle';
import type { Manifest } from './types';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Which page is transformed: the app, or the presenter's notes window. */
export type Page = 'app' | 'notes';

/** Where the app page's `<atlas-app data-url>` reads its content from. */
const DATA_URL = /<atlas-app[^>]*\sdata-url="([^"]*)"/;

/**
 * The files the first view waits for: the manifest, the text, the context files and the layers shown
 * on a first visit. The page asks for them at once, beside the scripts, instead of after the app's
 * script has run and read the manifest (the map starts that much sooner; `npm run bench`). Layers a
 * first visit does not show, and a layer the build cut into tiles, are fetched by the app itself.
 */
export function firstViewFiles(
  manifest: Pick<Manifest, 'text' | 'links' | 'story' | 'context' | 'layers' | 'flows' | 'documents'>,
): string[] {
  // What the start bundle holds (never a tiled layer's file), less the layers a first visit does not show.
  return startFiles({ ...manifest, layers: manifest.layers.filter((l) => l.visible) });
}

/**
 * The page's HTML with `<html lang>`, `<title>` and the description set from the manifest, and the app
 * page's first requests. `start`: the build's start bundle (./start-bundle.ts): the page then asks for
 * it alone and tells the app to read it; without one (the dev server, which tiles nothing) it asks for
 * the first view's files one by one.
 */
export function pageHtml(
  html: string,
  manifest: Manifest,
  page: Page,
  { start }: { start?: string } = {},
): string {
  const { zh, en } = manifest.title;
  const title = page === 'notes' ? `演讲者备注 · Speaker notes · ${zh}` : zh;
  const dataUrl = page === 'app' ? DATA_URL.exec(html)?.[1] : undefined;
  // `crossorigin` makes the preload's request the same as the app's fetch(), so the browser reuses it.
  const preloads =
    dataUrl === undefined
      ? ''
      : (start ? [start] : firstViewFiles(manifest))
          .map((f) => `<link rel="preload" as="fetch" crossorigin href="${escapeHtml(dataUrl + f)}" />`)
          .join('\n    ');
  const withStart =
    dataUrl !== undefined && start
      ? html.replace(/<atlas-app /, `<atlas-app data-start="${escapeHtml(start)}" `)
      : html;
  return withStart
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(manifest.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*"/, `$1${escapeHtml(`${zh} · ${en}`)}"`)
    .replace(/<\/title>/, preloads ? `</title>\n    ${preloads}` : '</title>');
}
