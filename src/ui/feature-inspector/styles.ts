import { css } from 'lit';
import { borderBox, plainButton } from '../shared-styles';

/** Styles of <feature-inspector>: a calm card that scrolls inside itself. */
export const inspectorStyles = [
  borderBox,
  plainButton,
  css`
  :host {
    display: block;
    box-sizing: border-box;
    width: 100%;
    max-width: 400px;
    color: #2a251d;
    line-height: 1.55;
  }
  :host([hidden]) {
    display: none;
  }
  .card {
    background: #fbfaf6;
    border: 1px solid #d9d2c3;
    border-radius: 8px;
    box-shadow: 0 2px 10px rgb(42 37 29 / 0.12);
    max-height: var(--inspector-max-height, min(72vh, 720px));
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 14px 16px 16px;
  }
  header {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 8px;
    align-items: start;
  }
  h2 {
    margin: 0;
    font-size: 1.2rem;
    line-height: 1.35;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid #1a5fb4;
    outline-offset: 2px;
  }
  .other-name {
    grid-column: 1;
    margin: 2px 0 0;
    color: #5b5346;
  }
  h3 {
    margin: 16px 0 6px;
    font-size: 0.95rem;
  }
  p {
    margin: 0 0 8px;
  }
  .close {
    grid-column: 2;
    grid-row: 1 / span 2;
    width: 36px;
    height: 36px;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    font-size: 1.4rem;
    line-height: 1;
  }
  .close:hover {
    border-color: #d9d2c3;
    background: #f1ede3;
  }
  dl.facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 4px 12px;
    margin: 12px 0 0;
  }
  dt {
    color: #5b5346;
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  .chips,
  .lines,
  .mentions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .chip {
    border: 1px solid #9a3b24;
    border-radius: 14px;
    background: #fbfaf6;
    color: #9a3b24;
    padding: 2px 10px;
    text-align: start;
  }
  .chip:hover {
    background: #f6ebe4;
  }
  .lines li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    flex: none;
    width: 14px;
    height: 14px;
    border-radius: 3px;
    border: 1px solid rgb(42 37 29 / 0.35);
  }
  .note {
    margin: 12px 0 0;
    padding: 8px 10px;
    border: 1px solid #d9d2c3;
    border-inline-start: 4px solid #9a3b24;
    border-radius: 4px;
    background: #f6efe4;
    font-weight: 600;
  }
  .description {
    margin-top: 12px;
  }
  .source {
    overflow-wrap: anywhere;
    font-size: 0.92rem;
  }
  .explanation {
    color: #5b5346;
    font-size: 0.92rem;
  }
  h4 {
    margin: 10px 0 4px;
    font-size: 0.92rem;
  }
  .sources,
  .history {
    margin: 0;
    padding-inline-start: 1.2em;
    display: grid;
    gap: 6px;
    font-size: 0.92rem;
    overflow-wrap: anywhere;
  }
  .sources a,
  .history a {
    color: #7a2e1c;
  }
  .publisher,
  .raw {
    display: block;
    color: #5b5346;
    font-size: 0.85rem;
  }
  .history time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .mentions {
    display: grid;
    gap: 4px;
  }
  .mention {
    width: 100%;
    border: 1px solid #d9d2c3;
    border-radius: 6px;
    background: #fff;
    padding: 6px 10px;
    text-align: start;
  }
  .mention:hover {
    border-color: #9a3b24;
  }
  .empty {
    color: #5b5346;
  }
  @media (max-width: 700px) {
    :host {
      max-width: none;
    }
    .close {
      width: 44px;
      height: 44px;
    }
    .chip,
    .mention {
      min-height: 44px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .card {
      scroll-behavior: auto;
    }
  }
`,
];
