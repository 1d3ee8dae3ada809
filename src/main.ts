// Registers the app's elements and mounts the atlas. Elements define themselves on import.
import '../styles/app.css';
import './ui/atlas-app/atlas-app';
import { registerServiceWorker } from './pwa/register';

registerServiceWorker(() => undefined); // offline after one visit; the new-version prompt is the app's
