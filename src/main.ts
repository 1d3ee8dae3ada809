// Registers the app's elements and mounts the atlas. Elements define themselves on import.
import '../styles/app.css';
import './ui/atlas-app/atlas-app';
import { registerServiceWorker } from './pwa/register';

// Offline after one visit. When a new version is deployed and waiting, the app offers to load it.
const update = registerServiceWorker(() =>
  document.querySelector('atlas-app')?.offerUpdate(() => update(true)),
);
