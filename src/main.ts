// Registers the app's elements and mounts the atlas. Elements define themselves on import.
import '../styles/app.css';
import './ui/atlas-app/atlas-app';
