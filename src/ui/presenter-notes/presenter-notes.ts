import { html, LitElement } from 'lit';
import type { Lang, Manifest, Section, Story, TextDoc } from '../../content/types';
import { tp } from '../../i18n/presenter';
import { formatElapsed, lastMeasureKey, stepIndex, targetStep } from '../../state/story';
import { openChannel, type PresenterMessage } from '../presenter-view/channel';
import { commandOfKey } from '../presenter-view/keys';
import { styles } from './styles';

async function fetchJson<T>(base: URL, file: string): Promise<T> {
  const response = await fetch(new URL(file, base));
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${file}`);
  return (await response.json()) as T;
}

/**
 * The speaker's second window: the current step's notes, a preview of the next step and a timer.
 * It holds no state of its own: the main window tells it where the briefing is, and its keys and
 * buttons ask the main window to move, so the two never disagree.
 */
export class PresenterNotes extends LitElement {
  static override properties = {
    dataUrl: { attribute: 'data-url' },
    story: { state: true },
    step: { state: true },
    lang: { state: true },
    startedAt: { state: true },
    now: { state: true },
    error: { state: true },
  };

  static override styles = styles;

  dataUrl = 'data/';
  protected story: Story | null = null;
  protected step: string | null = null;
  override lang: Lang = 'zh';
  protected startedAt: number | null = null;
  protected now = Date.now();
  protected error = '';
  #sections: Section[] = [];
  #title: Manifest['title'] | null = null;
  #channel: BroadcastChannel | null = null;
  #tick = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.#onKey);
    this.#tick = window.setInterval(() => {
      this.now = Date.now();
    }, 1000);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.#onKey);
    clearInterval(this.#tick);
    this.#channel?.close();
  }

  async #start(): Promise<void> {
    try {
      const base = new URL(this.dataUrl, document.baseURI);
      const manifest = await fetchJson<Manifest>(base, 'atlas.json');
      const [story, text] = await Promise.all([
        fetchJson<Story>(base, manifest.story),
        fetchJson<TextDoc>(base, manifest.text),
      ]);
      this.#sections = text.sections;
      this.#title = manifest.title;
      this.story = story;
      this.#channel = openChannel(manifest.id, (m) => this.#onMessage(m));
      this.#send({ type: 'hello' });
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  #onMessage(m: PresenterMessage): void {
    if (m.type !== 'state') return;
    this.step = m.step;
    this.lang = m.lang;
    this.startedAt = m.startedAt;
    this.now = Date.now();
    document.documentElement.lang = m.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${tp(m.lang, 'notesTitle')} · ${this.#title?.[m.lang] ?? ''}`;
  }

  #send(m: PresenterMessage): void {
    this.#channel?.postMessage(m);
  }

  #go(step: string | null | undefined): void {
    if (step !== undefined && step !== this.step) this.#send({ type: 'go', step });
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const command = commandOfKey(e);
    if (!command || !this.story) return;
    e.preventDefault();
    if (command.kind === 'exit') this.#go(null);
    else if (command.kind === 'return') this.#send({ type: 'return' });
    else this.#go(targetStep(this.story, this.#sections, this.step, command));
  };

  override render() {
    const lang = this.lang;
    if (this.error) return html`<p class="error" role="alert">${this.error}</p>`;
    const story = this.story;
    const i = story ? stepIndex(story, this.step) : -1;
    const step = story?.steps[i];
    if (!story || !step) {
      return html`<main class="waiting">
        <h1>${tp(lang, 'notesTitle')}</h1>
        <p>${tp(lang, 'waiting')}</p>
        <button type="button" ?disabled=${!story} @click=${() => this.#go(story?.steps[0]?.id)}>
          ${tp(lang, 'start')}
        </button>
      </main>`;
    }
    const next = story.steps[i + 1];
    const elapsed = this.startedAt === null ? 0 : this.now - this.startedAt;
    return html`
      <header>
        <h1>${tp(lang, 'notesTitle')}</h1>
        <p class="progress">
          <span aria-hidden="true">${i + 1} / ${story.steps.length}</span>
          <span class="vh">${tp(lang, 'progress', { n: i + 1, total: story.steps.length })}</span>
        </p>
        <p class="timer">
          <span class="label">${tp(lang, 'timer')}</span>
          <span role="timer">${formatElapsed(elapsed)}</span>
        </p>
        <button type="button" @click=${() => this.#send({ type: 'reset' })}>${tp(lang, 'resetTimer')}</button>
      </header>
      <main>
        <section class="current" aria-labelledby="current-title">
          <h2 id="current-title">${step.title[lang]}</h2>
          <p class="caption">${step.caption[lang]}</p>
          <p class="notes">${step.notes[lang]}</p>
        </section>
        <section class="next" aria-labelledby="next-heading">
          <h2 id="next-heading">${tp(lang, 'nextUp')}</h2>
          ${
            next
              ? html`<h3>${next.title[lang]}</h3>
                  <p>${next.caption[lang]}</p>`
              : html`<p>${tp(lang, 'lastStep')}</p>`
          }
        </section>
      </main>
      <nav aria-label=${tp(lang, 'steps')}>
        <button type="button" ?disabled=${i === 0} @click=${() => this.#go(story.steps[i - 1]?.id)}>
          ← ${tp(lang, 'prev')}
        </button>
        <button type="button" @click=${() => this.#send({ type: 'return' })}>${tp(lang, 'back')}</button>
        <button
          type="button"
          ?disabled=${!next}
          @click=${() => this.#go(next?.id)}
        >
          ${tp(lang, 'next')} →
        </button>
        <button type="button" @click=${() => this.#go(null)}>${tp(lang, 'exit')}</button>
      </nav>
      <p class="keys">${tp(lang, 'keys', { last: lastMeasureKey(this.#sections) })}</p>
    `;
  }
}

customElements.define('presenter-notes', PresenterNotes);

declare global {
  interface HTMLElementTagNameMap {
    'presenter-notes': PresenterNotes;
  }
}
