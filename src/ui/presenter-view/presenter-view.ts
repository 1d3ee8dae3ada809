import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Content } from '../../content/load';
import type { Lang, StoryStep } from '../../content/types';
import { tp } from '../../i18n/presenter';
import { lastMeasureKey, stepIndex, targetStep } from '../../state/story';
import { emit } from '../events';
import { swatch } from '../layer-panel/swatch';
import { stepLegend } from '../print-handout/handout-content';
import { commandOfKey } from './keys';
import { styles } from './styles';

/**
 * Presenter mode's face over the map: the step strip and progress, a large caption, previous / next,
 * "back to this step's view", the notes window and the handout. While it is in the page it listens
 * to the keyboard window-wide, so a clicker or the arrow keys drive the briefing wherever focus is.
 */
export class PresenterView extends LitElement {
  static override properties = {
    content: { attribute: false },
    lang: {},
    step: {},
    preparing: { attribute: false },
  };

  static override styles = styles;

  content?: Content;
  override lang: Lang = 'zh';
  /** The current step id. */
  step: string | null = null;
  /** Progress of a handout being prepared, [done, total], or null. */
  preparing: [number, number] | null = null;

  /** Measures what the caption and the buttons under it cover of the map. */
  readonly #resize = new ResizeObserver(() => this.#reportCaption());
  #covered = { height: -1, top: -1 };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.#onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.#onKey);
    this.#resize.disconnect();
    this.#covered = { height: -1, top: -1 };
  }

  protected override firstUpdated(): void {
    // Focus the caption, not a button: Space then means "next", as on any presentation.
    this.renderRoot.querySelector<HTMLElement>('.caption')?.focus({ preventScroll: true });
    this.#resize.observe(this);
  }

  /**
   * Tells the app how much of the map the caption (with the buttons under it) covers at the bottom and
   * the step strip and buttons cover at the top, so the camera frames each step in the part between.
   */
  #reportCaption(): void {
    const caption = this.renderRoot.querySelector<HTMLElement>('.caption');
    const tools = this.renderRoot.querySelector<HTMLElement>('.tools');
    if (!caption || !tools) return;
    const box = this.getBoundingClientRect();
    const height = Math.max(0, Math.round(box.bottom - caption.getBoundingClientRect().top));
    const top = Math.max(0, Math.round(tools.getBoundingClientRect().bottom - box.top));
    if (height === this.#covered.height && top === this.#covered.top) return;
    this.#covered = { height, top };
    emit(this, 'caption-resize', { height, top });
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A new step's caption has its own height: observe the new element and report it.
    const caption = this.renderRoot.querySelector<HTMLElement>('.caption');
    if (caption) this.#resize.observe(caption);
    this.#reportCaption();
    // Centre the current step in the strip; scrollIntoView would also scroll the page behind the map.
    const strip = this.renderRoot.querySelector<HTMLElement>('.strip');
    const current = strip?.querySelector<HTMLElement>('[aria-current="step"]');
    if (changed.has('step') && strip && current) {
      strip.scrollLeft =
        current.offsetLeft - strip.offsetLeft - (strip.clientWidth - current.offsetWidth) / 2;
    }
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const content = this.content;
    if (!content || this.renderRoot.querySelector('dialog')?.open) return;
    const command = commandOfKey(e);
    if (!command) return;
    e.preventDefault();
    if (command.kind === 'exit') emit(this, 'step-go', { step: null });
    else if (command.kind === 'return') emit(this, 'step-return', {});
    else {
      const next = targetStep(content.story, content.text.sections, this.step, command);
      if (next && next !== this.step) emit(this, 'step-go', { step: next });
    }
  };

  #go(step: string | null | undefined): void {
    if (step && step !== this.step) emit(this, 'step-go', { step });
  }

  #print(e: SubmitEvent): void {
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    emit(this, 'handout-print', {
      scope: data.get('scope') === 'story' ? 'story' : 'step',
      paper: data.get('paper') === 'a3' ? 'a3' : 'a4',
    });
  }

  override render() {
    const content = this.content;
    if (!content) return nothing;
    const lang = this.lang;
    const steps = content.story.steps;
    const i = stepIndex(content.story, this.step);
    const step = steps[i];
    if (!step) return nothing;
    const n = i + 1;
    return html`
      <nav class="top" aria-label=${tp(lang, 'steps')}>
        <p class="progress">
          <span aria-hidden="true">${n} / ${steps.length}</span>
          <span class="vh">${tp(lang, 'progress', { n, total: steps.length })}</span>
        </p>
        <ol class="strip">
          ${steps.map(
            (s, k) => html`<li>
              <button
                type="button"
                aria-current=${s.id === step.id ? 'step' : 'false'}
                data-step=${s.id}
                title=${s.title[lang]}
                @click=${() => this.#go(s.id)}
              >
                <span class="num" aria-hidden="true">${k + 1}</span> <span class="title">${s.title[lang]}</span>
              </button>
            </li>`,
          )}
        </ol>
      </nav>
      <div class="tools">
        <button type="button" class="back" @click=${() => emit(this, 'step-return', {})}>
          ${tp(lang, 'back')} <kbd aria-hidden="true">R</kbd>
        </button>
        <button type="button" class="notes" @click=${() => emit(this, 'notes-open', {})}>
          ${tp(lang, 'notes')}
        </button>
        <button
          type="button"
          class="handout"
          ?disabled=${this.preparing !== null}
          @click=${() => this.renderRoot.querySelector('dialog')?.showModal()}
        >
          ${tp(lang, 'handout')}
        </button>
        <button type="button" class="exit" @click=${() => emit(this, 'step-go', { step: null })}>
          ${tp(lang, 'exit')} <kbd aria-hidden="true">Esc</kbd>
        </button>
      </div>
      ${this.#renderLegend(content, step, lang)}
      <section class="caption" tabindex="-1" aria-live="polite" aria-labelledby="step-title">
        <h2 id="step-title">${step.title[lang]}</h2>
        <p>${step.caption[lang]}</p>
      </section>
      <div class="nav">
        <button
          type="button"
          class="prev"
          ?disabled=${i === 0}
          @click=${() => this.#go(steps[i - 1]?.id)}
        >
          ← ${tp(lang, 'prev')}
        </button>
        <button
          type="button"
          class="next"
          ?disabled=${i === steps.length - 1}
          @click=${() => this.#go(steps[i + 1]?.id)}
        >
          ${tp(lang, 'next')} →
        </button>
      </div>
      <p class="keys">${tp(lang, 'keys', { last: lastMeasureKey(content.text.sections) })}</p>
      ${
        this.preparing
          ? html`<p class="preparing" role="status">
              ${tp(lang, 'preparing', { n: this.preparing[0], total: this.preparing[1] })}
            </p>`
          : nothing
      }
      ${this.#renderDialog(lang)}
    `;
  }

  /** A compact legend of what the step draws, by class; folded on a phone until asked for. */
  #renderLegend(content: Content, step: StoryStep, lang: Lang) {
    const legend = stepLegend(content, step, lang);
    if (!legend.length) return nothing;
    return html`<details class="legend" ?open=${!matchMedia('(max-width: 700px)').matches}>
      <summary>${tp(lang, 'legend')}</summary>
      ${legend.map(
        (l) => html`<h3>${l.layer}</h3>
          <ul>
            ${l.entries.map((e) => html`<li>${swatch(e)} <span>${e.label[lang]}</span></li>`)}
          </ul>`,
      )}
    </details>`;
  }

  #renderDialog(lang: Lang) {
    const radio = (name: string, value: string, label: string, checked: boolean) =>
      html`<label><input type="radio" name=${name} value=${value} ?checked=${checked} /> ${label}</label>`;
    return html`<dialog aria-labelledby="handout-title">
      <form method="dialog" @submit=${(e: SubmitEvent) => this.#print(e)}>
        <h2 id="handout-title">${tp(lang, 'handout')}</h2>
        <fieldset>
          <legend>${tp(lang, 'scope')}</legend>
          ${radio('scope', 'step', tp(lang, 'scopeStep'), true)}
          ${radio('scope', 'story', tp(lang, 'scopeStory'), false)}
        </fieldset>
        <fieldset>
          <legend>${tp(lang, 'paper')}</legend>
          ${radio('paper', 'a4', tp(lang, 'paperA4'), true)} ${radio('paper', 'a3', tp(lang, 'paperA3'), false)}
        </fieldset>
        <div class="actions">
          <button type="button" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>
            ${tp(lang, 'cancel')}
          </button>
          <button type="submit" class="primary">${tp(lang, 'print')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

customElements.define('presenter-view', PresenterView);

declare global {
  interface HTMLElementTagNameMap {
    'presenter-view': PresenterView;
  }
}
