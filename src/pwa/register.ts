/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that keeps the atlas working offline (once the page has loaded, so it
 * never competes with the first content). `onNeedRefresh` is called when a new version is deployed and
 * waiting; the returned function activates it and reloads the page (the app's prompt calls it).
 */
export function registerServiceWorker(onNeedRefresh: () => void): (reloadPage?: boolean) => Promise<void> {
  if (!('serviceWorker' in navigator)) return async () => undefined;
  return registerSW({ onNeedRefresh });
}
