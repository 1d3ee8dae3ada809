import { shareableUrl } from '../../content/public-url';
import type { Manifest } from '../../content/types';

/**
 * Copies the atlas's shareable link (the canonical public address with this view's hash) and says
 * whether the clipboard took it; the link itself is returned for a notice when it did not.
 */
export async function copyShareLink(
  manifest: Manifest | undefined,
): Promise<{ copied: boolean; url: string }> {
  const url = manifest ? shareableUrl(manifest, location.href) : location.href;
  try {
    await navigator.clipboard.writeText(url);
    return { copied: true, url };
  } catch {
    return { copied: false, url };
  }
}
