import type { Manifest } from './types';

// Replaced at build time from the environment variable ATLAS_PUBLIC_URL (vite.config.ts `define`).
declare const __ATLAS_PUBLIC_URL__: string | undefined;

/** The build's override of the manifest's public URL, or ''. */
function buildPublicUrl(): string {
  return typeof __ATLAS_PUBLIC_URL__ === 'string' ? __ATLAS_PUBLIC_URL__.trim() : '';
}

/**
 * Where the audience opens the atlas: the build's ATLAS_PUBLIC_URL, else the manifest's `publicUrl`,
 * else '' (then links name the address the app was opened from).
 */
export function publicUrl(manifest: Pick<Manifest, 'publicUrl'>): string {
  return buildPublicUrl() || manifest.publicUrl?.trim() || '';
}

/**
 * The address to share for the page at `pageUrl`: its query and hash on the public URL when one is
 * set (a rehearsal on 127.0.0.1 still prints links the audience can open), else the page's own.
 */
export function shareableUrl(manifest: Pick<Manifest, 'publicUrl'>, pageUrl: string): string {
  const base = publicUrl(manifest);
  if (!base) return pageUrl;
  const page = new URL(pageUrl);
  const url = new URL(base);
  if (page.search) url.search = page.search;
  url.hash = page.hash;
  return url.href;
}
