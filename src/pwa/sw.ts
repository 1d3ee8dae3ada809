// The service worker: after one visit the atlas opens and works with no network. It precaches the app
// shell, the content and the basemap archive (the list is injected at build time), answers the
// basemap's range requests from that cache, and waits to take over until the page says so (the app
// prompts when a new version is deployed).
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { registerRoute } from 'workbox-routing';

/** The parts of the service worker scope used here (the DOM library has no worker types). */
interface WorkerScope {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
}

declare const self: WorkerScope;

// PMTiles readers ask for byte ranges of the basemap archive; the precache holds whole files, so cut
// the range from the cached file (workbox-range-requests, as its RangeRequestsPlugin does). Registered
// before the precache route, which would answer a range request with the whole file.
registerRoute(
  ({ request }) => request.headers.has('range'),
  async ({ request }) => {
    const cached = await matchPrecache(new URL(request.url).pathname);
    return cached ? createPartialResponse(request, cached) : fetch(request);
  },
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first version controls the page that installed it; later ones wait for the prompt's answer.
clientsClaim();

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
