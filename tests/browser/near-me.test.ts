import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  DESKTOP,
  launchBrowser,
  onMap,
  openPage,
  PHONE,
  renderedIds,
  statedIds,
  waitForMapIdle,
} from './harness';

interface PointFeature {
  id: string;
  geometry: { type: string; coordinates: [number, number] } | null;
  properties: { category?: string; area?: string; accuracy: string };
}
const read = (file: string): PointFeature[] => JSON.parse(readFileSync(file, 'utf8')).features;

const GUOMAO = read('data/layers/metro-stations.geojson').find((f) => f.id === 'station-guomao')?.geometry
  ?.coordinates as [number, number];
/** The places a resident walks to that have a documented point: projects and landmarks. */
const PLACES = [...read('data/layers/projects.geojson'), ...read('data/layers/landmarks.geojson')].filter(
  (f) => f.geometry !== null,
);
/** A point in Dongmen, inside the district. */
const DONGMEN = { longitude: 114.1207, latitude: 22.5481 };

/** Projects and landmarks within `m` metres of a point by turf's straight-line distance, nearest first. */
function placesWithin(center: [number, number], m: number, category?: string): string[] {
  return PLACES.filter((f) => !category || f.properties.category === category)
    .map((f) => ({ id: f.id, d: distance(center, f.geometry?.coordinates ?? [0, 0], { units: 'meters' }) }))
    .filter((p) => p.d <= m)
    .sort((a, b) => a.d - b.d)
    .map((p) => p.id);
}

const panel = (page: Page) => page.locator('near-me');

/** The listed results as [feature id, distance in metres]. */
async function listed(page: Page): Promise<[string, number][]> {
  return panel(page)
    .locator('.found li.result')
    .evaluateAll((items) =>
      items.map((li) => {
        const text = li.querySelector('.distance')?.textContent?.trim() ?? '';
        // A result where the pin stands reads "here" (就在此处) rather than a distance.
        const n = /\d/.test(text) ? Number.parseFloat(text) : 0;
        return [li.getAttribute('data-feature') ?? '', /公里|km/.test(text) ? n * 1000 : n] as [
          string,
          number,
        ];
      }),
    );
}

async function openNear(page: Page): Promise<void> {
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: '附近' }).click();
}

function hashParam(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);
}

describe('near me', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('on a phone: "国贸" through the combobox, 1 km, the expected projects by distance; the link reloads the same list', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: PHONE, reducedMotion: true });
    await openNear(page);
    const box = page.getByRole('combobox', { name: '查找地点' });
    const options = page.getByRole('listbox').getByRole('option');
    // Pinyin and initials come from the readings the build wrote (data/pinyin.json).
    for (const typed of ['guomao', 'gm']) {
      await box.fill(typed);
      await expect
        .poll(() => options.allTextContents())
        .toEqual(expect.arrayContaining([expect.stringContaining('国贸')]));
    }
    await box.fill('国贸');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => options.first().textContent()).toContain('国贸');
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator('place-search').locator(`#${active}`).getAttribute('aria-selected')).toBe(
      'true',
    );
    // The combobox, open with an active option, passes axe.
    expect(await axeViolations(page)).toEqual([]);
    await box.press('Enter');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
    // The URL keeps five decimals, and so does the pin, so a reloaded link lists the same.
    const round5 = (n: number) => Math.round(n * 1e5) / 1e5;
    await expect.poll(() => hashParam(page, 'pin')).toBe(`${round5(GUOMAO[0])},${round5(GUOMAO[1])}`);

    await panel(page).getByRole('slider', { name: '范围' }).fill('1000');
    await expect.poll(() => hashParam(page, 'r')).toBe('1000');
    const expected = placesWithin(GUOMAO, 1000);
    expect(expected.length).toBeGreaterThan(2);
    await expect
      .poll(async () => (await listed(page)).map(([id]) => id))
      .toEqual(expect.arrayContaining(expected));
    const rows = await listed(page);
    const distances = rows.map(([, d]) => d);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(1000);
    // The places keep turf's order among the stations and ports listed with them.
    expect(rows.map(([id]) => id).filter((id) => expected.includes(id))).toEqual(expected);
    // The station under the pin is "here"; the next one has a distance and a walk.
    await expect
      .poll(() => panel(page).locator('li.result .distance').first().textContent())
      .toContain('就在此处');
    await expect.poll(() => panel(page).locator('li.result').nth(1).textContent()).toMatch(/步行约 \d+ 分钟/);

    // The bottom sheet: its handle is a button that grows with Up and reports its state.
    const handle = page.locator('bottom-sheet').getByRole('button', { name: /面板高度/ });
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    const sheet = page.locator('bottom-sheet');
    const half = (await sheet.boundingBox())?.height ?? 0;
    await handle.focus();
    await handle.press('ArrowUp');
    await expect.poll(() => sheet.getAttribute('size')).toBe('full');
    expect((await sheet.boundingBox())?.height).toBeGreaterThan(half);
    await handle.press('ArrowDown');
    await handle.press('ArrowDown');
    await expect.poll(() => sheet.getAttribute('size')).toBe('collapsed');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    await handle.click();
    await expect.poll(() => sheet.getAttribute('size')).toBe('half');
    // Dragging the handle up and letting go snaps to the nearest resting height.
    const grip = await handle.boundingBox();
    if (!grip) throw new Error('no handle');
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, 120, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => sheet.getAttribute('size')).toBe('full');
    await handle.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);

    // The state is in the link before it is reloaded (the URL is written after a debounce).
    await expect.poll(() => hashParam(page, 'r')).toBe('1000');
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => listed(page)).toEqual(rows);
    expect(await page.getByRole('tab', { name: '附近' }).getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a desktop: denied, outside and granted geolocation; the list and the map select each other', async () => {
    const { page, context, errors, requests } = await openPage(browser, {
      viewport: DESKTOP,
      reducedMotion: true,
    });
    await context.clearPermissions();
    await openNear(page);
    const locate = panel(page).getByRole('button', { name: '使用我的位置' });
    await locate.click();
    await expect.poll(() => panel(page).getByRole('alert').textContent()).toContain('拒绝');

    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ longitude: 114.17, latitude: 22.3 });
    await locate.click();
    await expect.poll(() => panel(page).getByRole('alert').textContent()).toContain('不在本区范围内');
    expect(await hashParam(page, 'pin')).toBeNull();

    await context.setGeolocation(DONGMEN);
    await locate.click();
    await expect.poll(() => panel(page).locator('li.result').count()).toBeGreaterThan(0);
    expect((await panel(page).getByRole('alert').textContent())?.trim()).toBe('');
    expect(await panel(page).locator('.pin').textContent()).toContain('我的位置');
    // Rounded to about 100 m before it goes into the state and the URL.
    await expect.poll(() => hashParam(page, 'pin')).toBe('114.121,22.548');
    const rows = await listed(page);
    const pin: [number, number] = [114.121, 22.548];
    expect(rows.map(([id]) => id)).toEqual(expect.arrayContaining(placesWithin(pin, 490)));
    // The position never leaves the page.
    expect(requests.filter((url) => url.includes('114.12') || url.includes('22.54'))).toEqual([]);

    // List → map, then map (any other selection) → list.
    const [first, second] = rows.map(([id]) => id);
    await panel(page).locator(`li[data-feature="${first}"] .pick`).click();
    await expect.poll(async () => (await statedIds(page, 'selected'))[0]).toBe(first);
    await expect.poll(() => hashParam(page, 'sel')).toBe(first);
    await page.evaluate((id) => {
      location.hash = location.hash.replace(/sel=[^&]*/, `sel=${id}`);
    }, second as string);
    await expect.poll(() => panel(page).locator('li.selected').getAttribute('data-feature')).toBe(second);
    expect(await panel(page).locator('li.selected .pick').getAttribute('aria-current')).toBe('true');

    // A filter narrows the list and goes into the URL.
    await panel(page).locator('summary').click();
    await panel(page).locator('fieldset[data-filter="statuses"]').getByLabel('已建成').uncheck();
    await expect.poll(() => hashParam(page, 'st')).toBe('listed,plan-approved,under-construction');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('nothing within the radius suggests widening it, and the button does', async () => {
    // On the reservoir, 200 m, health only: the button offers the nearest health facility's distance.
    const pin: [number, number] = [114.1575, 22.5785];
    const nearest = placesWithin(pin, 3000, 'health')[0];
    const at = PLACES.find((f) => f.id === nearest)?.geometry?.coordinates ?? pin;
    const wider = String(Math.ceil(distance(pin, at, { units: 'meters' }) / 100) * 100);
    const { page, context } = await openPage(browser, {
      reducedMotion: true,
      path: '#mode=near&pin=114.1575,22.5785&r=200&cat=health',
    });
    await waitForMapIdle(page);
    const widen = panel(page).getByRole('button', { name: /扩大到/ });
    await expect.poll(() => widen.count()).toBe(1);
    expect(await panel(page).locator('.none').textContent()).toContain('没有符合条件');
    await widen.click();
    await expect.poll(() => hashParam(page, 'r')).toBe(wider);
    await expect.poll(() => panel(page).locator('li.result').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a project no document locates: found by search, shown in the card, listed under its subdistrict, never drawn', async () => {
    // A project that documents place only in a subdistrict, and a point inside that subdistrict.
    const placeless = read('data/layers/projects.geojson').find(
      (f) => f.geometry === null && f.properties.area?.startsWith('subdistrict-'),
    );
    if (!placeless) throw new Error('no project stands in a subdistrict');
    const raw = JSON.parse(readFileSync('data/layers/projects.geojson', 'utf8')).features.find(
      (f: { id: string }) => f.id === placeless.id,
    );
    const areaName: string = JSON.parse(
      readFileSync('data/layers/subdistricts.geojson', 'utf8'),
    ).features.find((f: { id: string }) => f.id === placeless.properties.area).properties.name_zh;
    const { page, context, errors } = await openPage(browser, { viewport: DESKTOP, reducedMotion: true });
    await openNear(page);
    const box = page.getByRole('combobox', { name: '查找地点' });
    await box.fill(raw.properties.name_zh);
    const option = page
      .getByRole('listbox')
      .getByRole('option')
      .filter({ hasText: raw.properties.name_zh })
      .first();
    await expect.poll(() => option.textContent()).toContain('位置未公布');
    await option.click();
    // The card says where it stands and that its site is not published; no pin was dropped.
    const card = page.locator('feature-inspector');
    await expect.poll(() => card.locator('h2').textContent()).toContain(raw.properties.name_zh);
    expect(await card.locator('p.note').allTextContents()).toContainEqual(
      expect.stringContaining(`位于${areaName}，具体位置未公布`),
    );
    expect(await hashParam(page, 'pin')).toBeNull();
    // The map holds no drawn feature of that id anywhere (MapLibre's own rendered features).
    const drawn = await renderedIds(page);
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn).not.toContain(placeless.id);
    expect(
      await onMap(page, (map) => {
        const sources = map.getStyle().sources as Record<string, { data?: { features?: { id?: string }[] } }>;
        return Object.values(sources).flatMap((s) => (s.data?.features ?? []).map((f) => f.id));
      }),
    ).not.toContain(placeless.id);
    // A pin in its subdistrict lists it in a group of its own, outside the distance order.
    const subdistricts = JSON.parse(readFileSync('data/layers/subdistricts.geojson', 'utf8')).features;
    const area = subdistricts.find((f: { id: string }) => f.id === placeless.properties.area);
    const { pointOnFeature } = await import('@turf/turf');
    const [lng, lat] = pointOnFeature(area).geometry.coordinates as [number, number];
    await page.evaluate(
      ([x, y]) => {
        location.hash = `mode=near&pin=${x.toFixed(5)},${y.toFixed(5)}&r=200`;
      },
      [lng, lat],
    );
    const group = panel(page).locator('section.placeless');
    // The hash change opens the near-me tab, which lists around the new pin: a chain of renders, given
    // more than the default second on a busy machine.
    await expect
      .poll(() => group.locator(`li[data-feature="${placeless.id}"]`).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await group.locator('h3').textContent()).toContain(areaName);
    expect(await panel(page).locator(`.found li[data-feature="${placeless.id}"]`).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
