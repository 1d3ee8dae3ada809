import { shareableUrl } from '../../content/public-url';
import type { Manifest } from '../../content/types';

/**
 * Copies the atlas's shareable link (the canonical public address with this view's hash) and says
 * whether the clipboard took it; the link itself is returned for a notice when it did not.
 */
async function copyShareLink(manifest: Manifest | undefined): Promise<{ copied: boolean; url: string }> {
  const url = manifest ? shareableUrl(manifest, location.href) : location.href;
  try {
    await navigator.clipboard.writeText(url);
    return { copied: true, url };
  } catch {
    return { copied: false, url };
  }
}

/**
 * The "copy link" button: the URL is written first (a debounced write may be pending), then copied;
 * `copied` shows the confirmation for a moment, `failed` says where the link is instead.
 */
export async function copyLinkButton(host: {
  flush(): void;
  manifest: Manifest | undefined;
  copied(on: boolean): void;
  failed(url: string): void;
}): Promise<void> {
  host.flush();
  const { copied, url } = await copyShareLink(host.manifest);
  // Without clipboard permission the link is still in the address bar; say where to find it.
  if (copied) host.copied(true);
  else host.failed(url);
  setTimeout(() => host.copied(false), 2500);
}
