import { css } from 'lit';
import { borderBox, focusRingOnDark, visuallyHidden } from '../shared-styles';

// A dark, calm page for a laptop screen beside the projector: big notes, a glanceable timer.
export const styles = [
  borderBox,
  visuallyHidden,
  focusRingOnDark,
  css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 100dvh;
    box-sizing: border-box;
    padding: 1rem 1.25rem;
    gap: 1rem;
    background: #161616;
    color: #f5f5f5;
    font-family: system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    line-height: 1.5;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.3rem 1rem;
    border: 2px solid #f5f5f5;
    border-radius: 6px;
    background: #222222;
    color: #f5f5f5;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.5rem;
    border-bottom: 2px solid #444444;
    padding-bottom: 0.75rem;
  }
  h1 {
    font-size: 1.1rem;
    margin: 0;
    flex: 1;
  }
  .progress,
  .timer {
    margin: 0;
    font-size: 1.6rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .timer .label {
    font-size: 0.9rem;
    font-weight: 400;
    margin-right: 0.5rem;
  }
  main {
    flex: 1;
    display: grid;
    grid-template-columns: 2fr 1fr;
    gap: 1.25rem;
  }
  .current h2 {
    font-size: 1.8rem;
    margin: 0 0 0.3rem;
    color: #ffd43b;
  }
  .caption {
    font-size: 1.15rem;
    margin: 0 0 1rem;
    color: #d8d8d8;
  }
  .notes {
    font-size: 1.4rem;
    margin: 0;
  }
  .next {
    border-left: 2px solid #444444;
    padding-left: 1.25rem;
  }
  .next h2 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
    color: #d8d8d8;
  }
  .next h3 {
    font-size: 1.3rem;
    margin: 0 0 0.3rem;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .keys {
    margin: 0;
    font-size: 0.85rem;
    color: #d8d8d8;
  }
  .waiting {
    display: block;
  }
  .error {
    color: #ffb4a8;
  }
  @media (max-width: 640px) {
    main {
      grid-template-columns: 1fr;
    }
    .next {
      border-left: 0;
      padding-left: 0;
      border-top: 2px solid #444444;
      padding-top: 1rem;
    }
  }
`,
];
