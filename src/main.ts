// Registers the app's elements and mounts the atlas. Elements define themselves on import.
import '../styles/app.css';
import './ui/atlas-app/atlas-app';

// Offline after one visit. The worker (and the Workbox client that registers it) waits until the map
// has drawn: its precaching would compete with the first view. When a new version is deployed and
// waiting, the app offers to load it.
const app = document.querySelector('atlas-app');
void app?.firstIdle
  .then(async () => {
    const { registerServiceWorker } = await import('./pwa/register');
    const update = registerServiceWorker(() => app.offerUpdate(() => update(true)));
  })
  // Without the network the page works on; the worker registers on a later visit.
  .catch(() => {});
