/**
 * How long the resident waits for an answer, measured in the page as a user sees it: from the keystroke
 * (or the choice of a place) to the list that answers it in the DOM and painted (the next animation
 * frame). The search is timed cold (its first use builds the search structures) and warm; near-me from
 * choosing a place to its result list. For the scale runs: e.g. 100,000 projects in a tiled layer.
 */
import type { Page } from 'playwright-core';

/** Milliseconds until an answer is in the DOM, and until the frame that paints it. */
export interface Answer {
  ms: number;
  paintedMs: number;
}

export interface AnswerTimes {
  /**
   * The first query, typed as soon as the search box shows: includes whatever of the search structures
   * (readings, names, radius index) is still loading, though not a build that holds the main thread
   * before the keystroke is delivered (time the tab's opening for that).
   */
  searchCold: Answer;
  /** A later query, once they are loaded. */
  search: Answer;
  /** Choosing a place in the search list to near-me's list around it (or "nothing within"). */
  near: Answer;
  /** How many rows the near-me list shows. */
  nearRows: number;
}

export interface AnswerOptions {
  /** A query whose results include `expect` (text of an option, e.g. the name of a synthetic project). */
  query: string;
  expect: string;
  /** A second query for the warm timing (a different one, so the list really changes). */
  warmQuery: string;
  warmExpect: string;
  timeoutMs?: number;
}

// Strings, not functions: tsx would wrap named inner functions in a helper the page does not have.
// Resolves with the ms from setting the box's value to an option holding `expect` being painted.
const TIME_QUERY = `(async ([query, expect, timeout]) => {
  const near = document.querySelector('near-me');
  const host = near && near.shadowRoot && near.shadowRoot.querySelector('place-search');
  const root = host && host.shadowRoot;
  const input = root && root.querySelector('#place-input');
  if (!input) throw new Error('no place search box');
  const shown = () => {
    const list = root.querySelector('#place-list');
    return !!list && !list.hidden &&
      [...list.querySelectorAll('[role=option]')].some((o) => (o.textContent || '').includes(expect));
  };
  input.focus();
  const start = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no answer to ' + query)); }, timeout);
    const check = () => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    check();
  });
  const shownAt = performance.now() - start;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return [shownAt, performance.now() - start];
})`;

// Clears the box (the list closes), so the next query's list is new.
const CLEAR_QUERY = `(() => {
  const near = document.querySelector('near-me').shadowRoot;
  const input = near.querySelector('place-search').shadowRoot.querySelector('#place-input');
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
})()`;

// Chooses the option holding `expect` (the list must show it) and resolves with the ms from the choice to
// near-me's list (or its empty message) in the DOM and painted, and the rows it shows. The observer is
// set up before the click, in the same task: timed from a second evaluate, the answer would include
// the round trip to the page, which waits behind whatever map frame is running.
const CHOOSE_AND_TIME_NEAR = `(async ([expect, timeout]) => {
  const near = document.querySelector('near-me').shadowRoot;
  const root = near.querySelector('place-search').shadowRoot;
  const option = [...root.querySelectorAll('[role=option]')].find((o) => (o.textContent || '').includes(expect));
  if (!option) throw new Error('no option ' + expect);
  const answered = () => near.querySelector('.found li.result, .found .none');
  if (answered()) throw new Error('near-me shows a list before a place is chosen');
  let shownAt = 0;
  const shown = new Promise((resolve, reject) => {
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no near-me list')); }, timeout);
    const observer = new MutationObserver(() => {
      if (!answered()) return;
      shownAt = performance.now() - chosen;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(near, { subtree: true, childList: true });
  });
  const chosen = performance.now();
  option.click();
  await shown;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return { ms: shownAt, painted: performance.now() - chosen, rows: near.querySelectorAll('.found li.result').length };
})`;

/**
 * Times the search box and near-me on a loaded page (the map idle). Opens the "near me" tab and clears
 * any pin, then times the cold query, a warm one, and choosing the warm query's place: the pin goes
 * there and near-me lists what is around it. (A tap on the map would do the same, but at scale a tap
 * lands on a project, which selects it.) Throws when an answer does not show.
 */
export async function measureAnswers(page: Page, options: AnswerOptions): Promise<AnswerTimes> {
  const timeout = options.timeoutMs ?? 30_000;
  await page.getByRole('tab', { name: /附近|Near me/ }).click();
  await page.getByRole('combobox', { name: /查找地点|Find a place/ }).waitFor();
  const clear = page.locator('near-me').getByRole('button', { name: /清除|Clear/ });
  if (await clear.count()) await clear.click();
  const time = async (q: string, e: string): Promise<Answer> => {
    const [ms, paintedMs] = (await page.evaluate(
      `${TIME_QUERY}(${JSON.stringify([q, e, timeout])})`,
    )) as number[];
    return { ms: ms as number, paintedMs: paintedMs as number };
  };
  const searchCold = await time(options.query, options.expect);
  await page.evaluate(CLEAR_QUERY);
  const search = await time(options.warmQuery, options.warmExpect);
  const near = (await page.evaluate(
    `${CHOOSE_AND_TIME_NEAR}(${JSON.stringify([options.warmExpect, timeout])})`,
  )) as {
    ms: number;
    painted: number;
    rows: number;
  };
  return { searchCold, search, near: { ms: near.ms, paintedMs: near.painted }, nearRows: near.rows };
}
