import { html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { formatDistance } from '../../analysis/amounts';
import type { Content } from '../../content/load';
import { shareableUrl } from '../../content/public-url';
import type { Lang } from '../../content/types';
import { tp } from '../../i18n/presenter';
import { findStep, stepIndex, stepPermalink } from '../../state/story';
import { swatch } from '../layer-panel/swatch';
import type { HandoutPage, Paper } from '../presenter-view/presenter-controller';
import { type HandoutText, handoutText } from './handout-content';
import { HANDOUT_MAP_MM, scaleBar } from './print-layout';
import { qrDataUrl } from './qr';
import { styles } from './styles';

/**
 * Page size and "print only the handout" must be document rules: @page does not apply from a shadow
 * root. A constructed sheet is used because the CSP forbids inline <style> elements.
 */
const documentSheet = new CSSStyleSheet();

function documentRules(paper: Paper): string {
  return `@page { size: ${paper === 'a3' ? 'A3' : 'A4'} landscape; margin: 10mm; }
@media print {
  html, body { height: auto; overflow: visible; background: #ffffff; }
  atlas-app { display: block; height: auto; }
  atlas-app > :not(print-handout) { display: none !important; }
}`;
}

/**
 * The handout: one landscape page per step with the map at print resolution, the legend, the
 * measure's text, the sources and a QR code of the step's permalink. Hidden on screen; the browser's
 * print (or "save as PDF") shows only this.
 */
export class PrintHandout extends LitElement {
  static override properties = {
    content: { attribute: false },
    lang: {},
    paper: {},
    pages: { attribute: false },
    qr: { state: true },
  };

  static override styles = styles;

  content?: Content;
  override lang: Lang = 'zh';
  paper: Paper = 'a4';
  pages: HandoutPage[] = [];
  /** QR code images by step id. */
  protected qr: Record<string, string> = {};
  #qrReady: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentSheet];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== documentSheet);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('paper')) documentSheet.replaceSync(documentRules(this.paper));
    if (changed.has('pages') || changed.has('lang')) {
      const entries = this.pages.map(async (p) => [p.step, await qrDataUrl(this.permalink(p.step))] as const);
      this.#qrReady = Promise.all(entries).then((pairs) => {
        this.qr = Object.fromEntries(pairs);
      });
    }
  }

  /**
   * The address a page's QR code opens: presenter mode at that step, in the handout's language, on the
   * atlas's public URL when one is set (not the rehearsal machine's address).
   */
  permalink(step: string): string {
    const base = this.content ? shareableUrl(this.content.manifest, location.href) : location.href;
    return stepPermalink(base, step, this.lang);
  }

  /** Resolves once the QR codes are drawn and every image is decoded, so print shows no empty frame. */
  async ready(): Promise<void> {
    await this.#qrReady;
    await this.updateComplete;
    await Promise.all(
      [...this.renderRoot.querySelectorAll('img')].map((img) => img.decode().catch(() => {})),
    );
  }

  override render() {
    const content = this.content;
    if (!content) return nothing;
    return html`<div class="handout ${this.paper}">
      ${this.pages.map((p) => this.#renderPage(content, p))}
    </div>`;
  }

  #renderPage(content: Content, page: HandoutPage) {
    const lang = this.lang;
    const step = findStep(content.story, page.step);
    if (!step) return nothing;
    const text = handoutText(content, step, lang);
    const n = stepIndex(content.story, step.id) + 1;
    const qr = this.qr[step.id];
    const url = this.permalink(step.id);
    const mm = HANDOUT_MAP_MM[this.paper];
    return html`<article class="page" data-step=${step.id}>
      <header>
        <div class="titles">
          <p class="kicker">
            ${content.manifest.title[lang]} · ${tp(lang, 'stepOf', { n, total: content.story.steps.length })}
          </p>
          <h1>${step.title[lang]}</h1>
          <p class="caption">${step.caption[lang]}</p>
        </div>
        <figure class="qr">
          ${qr ? html`<img src=${qr} alt=${`QR: ${url}`} data-url=${url} />` : nothing}
          <figcaption>${tp(lang, 'qr')}<br /><span class="url">${url}</span></figcaption>
        </figure>
      </header>
      <div class="sheet">
        <figure class="map">
          <img
            src=${page.image}
            alt=${tp(lang, 'mapAlt', { title: step.title[lang] })}
            width=${Math.round(mm.width * PX_PER_MM)}
            height=${Math.round(mm.height * PX_PER_MM)}
          />
          ${mapFurniture(page, mm, lang)}
        </figure>
        <div class="side">${this.#renderLegend(text, lang)}</div>
      </div>
      <section class="text">
        <h2>${tp(lang, 'text')}${text.section ? html` · ${text.section.title[lang]}` : nothing}</h2>
        ${text.paragraphs.map((p) => html`<p data-paragraph=${p.id}>${p[lang]}</p>`)}
      </section>
      <section class="sources">
        <h2>${tp(lang, 'sources')}</h2>
        <ul>
          ${text.sources.map((s) => html`<li>${s}</li>`)}
        </ul>
      </section>
    </article>`;
  }

  #renderLegend(text: HandoutText, lang: Lang) {
    if (!text.legend.length && !text.highlighted.length) return nothing;
    return html`<section class="legend">
      <h2>${tp(lang, 'legend')}</h2>
      ${text.legend.map(
        (l) => html`<h3>${l.layer}</h3>
          <ul>
            ${l.entries.map((e) => html`<li>${swatch(e)} <span>${e.label[lang]}</span></li>`)}
          </ul>`,
      )}
      ${
        text.highlighted.length
          ? html`<p class="highlighted">
              ${tp(lang, 'highlighted', { names: text.highlighted.join(lang === 'zh' ? '、' : ', ') })}
            </p>`
          : nothing
      }
    </section>`;
  }
}

/** CSS pixels per millimetre: <img> sizes are given in CSS pixels (96 per inch). */
const PX_PER_MM = 96 / 25.4;

/**
 * The scale bar (bottom left) and north arrow (top right) drawn over the printed map in SVG, in
 * millimetres of paper: they stay sharp, and their text is text in the PDF.
 */
function mapFurniture(page: HandoutPage, mm: { width: number; height: number }, lang: Lang) {
  const bar = scaleBar(page.camera, page.size.width, mm.width);
  const font = 2.8;
  const x = 4;
  const y = mm.height - 4;
  const label = `${formatDistance(bar.metres, lang)} · 1:${bar.denominator.toLocaleString('en').replaceAll(',', ' ')}`;
  const rotate = -(page.camera.bearing ?? 0);
  const nx = mm.width - 8;
  return html`<svg
    class="furniture"
    viewBox="0 0 ${mm.width} ${mm.height}"
    width="${mm.width}mm"
    height="${mm.height}mm"
    role="img"
    aria-label=${`${tp(lang, 'scale')} ${label}`}
  >
    ${svg`<g class="scale">
      <rect x=${x - 1.5} y=${y - font - 3.5} width=${Math.max(bar.mm, label.length * font * 0.55) + 3}
        height=${font + 6} fill="#ffffff" fill-opacity="0.85" />
      <rect x=${x} y=${y - 1.2} width=${bar.mm / 2} height="1.2" fill="#111111" />
      <rect x=${x + bar.mm / 2} y=${y - 1.2} width=${bar.mm / 2} height="1.2" fill="#ffffff"
        stroke="#111111" stroke-width="0.25" />
      <rect x=${x} y=${y - 1.2} width=${bar.mm} height="1.2" fill="none" stroke="#111111" stroke-width="0.25" />
      <text x=${x} y=${y - 2.2} font-size=${font} fill="#111111">${label}</text>
    </g>
    <g class="north" transform="rotate(${rotate} ${nx} 10)">
      <circle cx=${nx} cy="10" r="6" fill="#ffffff" fill-opacity="0.85" />
      <path d="M ${nx} 4.8 L ${nx + 2.4} 11.5 L ${nx} 10.2 L ${nx - 2.4} 11.5 Z" fill="#111111" />
      <text x=${nx} y="15.2" font-size="2.6" text-anchor="middle" fill="#111111">${tp(lang, 'north')}</text>
    </g>`}
  </svg>`;
}

customElements.define('print-handout', PrintHandout);

declare global {
  interface HTMLElementTagNameMap {
    'print-handout': PrintHandout;
  }
}
