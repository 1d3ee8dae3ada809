import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Content } from '../../content/load';
import { segmentParagraph } from '../../content/terms';
import type { Lang, Link, Paragraph, Section } from '../../content/types';
import { tText } from '../../i18n/measure-text';
import { emit } from '../events';
import { styles } from './styles';
import { WholeText } from './whole-text';

/** A request to show a paragraph; `seq` makes a repeated request for the same place a new one. */
export interface TextFocus {
  paragraph: string;
  /** Link id, or the term as written in either language. */
  term?: string;
  seq: number;
}

/** How long a term stays marked after the text was sent to it. */
const MARK_MS = 4000;

/**
 * The article of the eight measures, with linked terms. Choosing a measure heading fires
 * `measure-select`; terms fire `features-hover` and `term-activate`. The host scrolls; give it a height.
 */
export class MeasureText extends LitElement {
  static override properties = {
    content: { attribute: false },
    lang: {},
    current: { attribute: false },
    textFocus: { attribute: false },
    highlighted: { attribute: false },
    restAfter: { attribute: false },
    sectionsWait: { attribute: false },
    marked: { state: true },
  };

  static override styles = styles;

  content?: Content;
  override lang: Lang = 'zh';
  /** Section id of the current measure, or null. */
  current: string | null = null;
  /**
   * Scroll to a paragraph, focus it and mark a term in it. Not named `focus`: that is HTMLElement's
   * method.
   */
  textFocus: TextFocus | null = null;
  /** Ids of the features highlighted on the map; terms pointing at them are marked too. */
  highlighted: string[] = [];
  /** The text past its first section waits for this (the page's first view, e.g. the map's idle). */
  restAfter: Promise<unknown> = Promise.resolve();
  /**
   * Every section waits for `restAfter`, the first too (read at the first render). A phone whose map
   * goes first asks for it: its half sheet shows the article's title and source lines, and the
   * sections below them were laid out while the map's tiles were being drawn (README, Performance).
   */
  sectionsWait = false;
  /** The paragraph and term marked after a `focus` request, until the mark times out. */
  marked: { paragraph: string; term?: string } | null = null;

  #markTimer = 0;
  readonly #whole = new WholeText(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#markTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.sectionsWait) this.#whole.allWait();
    // A place in the text to show needs the text whole, in this render.
    if (this.textFocus || this.current) this.#whole.now();
    // Set the mark here rather than in updated(), so the request renders in one pass.
    const focus = this.textFocus;
    if (changed.has('textFocus') && focus) {
      this.marked = { paragraph: focus.paragraph, ...(focus.term ? { term: focus.term } : {}) };
      clearTimeout(this.#markTimer);
      this.#markTimer = window.setTimeout(() => {
        this.marked = null;
      }, MARK_MS);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.content) this.#whole.afterPaint(this.content.text.sections.length, this.restAfter);
    if (changed.has('textFocus') && this.textFocus) {
      this.#showParagraph(this.textFocus.paragraph);
    } else if (changed.has('current') && this.current) {
      // The current measure may change from the map or the story: keep its heading in sight.
      const section = this.renderRoot.querySelector<HTMLElement>(
        `section[data-section="${CSS.escape(this.current)}"]`,
      );
      if (section && !this.#inView(section)) this.#scrollTo(section);
    }
  }

  #showParagraph(id: string): void {
    const paragraph = this.renderRoot.querySelector<HTMLElement>(`#p-${CSS.escape(id)}`);
    if (!paragraph) return;
    this.#scrollTo(paragraph);
    // Focus moves so screen readers read the paragraph; the scroll above already placed it.
    paragraph.focus({ preventScroll: true });
  }

  #inView(el: HTMLElement): boolean {
    const host = this.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return box.top >= host.top && box.top + 40 <= host.bottom;
  }

  #scrollTo(el: HTMLElement): void {
    const behavior: ScrollBehavior = matchMedia('(prefers-reduced-motion: reduce)').matches
      ? 'auto'
      : 'smooth';
    if (this.scrollHeight > this.clientHeight) {
      // Scroll the host only, never the page, so the map stays where it is.
      const top = el.getBoundingClientRect().top - this.getBoundingClientRect().top + this.scrollTop - 12;
      this.scrollTo({ top: Math.max(0, top), behavior });
    } else {
      el.scrollIntoView({ behavior, block: 'nearest' });
    }
  }

  #choose(id: string): void {
    emit(this, 'measure-select', { section: this.current === id ? null : id });
  }

  override render() {
    const content = this.content;
    if (!content) return nothing;
    const lang = this.lang;
    const { source, sections } = content.text;
    const highlighted = new Set(this.highlighted);
    let part: string | undefined;
    const body: TemplateResult[] = [];
    for (const section of this.#whole.whole ? sections : sections.slice(0, this.#whole.shown)) {
      if (section.kind === 'part-intro') {
        part = section.title.zh;
      } else if (section.part && section.part.zh !== part) {
        part = section.part.zh;
        body.push(html`<h2 class="part">${section.part[lang]}</h2>`);
      }
      body.push(this.#renderSection(section, content.links, highlighted));
    }
    return html`
      <article class=${lang} lang=${lang === 'zh' ? 'zh-CN' : 'en'} aria-label=${content.manifest.labels.textTitle[lang]}>
        <p class="note">${tText(lang, 'translationNote')}</p>
        <header>
          <h2 class="title">${source.title[lang]}</h2>
          <p class="source">${tText(lang, 'sourceLine', { publisher: source.publisher[lang], date: source.date })}</p>
          <p class="byline">${source.byline[lang]}</p>
        </header>
        ${body}
      </article>
    `;
  }

  #renderSection(section: Section, links: Link[], highlighted: Set<string>) {
    const isCurrent = section.id === this.current;
    return html`
      <section data-section=${section.id} aria-current=${isCurrent ? 'true' : nothing}>
        ${this.#renderHeading(section, isCurrent)}
        ${section.paragraphs.map((p) => this.#renderParagraph(p, links, highlighted))}
      </section>
    `;
  }

  #renderHeading(section: Section, isCurrent: boolean) {
    const lang = this.lang;
    const title = section.title[lang];
    if (section.kind === 'part-intro') return html`<h2 class="part">${title}</h2>`;
    if (section.kind === 'measure' && section.number !== undefined) {
      return html`<h3>
        <button
          type="button"
          class="choose"
          aria-pressed=${isCurrent ? 'true' : 'false'}
          title=${tText(lang, 'chooseHint')}
          @click=${() => this.#choose(section.id)}
        >
          <span class="badge" aria-hidden="true">${section.number}</span>
          <span class="vh">${tText(lang, 'measure')} ${section.number}${lang === 'zh' ? '：' : ': '}</span>
          <span class="label">${title}</span>
        </button>
      </h3>`;
    }
    if (section.kind === 'guarantee' && section.number !== undefined) {
      return html`<h3 class="heading">
        <span class="badge guarantee" aria-hidden="true">${section.number}</span>
        <span class="vh">${tText(lang, 'guarantee')} ${section.number}${lang === 'zh' ? '：' : ': '}</span>
        <span>${title}</span>
      </h3>`;
    }
    return html`<h3 class="heading">${title}</h3>`;
  }

  #renderParagraph(p: Paragraph, links: Link[], highlighted: Set<string>) {
    const lang = this.lang;
    const mark = this.marked?.paragraph === p.id ? this.marked : null;
    const segments = segmentParagraph(p[lang], links, lang);
    const isMarked = (link: Link) =>
      mark?.term !== undefined && [link.id, link.zh, link.en].includes(mark.term);
    const termFound = segments.some((s) => s.link && isMarked(s.link));
    return html`<p
      class="para ${mark && !termFound ? 'marked' : ''}"
      id="p-${p.id}"
      data-paragraph=${p.id}
      tabindex="-1"
    >${segments.map((s) => (s.link ? this.#renderTerm(s.text, s.link, isMarked(s.link), highlighted) : s.text))}</p>`;
  }

  #renderTerm(text: string, link: Link, marked: boolean, highlighted: Set<string>) {
    const hl = link.features.some((id) => highlighted.has(id));
    const on = () => emit(this, 'features-hover', { ids: link.features });
    const off = () => emit(this, 'features-hover', { ids: [] });
    const activate = () => emit(this, 'term-activate', { features: link.features, layers: link.layers });
    // Not a <button>: a button is one unbreakable box, so a long term pushed "(" or "the" onto lines of
    // their own. An inline element with a button's role and keys wraps like the text around it.
    return html`<span
      role="button"
      tabindex="0"
      class="term ${marked ? 'marked' : ''} ${hl ? 'hl' : ''}"
      data-link=${link.id}
      @mouseenter=${on}
      @focus=${on}
      @mouseleave=${off}
      @blur=${off}
      @click=${activate}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        activate();
      }}
    >${text}</span>`;
  }
}

customElements.define('measure-text', MeasureText);

declare global {
  interface HTMLElementTagNameMap {
    'measure-text': MeasureText;
  }
}
