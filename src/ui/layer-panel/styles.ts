import { css } from 'lit';
import { borderBox, controlBase, focusRing, panelHost, visuallyHidden } from '../shared-styles';

export const styles = [
  panelHost,
  borderBox,
  controlBase,
  focusRing,
  visuallyHidden,
  css`
  :host {
    font: inherit;
  }
  h3 {
    font-size: 1rem;
    margin: 1.1rem 0 0.4rem;
    padding-bottom: 0.2rem;
    border-bottom: 1px solid #d9d2c3;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  button {
    min-height: 32px;
    padding: 0.2rem 0.6rem;
    border: 1px solid #b9b09f;
    border-radius: 4px;
    background: #ffffff;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    background: transparent;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .undo {
    border-color: #9a3b24;
    color: #9a3b24;
  }
  fieldset.dim {
    margin: 0.6rem 0 0;
    padding: 0;
    border: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
    align-items: center;
  }
  fieldset.dim legend {
    float: left;
    padding: 0;
    margin-right: 0.25rem;
    color: #5b5346;
  }
  fieldset.dim label {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    cursor: pointer;
  }
  .layer {
    padding: 0.45rem 0;
    border-bottom: 1px solid #ece6d9;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.5rem;
  }
  .toggle {
    flex: 1 1 12rem;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    cursor: pointer;
    min-height: 32px;
  }
  .toggle input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    flex: none;
    accent-color: #9a3b24;
  }
  .layer.off .name {
    color: #5b5346;
  }
  .swatch,
  .swatch-space {
    flex: none;
    width: 28px;
    vertical-align: middle;
  }
  .tag,
  .badge {
    display: inline-block;
    font-size: 0.8rem;
    padding: 0 0.35rem;
    border-radius: 3px;
    white-space: nowrap;
  }
  .tag {
    background: #9a3b24;
    color: #ffffff;
  }
  .badge {
    border: 1px dashed #5b5346;
    color: #5b5346;
    cursor: help;
  }
  .only {
    font-size: 0.85rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0.2rem 0 0 calc(1.5rem + 28px);
  }
  .controls input[type='range'] {
    flex: 0 1 9rem;
    min-width: 6rem;
    accent-color: #9a3b24;
  }
  .hint,
  .note {
    font-size: 0.85rem;
    color: #5b5346;
    margin: 0;
  }
  .legend {
    margin: 0.25rem 0 0 calc(1.5rem + 28px);
    font-size: 0.85rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  details.legend summary {
    cursor: pointer;
    color: #5b5346;
  }
  .features ul {
    margin: 0.25rem 0 0.5rem;
  }
  .feature-group summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  .count {
    font-weight: normal;
    color: #5b5346;
  }
  .feature {
    width: 100%;
    text-align: left;
    border: 0;
    border-radius: 3px;
    background: transparent;
    padding: 0.2rem 0.5rem;
  }
  .feature[aria-current='true'] {
    background: #f3e4dc;
    box-shadow: inset 3px 0 0 #9a3b24;
    font-weight: 600;
  }
  @media (max-width: 700px) {
    button,
    .toggle,
    .feature,
    fieldset.dim label {
      min-height: 44px;
    }
    .controls input[type='range'] {
      min-height: 44px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      scroll-behavior: auto;
    }
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`,
];
