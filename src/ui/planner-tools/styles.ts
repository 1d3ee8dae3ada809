import { css } from 'lit';
import { borderBox, plainButton, visuallyHidden } from '../shared-styles';

/**
 * Styles of <planner-tools>: a compact vertical toolbar under MapLibre's controls (same 29 px column,
 * white group, soft ring), with the tool's panel opening to its left.
 */
export const plannerStyles = [
  borderBox,
  plainButton,
  visuallyHidden,
  css`
  :host {
    position: absolute;
    top: 150px;
    right: 10px;
    bottom: 10px;
    z-index: 3;
    display: flex;
    flex-direction: row-reverse;
    align-items: flex-start;
    gap: 8px;
    /* The host spans the map's height; only the toolbar and panels take pointer events. */
    pointer-events: none;
    color: #2a251d;
    line-height: 1.5;
    font-size: 0.92rem;
  }
  .toolbar,
  .panel {
    pointer-events: auto;
  }
  .toolbar {
    display: flex;
    flex-direction: column;
    background: #fff;
    border-radius: 4px;
    box-shadow: 0 0 0 2px rgb(0 0 0 / 0.1);
  }
  .tool {
    display: grid;
    place-items: center;
    width: 29px;
    height: 29px;
    padding: 0;
    border: 0;
    background: transparent;
  }
  .tool + .tool {
    border-top: 1px solid #ddd;
  }
  .tool:hover {
    background: rgb(0 0 0 / 0.05);
  }
  .tool:first-child {
    border-radius: 4px 4px 0 0;
  }
  .tool:last-child {
    border-radius: 0 0 4px 4px;
  }
  .tool[aria-pressed='true'],
  .tool[aria-expanded='true'] {
    background: #1a5fb4;
    color: #fff;
  }
  svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .panels {
    display: flex;
    flex-direction: column;
    gap: 8px;
    max-height: 100%;
    min-height: 0;
  }
  .panel {
    width: min(300px, calc(100vw - 72px));
    /* Shrinks within .panels (as tall as the map allows) and scrolls inside itself. */
    flex: 0 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    background: #fbfaf6;
    border: 1px solid #d9d2c3;
    border-radius: 8px;
    box-shadow: 0 2px 10px rgb(42 37 29 / 0.14);
    padding: 10px 12px 12px;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  h2 {
    margin: 0;
    font-size: 1rem;
  }
  p {
    margin: 6px 0;
  }
  .close {
    width: 32px;
    height: 32px;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    font-size: 1.3rem;
    line-height: 1;
  }
  .close:hover {
    border-color: #d9d2c3;
    background: #f1ede3;
  }
  .switch {
    display: inline-flex;
    margin-top: 8px;
    border: 1px solid #8c8171;
    border-radius: 6px;
    overflow: hidden;
  }
  .switch button {
    border: 0;
    background: #fff;
    min-height: 32px;
    padding: 2px 14px;
  }
  .switch button + button {
    border-inline-start: 1px solid #8c8171;
  }
  .switch button[aria-pressed='true'] {
    background: #7a3e00;
    color: #fff;
  }
  .readout {
    font-size: 1.05rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .hint,
  .coords {
    color: #5b5346;
    font-size: 0.88rem;
  }
  .warn {
    color: #8a1c1c;
    font-weight: 600;
  }
  .actions {
    display: flex;
    gap: 6px;
  }
  .actions button,
  .menu button {
    min-height: 32px;
    border: 1px solid #b9b0a0;
    border-radius: 6px;
    background: #fff;
    padding: 2px 10px;
  }
  .actions button:disabled {
    cursor: default;
    color: #6b6357;
    background: #f1ede3;
  }
  .menu {
    list-style: none;
    margin: 0;
    display: grid;
    gap: 6px;
  }
  .menu button {
    width: 100%;
    text-align: start;
  }
  .actions button:not(:disabled):hover,
  .menu button:hover {
    border-color: #1a5fb4;
  }
  dl.facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 6px 10px;
    margin: 8px 0 0;
  }
  dt {
    color: #5b5346;
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  .list,
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .link {
    /* A link in a line of text, yet a target of at least 24 px (44 px on a phone, below). */
    min-height: 24px;
    border: 0;
    padding: 0;
    background: none;
    color: #1a5fb4;
    text-decoration: underline;
    text-align: start;
  }
  .chip {
    border: 1px solid #9a3b24;
    border-radius: 14px;
    background: #fbfaf6;
    color: #9a3b24;
    padding: 1px 9px;
    text-align: start;
  }
  .chip:hover {
    background: #f6ebe4;
  }
  .hint.narrow {
    display: none;
  }
  @media (max-width: 700px) {
    /* A short hint on a phone, so the panel leaves the map free for the taps it asks for. */
    .hint.wide {
      display: none;
    }
    .hint.narrow {
      display: block;
    }
    /* The phone's bottom sheet covers the lower map: panels open at the top, the toolbar stays put. */
    :host {
      top: 10px;
    }
    /* Below MapLibre's buttons, which are 44 px on a phone too (styles/app.css). */
    .toolbar {
      margin-top: 196px;
    }
    .panels {
      max-height: 38dvh;
    }
    .tool {
      width: 44px;
      height: 44px;
    }
    .close,
    .switch button,
    .actions button,
    .menu button,
    .chip,
    .link {
      min-height: 44px;
    }
  }
`,
];
