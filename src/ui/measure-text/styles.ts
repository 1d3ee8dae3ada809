import { css } from 'lit';
import { visuallyHidden } from '../shared-styles';

/** Styles of <measure-text>: a calm reading column that scrolls inside its host. */
export const styles = [
  visuallyHidden,
  css`
  :host {
    --ink: #2a251d;
    --ink-soft: #5b5346;
    --paper: #fbfaf6;
    --line: #d9d2c3;
    --accent: #9a3b24;
    --accent-wash: #f5e9e3;
    --focus: #1a5fb4;
    --mark: #fde9a8;
    display: block;
    /* The containing block of its visually hidden text too, so the scroller clips it: without it that
       text sat at the article's end, below the page, and made the whole page scrollable by script. */
    position: relative;
    overflow: auto;
    height: 100%;
    box-sizing: border-box;
    color: var(--ink);
    background: var(--paper);
    font-size: 15px;
    overscroll-behavior: contain;
  }

  article {
    max-width: 38em;
    margin: 0 auto;
    padding: 16px 18px 48px;
  }

  .note {
    margin: 0 0 12px;
    padding: 6px 10px;
    border-left: 3px solid var(--line);
    color: var(--ink-soft);
    font-size: 13px;
    line-height: 1.5;
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.35;
  }

  .title {
    font-size: 19px;
    color: var(--ink);
  }

  .source {
    margin: 6px 0 0;
    color: var(--ink-soft);
    font-size: 13px;
    line-height: 1.5;
  }

  .byline {
    margin: 2px 0 0;
    color: var(--ink-soft);
    font-size: 13px;
    line-height: 1.5;
  }

  .part {
    margin: 28px 0 4px;
    padding-bottom: 4px;
    border-bottom: 1px solid var(--line);
    font-size: 17px;
    color: var(--accent);
  }

  section {
    margin: 12px 0 0;
    padding: 8px 12px 4px;
    border-left: 4px solid transparent;
    border-radius: 0 6px 6px 0;
  }

  section[aria-current='true'] {
    border-left-color: var(--accent);
    background: var(--accent-wash);
  }

  h3 {
    font-size: 16px;
  }

  .choose {
    display: flex;
    align-items: center;
    gap: 10px;
    width: 100%;
    min-height: 36px;
    margin: 0;
    padding: 4px 6px 4px 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
    border-radius: 4px;
  }

  .choose:hover .label {
    text-decoration: underline;
    text-underline-offset: 3px;
  }

  .heading {
    display: flex;
    align-items: center;
    gap: 10px;
    min-height: 36px;
  }

  .badge {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.9em;
    height: 1.9em;
    border-radius: 50%;
    background: var(--accent);
    color: #fff;
    font-size: 14px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .badge.guarantee {
    background: transparent;
    color: var(--accent);
    box-shadow: inset 0 0 0 2px var(--accent);
  }

  [aria-pressed='true'] .badge {
    box-shadow:
      0 0 0 2px var(--paper),
      0 0 0 4px var(--accent);
  }

  p.para {
    margin: 8px 0 10px;
    line-height: 1.7;
    font-size: 15px;
    border-radius: 4px;
  }

  article.en p.para {
    font-size: 16px;
  }

  p.para:focus {
    outline: none;
  }

  p.para.marked {
    background: #fff7dc;
    box-shadow: 0 0 0 6px #fff7dc;
  }

  .term {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--accent);
    font: inherit;
    line-height: inherit;
    text-align: inherit;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 3px;
    cursor: pointer;
    border-radius: 2px;
    /* Highlight and focus ring follow each line of a term that wraps. */
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }

  .term:hover,
  .term.hl {
    text-decoration-thickness: 2px;
    background: var(--accent-wash);
  }

  .term.marked {
    background: var(--mark);
    color: #7a2e1b;
    box-shadow: 0 0 0 2px var(--mark);
    transition: background-color 0.4s;
  }

  .choose:focus-visible,
  .term:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }

  @media (max-width: 700px) {
    article {
      padding: 12px 12px 40px;
    }
    .choose {
      min-height: 44px;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .term.marked {
      transition: none;
    }
  }
`,
];
