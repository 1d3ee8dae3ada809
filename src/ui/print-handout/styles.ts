import { css } from 'lit';

// Print sizes are in physical units; A3 scales the type so the same layout fills the larger sheet.
export const styles = css`
  :host {
    display: none;
    color: #000000;
    background: #ffffff;
    font-family: inherit;
  }
  @media print {
    :host {
      display: block;
    }
  }
  .handout {
    font-size: 8.5pt;
    line-height: 1.45;
  }
  .handout.a3 {
    font-size: 12pt;
  }
  .page {
    --page-height: 188mm;
    height: var(--page-height);
    display: grid;
    grid-template-columns: 62% 1fr;
    grid-template-rows: auto 1fr auto;
    gap: 3mm 5mm;
    break-after: page;
    overflow: hidden;
  }
  .a3 .page {
    --page-height: 275mm;
  }
  .page:last-child {
    break-after: auto;
  }
  header {
    grid-column: 1 / -1;
    border-bottom: 0.6mm solid #000000;
    padding-bottom: 2mm;
  }
  .kicker {
    margin: 0;
    font-size: 0.9em;
    color: #333333;
  }
  h1 {
    margin: 0.5mm 0;
    font-size: 1.9em;
    line-height: 1.2;
  }
  .caption {
    margin: 0;
    font-size: 1.15em;
  }
  figure {
    margin: 0;
  }
  .map {
    min-height: 0;
    display: flex;
  }
  .map img {
    max-width: 100%;
    max-height: 100%;
    align-self: flex-start;
    border: 0.3mm solid #555555;
  }
  .side {
    min-height: 0;
    overflow: hidden;
  }
  h2 {
    font-size: 1.1em;
    margin: 0 0 1mm;
  }
  h3 {
    font-size: 1em;
    margin: 1.5mm 0 0.5mm;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 1.5mm;
  }
  .legend ul {
    display: grid;
    grid-template-columns: 1fr 1fr;
    column-gap: 3mm;
  }
  .swatch {
    flex: none;
  }
  .highlighted {
    margin: 1.5mm 0 0;
    font-weight: 600;
  }
  .legend {
    margin-bottom: 3mm;
  }
  .text p {
    margin: 0 0 1.5mm;
    text-align: justify;
  }
  footer {
    grid-column: 1 / -1;
    display: flex;
    gap: 5mm;
    align-items: flex-end;
    border-top: 0.3mm solid #555555;
    padding-top: 2mm;
  }
  .sources {
    flex: 1;
    font-size: 0.85em;
    line-height: 1.35;
  }
  .sources li {
    overflow-wrap: anywhere;
  }
  .qr {
    flex: none;
    display: flex;
    align-items: center;
    gap: 2mm;
    max-width: 70mm;
    font-size: 0.85em;
  }
  .qr img {
    width: 24mm;
    height: 24mm;
  }
  .a3 .qr img {
    width: 34mm;
    height: 34mm;
  }
  .url {
    overflow-wrap: anywhere;
  }
`;
