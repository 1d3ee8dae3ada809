import type { Content } from '../../content/load';
import * as actions from '../../state/actions';
import { intend } from '../../state/camera';
import type { Store } from '../../state/store';
import { decodeHash, encodeHash } from '../../state/url-codec';
import { defaultUrlState, urlVocabulary } from '../../state/view';

/** The URL is written this long after the last change, so a pan or a slider writes it once. */
const URL_WRITE_DELAY = 250;

/**
 * Keeps the URL hash and the store in step: the store's persistent part is written to the hash
 * (replaceState, debounced), and a hash the reader edits or a link opened in place is read back.
 */
export class UrlSync {
  readonly #store: Store;
  readonly #content: Content;
  #timer = 0;
  /** The hash as last written or read here; any other hash is the reader's, with its hashchange pending. */
  #known = location.hash;
  readonly #unsubscribe: () => void;

  constructor(store: Store, content: Content) {
    this.#store = store;
    this.#content = content;
    this.#unsubscribe = store.subscribe(() => this.#schedule());
    window.addEventListener('hashchange', this.#onHashChange);
  }

  /** Writes the hash now (before a link is copied). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#write();
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#unsubscribe();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#write(), URL_WRITE_DELAY);
  }

  #write(): void {
    // A hash the reader has just set (its hashchange not yet handled) is not overwritten: it is read
    // next, and the state it gives is written then.
    if (location.hash !== this.#known) return;
    const hash = encodeHash(this.#store.state, defaultUrlState(this.#content));
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
    this.#known = location.hash;
  }

  readonly #onHashChange = (): void => {
    this.#known = location.hash;
    const store = this.#store;
    const next = decodeHash(location.hash, urlVocabulary(this.#content), defaultUrlState(this.#content));
    store.update(next);
    if (next.mode === 'near' || next.near.pin) store.update(actions.openTab(store.state, 'near'));
    if (next.camera) store.update(intend(store.state, { kind: 'camera', camera: next.camera }, false));
  };
}
