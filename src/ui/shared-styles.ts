import { css } from 'lit';

/*
 * Style fragments the elements share. Compose them before an element's own sheet
 * (`static styles = [borderBox, focusRing, own]`), so the element's own rules still come last.
 */

/** Every element in the shadow root sizes its border box. */
export const borderBox = css`
  * {
    box-sizing: border-box;
  }
`;

/** The host of a side-panel tab: fills and scrolls the panel, on the paper background. */
export const panelHost = css`
  :host {
    display: block;
    overflow: auto;
    height: 100%;
    box-sizing: border-box;
    padding: 0.75rem 1rem 1.5rem;
    color: #2a251d;
    background: #fbfaf6;
    line-height: 1.45;
  }
`;

/** Form controls of a side panel take the panel's type and ink; buttons warm up under the pointer. */
export const controlBase = css`
  button,
  input,
  summary {
    font: inherit;
    color: inherit;
  }
  button:hover {
    background: #f1ede3;
  }
`;

/** Buttons styled by their own classes: the text's type and ink, a thin focus ring (cards, toolbars). */
export const plainButton = css`
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid #1a5fb4;
    outline-offset: 2px;
  }
`;

/** The keyboard focus ring on a light background. */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid #1a5fb4;
    outline-offset: 2px;
  }
`;

/** The keyboard focus ring on the presenter's dark backgrounds. */
export const focusRingOnDark = css`
  :focus-visible {
    outline: 4px solid #ffd43b;
    outline-offset: 2px;
  }
`;

/** `.vh`: read by screen readers, not shown. */
export const visuallyHidden = css`
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
