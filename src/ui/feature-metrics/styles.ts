import { css } from 'lit';
import { borderBox, plainButton } from '../shared-styles';

/** Styles of <feature-metrics>: matches the inspector card it sits in. */
export const metricsStyles = [
  borderBox,
  plainButton,
  css`
  :host {
    display: block;
    margin-top: 16px;
    padding-top: 4px;
    border-top: 1px solid #d9d2c3;
    color: #2a251d;
    line-height: 1.55;
  }
  h3 {
    margin: 10px 0 6px;
    font-size: 0.95rem;
  }
  h4 {
    margin: 14px 0 6px;
    font-size: 0.9rem;
  }
  h5 {
    margin: 10px 0 4px;
    font-size: 0.88rem;
  }
  h6 {
    margin: 6px 0 2px;
    font-size: 0.85rem;
    font-weight: 600;
    color: #5b5346;
  }
  p {
    margin: 0 0 6px;
  }
  dl.facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 4px 12px;
    margin: 0;
  }
  dt {
    color: #5b5346;
  }
  dd {
    margin: 0;
  }
  input {
    font: inherit;
    color: inherit;
  }
  button {
    border: 1px solid #b9b0a0;
    border-radius: 6px;
    background: #fff;
    min-height: 32px;
    padding: 2px 10px;
  }
  button:hover {
    border-color: #1a5fb4;
  }
  input:focus-visible {
    outline: 2px solid #1a5fb4;
    outline-offset: 2px;
  }
  button[aria-pressed='true'] {
    background: #1a5fb4;
    border-color: #1a5fb4;
    color: #fff;
  }
  .radii {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .custom {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin: 8px 0;
  }
  .custom label {
    font-size: 0.9rem;
    color: #5b5346;
  }
  .custom input {
    width: 6.5em;
    min-height: 32px;
    padding: 2px 6px;
    border: 1px solid #8c8171;
    border-radius: 6px;
    background: #fff;
  }
  .custom input[aria-invalid='true'] {
    border-color: #b3261e;
  }
  .error {
    color: #b3261e;
    font-size: 0.9rem;
  }
  .toggle {
    width: 100%;
  }
  .note,
  .empty {
    color: #5b5346;
    font-size: 0.88rem;
    margin-top: 6px;
  }
  .summary {
    margin-top: 10px;
    padding: 6px 8px;
    border-inline-start: 4px solid #1a5fb4;
    background: #eef3fa;
    border-radius: 4px;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 3px;
  }
  .item {
    width: 100%;
    text-align: start;
    border-color: #d9d2c3;
  }
  @media (max-width: 700px) {
    button,
    .custom input {
      min-height: 44px;
    }
  }
`,
];
