import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';
import { tp } from '../../i18n/presenter';
import { findStep, stepIndex, stepPermalink } from '../../state/story';
import { swatch } from '../layer-panel/swatch';
import type { HandoutPage, Paper } from '../presenter-view/presenter-controller';
import { handoutText } from './handout-content';
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

  /** The address a page's QR code opens: presenter mode at that step, in the handout's language. */
  permalink(step: string): string {
    return stepPermalink(location.href, step, this.lang);
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
    return html`<article class="page" data-step=${step.id}>
      <header>
        <p class="kicker">
          ${content.manifest.title[lang]} · ${tp(lang, 'stepOf', { n, total: content.story.steps.length })}
        </p>
        <h1>${step.title[lang]}</h1>
        <p class="caption">${step.caption[lang]}</p>
      </header>
      <figure class="map">
        <img src=${page.image} alt=${tp(lang, 'mapAlt', { title: step.title[lang] })} />
      </figure>
      <div class="side">
        ${
          text.legend.length || text.highlighted.length
            ? html`<section class="legend">
                <h2>${tp(lang, 'legend')}</h2>
                ${text.legend.map(
                  (l) => html`<h3>${l.layer}</h3>
                    <ul>
                      ${l.entries.map((e) => html`<li>${swatch(e)} ${e.label[lang]}</li>`)}
                    </ul>`,
                )}
                ${
                  text.highlighted.length
                    ? html`<p class="highlighted">
                        ${tp(lang, 'highlighted', { names: text.highlighted.join(lang === 'zh' ? '、' : ', ') })}
                      </p>`
                    : nothing
                }
              </section>`
            : nothing
        }
        <section class="text">
          <h2>${tp(lang, 'text')}${text.section ? html` · ${text.section.title[lang]}` : nothing}</h2>
          ${text.paragraphs.map((p) => html`<p data-paragraph=${p.id}>${p[lang]}</p>`)}
        </section>
      </div>
      <footer>
        <section class="sources">
          <h2>${tp(lang, 'sources')}</h2>
          <ul>
            ${text.sources.map((s) => html`<li>${s}</li>`)}
          </ul>
        </section>
        <figure class="qr">
          ${qr ? html`<img src=${qr} alt=${`QR: ${url}`} data-url=${url} />` : nothing}
          <figcaption>${tp(lang, 'qr')}<br /><span class="url">${url}</span></figcaption>
        </figure>
      </footer>
    </article>`;
  }
}

customElements.define('print-handout', PrintHandout);

declare global {
  interface HTMLElementTagNameMap {
    'print-handout': PrintHandout;
  }
}
