/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that keeps the atlas working offline (main.ts calls it once the map has
 * first drawn, and imports this module, with the Workbox client, only then: neither competes with the
 * first view). `onNeedRefresh` is called when a new version is deployed and waiting; the returned
 * function activates it and reloads the page (the app's prompt calls it).
 */
export function registerServiceWorker(onNeedRefresh: () => void): (reloadPage?: boolean) => Promise<void> {
  if (!('serviceWorker' in navigator)) return async () => undefined;
  return registerSW({ onNeedRefresh });
}
