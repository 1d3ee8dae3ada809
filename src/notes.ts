// The speaker notes window (notes.html): it follows and drives the main window's presenter mode.
import '../styles/notes.css';
import './ui/presenter-notes/presenter-notes';
