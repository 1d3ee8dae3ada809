import { html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import { citationsOf } from '../../content/citations';
import type { Content, IndexedFeature } from '../../content/load';
import type { FeatureProps, Lang } from '../../content/types';
import { ti } from '../../i18n/feature-inspector';
import { emit } from '../events';
import {
  accuracyInfo,
  categoryLabel,
  crsLabel,
  featureName,
  isSchematic,
  kindLabel,
  langTag,
  localizedProp,
  type Mention,
  measureSections,
  mentionLabels,
  otherLang,
  positionSentence,
  readerSource,
  sectionLabel,
  squareMetres,
  statusLabel,
} from './format';
import { inspectorStyles } from './styles';

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
/** Space kept between the card and the map it leaves clear, in CSS pixels (as in styles/app.css). */
const CARD_GAP = 8;

/**
 * The details of the selected feature: names, kind, layer, the measures it serves, facts by kind,
 * source and accuracy, and where the text names it. Renders nothing when no known feature is selected.
 * Fires `feature-select` (close), `measure-select` and `paragraph-goto`; planner metrics go in the
 * `metrics` slot.
 */
export class FeatureInspector extends LitElement {
  static override properties = {
    content: { attribute: false },
    lang: {},
    featureId: { attribute: 'feature-id' },
    mentions: { attribute: false },
  };

  static override styles = inspectorStyles;

  content?: Content;
  override lang: Lang = 'zh';
  /** Id of the selected feature, or null when nothing is selected. */
  featureId: string | null = null;
  /** Where the text names the feature, with the term in the current language. */
  mentions: Mention[] = [];

  readonly #observer = new ResizeObserver(() => this.#report());
  readonly #phone = matchMedia('(max-width: 700px)');
  #reported = '';

  constructor() {
    super();
    // A listener on the element itself lives and dies with it: no connect/disconnect bookkeeping.
    this.addEventListener('keydown', this.#onKeydown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this);
    this.#phone.addEventListener('change', this.#report);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#phone.removeEventListener('change', this.#report);
    this.#reported = '';
  }

  /**
   * Says how much of the map the card covers, measured, so the camera frames the feature in the rest:
   * its right edge from the map's left on a wide screen; on a phone, where it sits on top of the bottom
   * sheet, its height and the gap above it.
   */
  readonly #report = (): void => {
    const map = this.offsetParent?.getBoundingClientRect();
    const card = this.getBoundingClientRect();
    if (!map) return;
    const covers = card.height > 0 && card.width > 0;
    const left = covers && !this.#phone.matches ? Math.max(0, Math.round(card.right - map.left)) : 0;
    const bottom = covers && this.#phone.matches ? Math.round(card.height + CARD_GAP) : 0;
    const key = `${left},${bottom}`;
    if (key === this.#reported) return;
    this.#reported = key;
    emit(this, 'card-resize', { left, bottom });
  };

  /** Moves focus to the feature's name, so keyboard and screen reader users land on the new details. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  get #selected(): IndexedFeature | undefined {
    return this.featureId ? this.content?.features.get(this.featureId) : undefined;
  }

  readonly #onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.#selected) return;
    // The app may also bind Escape (e.g. to leave a story); this one is the inspector's.
    e.stopPropagation();
    e.preventDefault();
    this.#close();
  };

  #close(): void {
    emit(this, 'feature-select', { id: null });
  }

  override render() {
    const content = this.content;
    const selected = this.#selected;
    if (!content || !selected) return nothing;
    const lang = this.lang;
    const props = selected.feature.properties;
    const layer = content.manifest.layers.find((l) => l.id === selected.layer);
    const other = otherLang(lang);
    return html`
      <section class="card" aria-labelledby="fi-region fi-name">
        <span id="fi-region" hidden>${ti(lang, 'region')}</span>
        <header>
          <h2 id="fi-name" tabindex="-1">${featureName(props, lang)}</h2>
          <button type="button" class="close" aria-label=${ti(lang, 'close')} @click=${this.#close}>
            <span aria-hidden="true">×</span>
          </button>
          <p class="other-name" lang=${langTag(other)}>${featureName(props, other)}</p>
        </header>
        <dl class="facts">
          <dt>${ti(lang, 'kind')}</dt>
          <dd>${kindLabel(content.manifest, props.kind, lang)}</dd>
          ${layer ? html`<dt>${ti(lang, 'layer')}</dt><dd>${layer.name[lang]}</dd>` : nothing}
          ${this.#renderMeasures(content, props, lang)} ${this.#renderKindFacts(content, props, lang)}
        </dl>
        ${isSchematic(props, layer) ? html`<p class="note" role="note">${ti(lang, 'schematicNote')}</p>` : nothing}
        ${this.#renderPlaceless(content, props, lang)}
        ${this.#renderLocalized(props, 'description', lang, 'description')} ${this.#renderHistory(content, props, lang)}
        ${this.#renderSource(content, props, lang)} ${this.#renderMentions(content, lang)}
        <slot name="metrics"></slot>
      </section>
    `;
  }

  #renderMeasures(content: Content, props: FeatureProps, lang: Lang) {
    const sections = measureSections(props.measures, content.text.sections);
    if (!sections.length) return nothing;
    return html`
      <dt>${ti(lang, 'measures')}</dt>
      <dd>
        <ul class="chips">
          ${sections.map(
            (s) => html`<li>
              <button
                type="button"
                class="chip"
                @click=${() => emit(this, 'measure-select', { section: s.id })}
              >
                ${sectionLabel(s, lang)}
              </button>
            </li>`,
          )}
        </ul>
      </dd>
    `;
  }

  /** Facts only some kinds carry; each shows whenever the data has it, whatever the kind. */
  #renderKindFacts(content: Content, props: FeatureProps, lang: Lang) {
    const facts: TemplateResult[] = [];
    if (props.category) {
      facts.push(
        html`<dt>${ti(lang, 'category')}</dt><dd>${categoryLabel(content.manifest, props.category, lang)}</dd>`,
      );
    }
    if (props.status) {
      const when = props.status_date ? ` · ${props.status_date}` : '';
      facts.push(html`<dt>${ti(lang, 'status')}</dt><dd>${statusLabel(props.status, lang)}${when}</dd>`);
    }
    const fn = localizedProp(props, 'function', lang);
    if (fn) facts.push(html`<dt>${ti(lang, 'function')}</dt><dd lang=${langTag(fn.lang)}>${fn.text}</dd>`);
    for (const a of props.areas ?? []) {
      const key = `area_${a.kind.replace(/-/g, '_')}` as Parameters<typeof ti>[1];
      facts.push(html`<dt>${ti(lang, key)}</dt><dd>${squareMetres(a.m2, lang)}</dd>`);
    }
    const handles = localizedProp(props, 'handles', lang);
    if (handles) {
      facts.push(html`<dt>${ti(lang, 'handles')}</dt><dd lang=${langTag(handles.lang)}>${handles.text}</dd>`);
    }
    if (props.lines?.length) facts.push(this.#renderLines(content, props.lines, lang));
    if (props.code) facts.push(html`<dt>${ti(lang, 'code')}</dt><dd>${props.code}</dd>`);
    return facts;
  }

  #renderLines(content: Content, lineIds: string[], lang: Lang) {
    return html`
      <dt>${ti(lang, 'lines')}</dt>
      <dd>
        <ul class="lines">
          ${lineIds.map((id) => {
            const line = content.features.get(id)?.feature.properties;
            const color = line?.color && HEX_COLOUR.test(line.color) ? line.color : undefined;
            // The name carries the meaning; the swatch only repeats the line colour for sighted users.
            return html`<li>
              ${
                color
                  ? // An SVG fill, not a style attribute: the strict CSP forbids inline styles.
                    html`<svg class="swatch" aria-hidden="true" viewBox="0 0 10 10">${svg`<rect width="10" height="10" rx="2" fill=${color}></rect>`}</svg>`
                  : nothing
              }
              <span>${line ? featureName(line, lang) : id}</span>
            </li>`;
          })}
        </ul>
      </dd>
    `;
  }

  #renderLocalized(props: FeatureProps, base: string, lang: Lang, className: string) {
    const value = localizedProp(props, base, lang);
    if (!value) return nothing;
    return html`<p class=${className} lang=${value.lang === lang ? nothing : langTag(value.lang)}>
      ${value.text}
    </p>`;
  }

  /** Where a feature no document locates stands: its area, named; the map draws no point for it. */
  #renderPlaceless(content: Content, props: FeatureProps, lang: Lang) {
    if (props.accuracy !== 'area' || !props.area) return nothing;
    const area = content.features.get(props.area)?.feature.properties;
    return html`<p class="note" role="note">${ti(lang, 'placeless', { area: area ? featureName(area, lang) : props.area })}</p>`;
  }

  /** Each stage with the date and the document that gives it. */
  #renderHistory(content: Content, props: FeatureProps, lang: Lang) {
    if (!props.statuses?.length) return nothing;
    const docs = citationsOf(
      { ...props, docs: props.statuses.map((s) => s.document), refs: [] },
      content.documents,
    );
    const byId = new Map(docs.map((d) => [d.id, d]));
    return html`
      <h3 id="fi-history">${ti(lang, 'history')}</h3>
      <ol class="history" aria-labelledby="fi-history">
        ${props.statuses.map((s) => {
          const doc = byId.get(s.document);
          return html`<li>
            <time datetime=${s.date}>${s.date}</time> ${statusLabel(s.status, lang)}
            ${doc?.href ? html`<a href=${doc.href} target="_blank" rel="noopener noreferrer">${doc.title}</a>` : doc ? doc.title : nothing}
          </li>`;
        })}
      </ol>
    `;
  }

  #renderSource(content: Content, props: FeatureProps, lang: Lang) {
    const accuracy = accuracyInfo(props.accuracy, lang, content.manifest.areas?.label);
    const citations = citationsOf(props, content.documents);
    const sentence = positionSentence(props, lang);
    const refsByDoc = new Map<string, NonNullable<FeatureProps['refs']>>();
    for (const r of props.refs ?? []) refsByDoc.set(r.doc, [...(refsByDoc.get(r.doc) ?? []), r]);
    const colon = lang === 'zh' ? '：' : ': ';
    const source = readerSource(props.source, lang);
    return html`
      <h3>${ti(lang, 'sourceAccuracy')}</h3>
      ${source && !citations.length ? html`<p class="source"><strong>${ti(lang, 'source')}</strong>${colon}${source}</p>` : nothing}
      <p>
        <strong>${ti(lang, 'accuracy')}</strong>${colon}${accuracy.label}
      </p>
      <p class="explanation">${sentence || accuracy.explanation}</p>
      ${
        citations.length
          ? html`<h4 id="fi-sources">${ti(lang, 'sources')}</h4>
            <ul class="sources" aria-labelledby="fi-sources">
              ${citations.map(
                (c) => html`<li>
                  ${c.href ? html`<a href=${c.href} target="_blank" rel="noopener noreferrer">${c.title}</a>` : c.title}
                  <span class="publisher">${[c.publisher, c.date].filter(Boolean).join(' · ')}</span>
                  ${(refsByDoc.get(c.id) ?? []).map(
                    (r) =>
                      html`<span class="raw">${ti(lang, 'rawValue', { lon: r.raw[0], lat: r.raw[1], crs: crsLabel(r.crs, lang) })}</span>`,
                  )}
                </li>`,
              )}
            </ul>`
          : nothing
      }
    `;
  }

  #renderMentions(content: Content, lang: Lang) {
    const mentions = this.mentions ?? [];
    const labels = mentionLabels(mentions, content.text.sections, lang);
    return html`
      <h3 id="fi-mentions">${ti(lang, 'mentionedIn')}</h3>
      ${
        mentions.length
          ? html`<ul class="mentions" aria-labelledby="fi-mentions">
            ${mentions.map(
              (m, i) => html`<li>
                <button
                  type="button"
                  class="mention"
                  @click=${() => emit(this, 'paragraph-goto', { paragraph: m.paragraph, term: m.term })}
                >
                  ${labels[i]}
                </button>
              </li>`,
            )}
          </ul>`
          : html`<p class="empty">${ti(lang, 'notMentioned')}</p>`
      }
    `;
  }
}

customElements.define('feature-inspector', FeatureInspector);

declare global {
  interface HTMLElementTagNameMap {
    'feature-inspector': FeatureInspector;
  }
}
