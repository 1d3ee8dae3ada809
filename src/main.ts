// Registers the app's elements and mounts the atlas. Elements define themselves on import.
import '../styles/app.css';
import './ui/atlas-app/atlas-app';

// Offline after one visit. The worker (and the Workbox client that registers it) waits until the map
// has drawn and then been still for a while: its precaching downloads and stores the whole app, which
// would compete with the first view, and with the frames of a first pan. When a new version is deployed
// and waiting, the app offers to load it.
const WORKER_SETTLE_MS = 2000;
const app = document.querySelector('atlas-app');
app?.whenQuiet(() => {
  import('./pwa/register')
    .then(({ registerServiceWorker }) => {
      const update = registerServiceWorker(() => app.offerUpdate(() => update(true)));
    })
    // Without the network the page works on; the worker registers on a later visit.
    .catch(() => {});
}, WORKER_SETTLE_MS);
