/**
 * The language and title of the app's HTML pages, from the manifest: the build (a Vite plugin in
 * vite.config.ts) runs every page through `pageHtml`, so index.html and notes.html name no district.
 */
import type { Manifest } from './types';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Which page is transformed: the app, or the presenter's notes window. */
export type Page = 'app' | 'notes';

/** The page's HTML with `<html lang>`, `<title>` and the description set from the manifest. */
export function pageHtml(html: string, manifest: Pick<Manifest, 'lang' | 'title'>, page: Page): string {
  const { zh, en } = manifest.title;
  const title = page === 'notes' ? `演讲者备注 · Speaker notes · ${zh}` : zh;
  return html
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(manifest.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*"/, `$1${escapeHtml(`${zh} · ${en}`)}"`);
}
