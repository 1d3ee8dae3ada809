import { css } from 'lit';
import { borderBox, focusRingOnDark, visuallyHidden } from '../shared-styles';

// High contrast, large type: a caption read from the back of a room on a projector.
export const styles = [
  borderBox,
  focusRingOnDark,
  visuallyHidden,
  css`
  :host {
    position: absolute;
    inset: 0;
    z-index: 3;
    pointer-events: none;
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr) auto auto;
    grid-template-columns: minmax(0, 1fr);
    font: inherit;
    color: #ffffff;
  }
  .top,
  .tools,
  .legend,
  .caption,
  .nav,
  .keys,
  .preparing,
  dialog {
    pointer-events: auto;
    /* One column, explicit rows: the nav and the key hint share the bottom row. */
    grid-column: 1;
  }
  button {
    font: inherit;
    min-height: 40px;
    padding: 0.3rem 0.8rem;
    border-radius: 6px;
    border: 2px solid #ffffff;
    background: #111111;
    color: #ffffff;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: #333333;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  kbd {
    font: inherit;
    font-size: 0.8em;
    padding: 0 0.3em;
    border: 1px solid currentColor;
    border-radius: 3px;
  }
  .top {
    grid-row: 1;
    min-width: 0;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.5rem 0.75rem;
    background: rgb(17 17 17 / 0.94);
  }
  .progress {
    margin: 0;
    flex: none;
    font-size: 1.35rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .strip {
    flex: 1;
    min-width: 0;
    display: flex;
    gap: 0.4rem;
    margin: 0;
    padding: 0.2rem;
    list-style: none;
    overflow-x: auto;
    scrollbar-width: thin;
  }
  .strip button {
    white-space: nowrap;
    font-size: 0.9rem;
    border-color: #8a8a8a;
  }
  .strip button[aria-current='step'] {
    background: #ffd43b;
    border-color: #ffd43b;
    color: #111111;
    font-weight: 700;
  }
  .num {
    font-weight: 700;
    margin-right: 0.2em;
  }
  /* Only the current step is named (the others by number, their titles read out): the strip fits
     without cutting a title at its edge. On a phone even the current one is named by the caption. */
  .strip button:not([aria-current='step']) .title {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .strip button:not([aria-current='step']) .num {
    margin-right: 0;
  }
  .tools {
    grid-row: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-self: start;
    padding: 0.5rem 0.75rem 0;
  }
  .back {
    background: #ffd43b;
    border-color: #111111;
    color: #111111;
    font-weight: 700;
  }
  .back:hover:not(:disabled) {
    background: #ffe066;
  }
  .caption {
    grid-row: 4;
    margin: 0 auto 0.5rem;
    width: min(1100px, calc(100% - 1.5rem));
    padding: 1rem 1.5rem 1.2rem;
    border-radius: 10px;
    background: rgb(17 17 17 / 0.93);
    border-left: 8px solid #ffd43b;
  }
  .caption:focus-visible {
    outline-offset: -4px;
  }
  .caption h2 {
    margin: 0 0 0.3em;
    font-size: clamp(1.5rem, 3vw, 3rem);
    line-height: 1.2;
  }
  .caption p {
    margin: 0;
    font-size: clamp(1.15rem, 2vw, 2rem);
    line-height: 1.4;
  }
  .nav {
    grid-row: 5;
    align-self: end;
    display: flex;
    align-items: flex-end;
    justify-content: center;
    gap: 0.75rem;
    /* Clear of the map's attribution line along the bottom edge (two lines on a phone). */
    padding-bottom: 2.7rem;
  }
  .nav button {
    min-width: 8rem;
    font-size: 1.05rem;
  }
  .keys {
    grid-row: 5;
    justify-self: start;
    align-self: end;
    margin: 0 0 2.2rem 0.6rem;
    max-width: 30ch;
    padding: 0.3rem 0.6rem;
    border-radius: 6px;
    background: rgb(17 17 17 / 0.9);
    font-size: 0.8rem;
    line-height: 1.4;
  }
  /* The step's legend: light like a printed key, so the swatches read as they do on the map. */
  .legend {
    grid-row: 2 / 4;
    justify-self: end;
    align-self: start;
    /* Clear of the map's zoom and full-screen buttons at its right edge. */
    margin: 0.5rem 3.6rem 0.5rem 0;
    max-width: min(17rem, 45vw);
    max-height: 100%;
    overflow: auto;
    padding: 0.4rem 0.7rem 0.5rem;
    border-radius: 8px;
    background: rgb(255 255 255 / 0.94);
    color: #111111;
    font-size: 0.8rem;
    line-height: 1.3;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.3);
  }
  .legend summary {
    cursor: pointer;
    font-weight: 700;
    min-height: 24px;
    display: list-item;
  }
  .legend h3 {
    margin: 0.35rem 0 0.1rem;
    font-size: 0.78rem;
    color: #444444;
  }
  .legend ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .legend .swatch {
    flex: none;
  }
  .preparing {
    grid-row: 3;
    align-self: center;
    justify-self: center;
    padding: 0.8rem 1.2rem;
    border-radius: 8px;
    background: #111111;
    font-size: 1.2rem;
  }
  dialog {
    border: 3px solid #111111;
    border-radius: 10px;
    padding: 1.2rem 1.5rem;
    background: #ffffff;
    color: #111111;
    min-width: min(360px, 90vw);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog h2 {
    margin: 0 0 0.8rem;
    font-size: 1.3rem;
  }
  fieldset {
    border: 1px solid #767676;
    border-radius: 6px;
    margin: 0 0 0.8rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1.2rem;
  }
  fieldset label {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 32px;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  dialog button {
    background: #ffffff;
    color: #111111;
    border-color: #111111;
  }
  dialog button.primary {
    background: #111111;
    color: #ffffff;
  }
  @media (max-width: 700px) {
    .keys {
      display: none;
    }
    .tools {
      padding-right: 3.5rem;
    }
    .tools button {
      font-size: 0.85rem;
    }
    .caption {
      padding: 0.7rem 1rem;
    }
    .nav button {
      min-width: 6rem;
    }
    /* The strip shows numbers only (the caption names the step): no title cut at the edge. */
    .strip button {
      min-width: 2.1rem;
      padding: 0.2rem 0.5rem;
    }
    .strip .title {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .num {
      margin-right: 0;
    }
    .legend {
      grid-row: 3;
      justify-self: start;
      margin: 0.4rem 0 0 0.75rem;
      max-width: 70vw;
    }
    .legend:not([open]) {
      padding-bottom: 0.4rem;
    }
  }
`,
];
