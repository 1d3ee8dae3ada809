import { css } from 'lit';

// Print sizes are in physical units; A3 scales the type by about √2 so the same layout fills the
// larger sheet. Nothing has a fixed height or hides its overflow: a long text flows on to the next
// page rather than printing over the sources. The map's size is set by print-layout.ts.
export const styles = css`
  :host {
    display: none;
    color: #000000;
    background: #ffffff;
    /* A Latin face first, unlike the page (styles/app.css): the handout is not on the start path, and
       its sources are long runs of Latin (URLs, repositories) whose glyph boxes, in the Chinese face's
       taller ascent and descent, reach into the next line at this line height (the handout test reads
       the PDF's word boxes). */
    font-family: system-ui, var(--cjk-faces), sans-serif;
  }
  @media print {
    :host {
      display: block;
    }
  }
  .handout {
    font-size: 9pt;
    line-height: 1.45;
    /* Full-width punctuation keeps its width: as typeset in print, and as the PDF's text boxes say. */
    text-spacing-trim: space-all;
  }
  .handout.a3 {
    font-size: 12.5pt;
  }
  .page {
    break-after: page;
  }
  .page:last-child {
    break-after: auto;
  }
  header {
    display: flex;
    gap: 5mm;
    align-items: flex-start;
    justify-content: space-between;
    border-bottom: 0.6mm solid #000000;
    padding-bottom: 2mm;
    margin-bottom: 3mm;
    break-inside: avoid;
  }
  .titles {
    min-width: 0;
    flex: 1;
  }
  .kicker {
    margin: 0;
    font-size: 0.9em;
    color: #333333;
  }
  h1 {
    margin: 0.5mm 0;
    font-size: 1.8em;
    line-height: 1.2;
  }
  .caption {
    margin: 0;
    font-size: 1.1em;
  }
  figure {
    margin: 0;
  }
  .qr {
    flex: none;
    width: 62mm;
    display: flex;
    align-items: center;
    gap: 2mm;
    font-size: 0.8em;
    line-height: 1.3;
  }
  .a3 .qr {
    width: 86mm;
  }
  .qr img {
    flex: none;
    width: 22mm;
    height: 22mm;
  }
  .a3 .qr img {
    width: 30mm;
    height: 30mm;
  }
  .qr figcaption {
    min-width: 0;
  }
  .url {
    overflow-wrap: anywhere;
  }
  .sheet {
    display: flex;
    gap: 5mm;
    align-items: flex-start;
    break-inside: avoid;
    margin-bottom: 3mm;
  }
  .map {
    flex: none;
    position: relative;
    line-height: 0;
  }
  .map img {
    display: block;
    outline: 0.3mm solid #555555;
  }
  .furniture {
    position: absolute;
    inset: 0;
    font-family: inherit;
  }
  .side {
    flex: 1;
    min-width: 0;
  }
  h2 {
    font-size: 1.1em;
    margin: 0 0 1mm;
  }
  h3 {
    font-size: 0.95em;
    margin: 1.2mm 0 0.3mm;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend {
    font-size: 0.9em;
    line-height: 1.3;
  }
  .legend ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(42mm, 1fr));
    column-gap: 2mm;
  }
  .a3 .legend ul {
    grid-template-columns: repeat(auto-fill, minmax(58mm, 1fr));
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 1.2mm;
    break-inside: avoid;
  }
  .swatch {
    flex: none;
    width: 1.9em;
    height: 1.2em;
  }
  .highlighted {
    margin: 1.5mm 0 0;
    font-weight: 600;
  }
  .text {
    columns: 2;
    column-gap: 6mm;
  }
  .text h2 {
    column-span: all;
  }
  .text p {
    margin: 0 0 1.5mm;
    text-align: justify;
  }
  .sources {
    margin-top: 3mm;
    border-top: 0.3mm solid #555555;
    padding-top: 2mm;
    font-size: 0.85em;
    line-height: 1.35;
  }
  .sources ul {
    columns: 2;
    column-gap: 6mm;
  }
  .sources li {
    overflow-wrap: anywhere;
    margin-bottom: 0.6mm;
    break-inside: avoid;
  }
`;
