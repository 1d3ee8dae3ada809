import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  onMap,
  openPage,
  overlayFeatures,
  PHONE,
  statedIds,
  waitForMapIdle,
} from './harness';

type Geometry = { type: string; coordinates: unknown };
const manifest = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as { layers: { file: string }[] };
const features = new Map<string, { geometry: Geometry | null; properties: Record<string, string> }>(
  manifest.layers.flatMap((l) =>
    (
      JSON.parse(readFileSync(`data/${l.file}`, 'utf8')).features as {
        id: string;
        geometry: Geometry | null;
        properties: Record<string, string>;
      }[]
    ).map((f) => [f.id, f] as const),
  ),
);

/** Every position of a feature's geometry. */
function positions(id: string): [number, number][] {
  const out: [number, number][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push([c[0] as number, c[1] as number]);
    else if (Array.isArray(c)) for (const x of c) walk(x);
  };
  walk(features.get(id)?.geometry?.coordinates);
  return out;
}

const hash = (page: Page) => page.evaluate(() => location.hash);

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The feature's box on screen, from MapLibre's own projection of its coordinates (page pixels). */
function screenBox(page: Page, id: string): Promise<Box & { moving: boolean }> {
  return onMap(
    page,
    (map, coords) => {
      const origin = map.getContainer().getBoundingClientRect();
      const pts = coords.map((c) => map.project(c));
      const xs = pts.map((p) => p.x + origin.left);
      const ys = pts.map((p) => p.y + origin.top);
      return {
        left: Math.min(...xs),
        right: Math.max(...xs),
        top: Math.min(...ys),
        bottom: Math.max(...ys),
        moving: map.isMoving(),
      };
    },
    positions(id),
  );
}

async function boxOf(page: Page, selector: string): Promise<Box | null> {
  const b = await page.locator(selector).first().boundingBox();
  return b ? { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height } : null;
}

/**
 * Whether the selected feature lies whole inside the map, clear of the inspector card (and of the
 * bottom sheet on a phone): what a reader sees of it.
 */
async function inView(page: Page, id: string): Promise<string> {
  const box = await screenBox(page, id);
  const card = await boxOf(page, 'feature-inspector');
  const map = await boxOf(page, '.map');
  if (box.moving) return 'moving';
  if (!card || !map) return 'no card';
  if (overlaps(box, card)) return `covered by the card: ${JSON.stringify({ box, card })}`;
  if (box.left < map.left || box.right > map.right || box.top < map.top || box.bottom > map.bottom)
    return `outside the map: ${JSON.stringify({ box, map })}`;
  const sheet = await page.locator('bottom-sheet').boundingBox();
  if (sheet && sheet.height > 0 && page.viewportSize()?.width === PHONE.width && box.bottom > sheet.y)
    return 'under the sheet';
  return 'clear';
}

describe('interactions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('says what the catchment toggle does and keeps map and link in agreement', async () => {
    const { page, context, errors } = await openPage(browser, {
      reducedMotion: true,
      path: '#sel=station-guomao',
    });
    await waitForMapIdle(page);
    const metrics = page.locator('feature-metrics');
    await metrics.getByRole('button', { name: '500 米', exact: true }).click();
    await expect.poll(() => hash(page)).toContain('ca=station-guomao:500');
    const buffers = async () => (await overlayFeatures(page)).filter((f) => f.role === 'buffer').length;
    await expect.poll(buffers).toBe(1);
    // The toggle says what it will do: hide what is shown, show what is hidden.
    const hide = metrics.getByRole('button', { name: '隐藏服务范围' });
    await hide.click();
    await expect.poll(buffers).toBe(0);
    await expect.poll(() => hash(page)).not.toContain('ca=');
    await metrics.getByRole('button', { name: '显示 500 米服务范围' }).click();
    await expect.poll(buffers).toBe(1);
    // Closing the card ends the catchment: nothing drawn, nothing left in the link.
    await page.locator('feature-inspector').getByRole('button', { name: '关闭详情' }).click();
    await expect.poll(buffers).toBe(0);
    await expect.poll(() => hash(page)).not.toContain('ca=');
    expect(errors).toEqual([]);
    await context.close();

    // A link with a catchment alone opens its feature and draws it.
    const linked = await openPage(browser, { reducedMotion: true, path: '#ca=station-guomao:800' });
    await waitForMapIdle(linked.page);
    await expect.poll(() => statedIds(linked.page, 'selected')).toEqual(['station-guomao']);
    await expect
      .poll(async () => (await overlayFeatures(linked.page)).filter((f) => f.role === 'buffer').length)
      .toBe(1);
    await expect.poll(() => hash(linked.page)).toMatch(/sel=station-guomao.*ca=station-guomao:800/);
    expect(linked.errors).toEqual([]);
    await linked.context.close();
  });

  it('measures an area: double-click finishes without a second vertex or a zoom, sides and perimeter shown, Esc leaves', async () => {
    const { page, context, errors } = await openPage(browser, {
      reducedMotion: true,
      path: '#mode=measure&c=114.12,22.55,14',
    });
    await waitForMapIdle(page);
    const tools = page.locator('planner-tools');
    await tools.getByRole('button', { name: '面积', exact: true }).click();
    const canvas = await boxOf(page, '.maplibregl-canvas');
    if (!canvas) throw new Error('no canvas');
    const at = (dx: number, dy: number) => [canvas.left + 300 + dx, canvas.top + 250 + dy] as const;
    const readout = tools.locator('[data-measure-readout]');
    await page.mouse.click(...at(0, 0));
    await page.mouse.click(...at(200, 0));
    await page.mouse.click(...at(200, 150));
    await expect.poll(() => readout.textContent()).toContain('3 个点');
    const zoom = await onMap(page, (map) => map.getZoom());
    await page.mouse.dblclick(...at(0, 150));
    await expect.poll(() => readout.textContent()).toContain('（已完成）');
    expect(await readout.textContent()).toContain('4 个点');
    await expect.poll(() => onMap(page, (map) => map.isMoving())).toBe(false);
    expect(await onMap(page, (map) => map.getZoom())).toBe(zoom);
    const drawn = await overlayFeatures(page);
    expect(drawn.filter((f) => f.role === 'vertex')).toHaveLength(4);
    // Four sides labelled on the map, then the area; the panel gives the perimeter and the sides.
    expect(drawn.filter((f) => f.role === 'label')).toHaveLength(5);
    await expect
      .poll(() => tools.locator('.details').allTextContents())
      .toEqual([
        expect.stringMatching(/^周长：[\d.]+ (公里|米)$/),
        expect.stringMatching(/^各段：.+ · .+ · .+ · .+$/),
      ]);
    // A click after a finished measurement starts a new one.
    await page.mouse.click(...at(0, 60));
    await expect.poll(() => readout.textContent()).toContain('1 个点');
    // Enter finishes what the pointer drew.
    await page.mouse.click(...at(120, 60));
    await page.mouse.click(...at(120, 200));
    await expect.poll(() => readout.textContent()).toContain('3 个点');
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readout.textContent()).toContain('（已完成）');
    expect(await readout.textContent()).toContain('3 个点');
    // Esc on the map leaves the tool and its drawing.
    await page.keyboard.press('Escape');
    await expect
      .poll(() => tools.getByRole('button', { name: '测量距离/面积' }).getAttribute('aria-pressed'))
      .toBe('false');
    await expect.poll(async () => (await overlayFeatures(page)).length).toBe(0);
    await expect.poll(() => hash(page)).not.toContain('mode=');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('clears the selection with Esc on the map', async () => {
    const { page, context, errors } = await openPage(browser, {
      reducedMotion: true,
      path: '#sel=port-luohu',
    });
    await waitForMapIdle(page);
    await expect.poll(() => statedIds(page, 'selected')).toEqual(['port-luohu']);
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => statedIds(page, 'selected')).toEqual([]);
    await expect.poll(() => page.locator('feature-inspector').count()).toBe(0);
    await expect.poll(() => hash(page)).not.toContain('sel=');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reaches the map within 3 Tab presses from page load, and the panel by the second skip link', async () => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(page);
    const isCanvas = () =>
      page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas') ?? false);
    let tabs = 0;
    while (tabs < 3 && !(await isCanvas())) {
      await page.keyboard.press('Tab');
      tabs += 1;
      const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (name === '跳到地图') await page.keyboard.press('Enter');
    }
    expect(await isCanvas()).toBe(true);
    expect(tabs).toBeLessThanOrEqual(3);
    // The skip link shows when focused (it is not a hidden trap).
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    const panelLink = page.getByRole('button', { name: '跳到文本与图层面板' });
    await panelLink.focus();
    const box = await panelLink.boundingBox();
    expect(box && box.y >= 0 && box.height >= 24).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes counts with the right plural in English and says "here" rather than 0 m', async () => {
    const { page, context, errors } = await openPage(browser, {
      reducedMotion: true,
      path: '#lang=en&mode=measure&c=114.12,22.55,14',
    });
    await waitForMapIdle(page);
    const readout = page.locator('planner-tools [data-measure-readout]');
    const canvas = await boxOf(page, '.maplibregl-canvas');
    if (!canvas) throw new Error('no canvas');
    await page.mouse.click(canvas.left + 300, canvas.top + 300);
    await expect.poll(() => readout.textContent()).toMatch(/\(1 point\)/);
    await page.mouse.click(canvas.left + 400, canvas.top + 300);
    await expect.poll(() => readout.textContent()).toMatch(/\(2 points\)/);
    expect(errors).toEqual([]);
    await context.close();

    // A pin on a station: that station is "here", not "0 m · about 1 min walk".
    const [lng, lat] = positions('station-guomao')[0] as [number, number];
    const near = await openPage(browser, {
      reducedMotion: true,
      path: `#lang=en&pin=${lng},${lat}&r=500`,
    });
    await waitForMapIdle(near.page);
    const first = near.page.locator('near-me li.result').first();
    await expect.poll(() => first.locator('.distance').textContent()).toBe('here');
    expect(await first.textContent()).not.toMatch(/\b0 m\b|walk/);
    await expect
      .poll(() => near.page.locator('near-me li.result').nth(1).textContent())
      .toMatch(/\b\d+ minutes?’ walk/);
    expect(near.errors).toEqual([]);
    await near.context.close();
  });

  it('gives "what applies here" links targets of at least 24 px, and 44 px on a phone', async () => {
    for (const [viewport, min] of [
      [undefined, 24],
      [PHONE, 44],
    ] as const) {
      const { page, context } = await openPage(browser, {
        reducedMotion: true,
        ...(viewport ? { viewport } : {}),
        path: '#mode=here&h=114.118,22.545',
      });
      await waitForMapIdle(page);
      const links = page.locator('planner-tools [data-here-result] button');
      await expect.poll(() => links.count()).toBeGreaterThan(2);
      for (const b of await links.all())
        expect((await b.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(min);
      await context.close();
    }
  });

  it('frames the selected feature clear of its card, on the desktop and on a phone', async () => {
    for (const [viewport, id] of [
      [undefined, 'belt-hongling-finance'],
      [undefined, 'station-guomao'],
      [PHONE, 'station-guomao'],
      [PHONE, 'port-luohu'],
    ] as const) {
      const { page, context, errors } = await openPage(browser, {
        reducedMotion: true,
        ...(viewport ? { viewport } : {}),
        path: `#sel=${id}`,
      });
      await waitForMapIdle(page);
      await expect.poll(() => inView(page, id), { timeout: 20_000 }).toBe('clear');
      expect(errors).toEqual([]);
      await context.close();
    }
    // Picked in the list of features on the map: the card opens and the map makes room for it.
    const { page, context } = await openPage(browser, { reducedMotion: true, path: '#c=114.085,22.56,15' });
    await waitForMapIdle(page);
    await page.evaluate(() => {
      location.hash = '#sel=belt-hongling-finance&c=114.085,22.56,15';
    });
    await expect.poll(() => inView(page, 'belt-hongling-finance'), { timeout: 20_000 }).toBe('clear');
    await context.close();
  });

  it('on a phone: one compact header row, the sheet over the planner buttons, three result cards in the half sheet, a tapped result kept in view', async () => {
    const [lng, lat] = positions('station-guomao')[0] as [number, number];
    const { page, context, errors } = await openPage(browser, {
      reducedMotion: true,
      viewport: PHONE,
      path: `#pin=${lng},${lat}&r=1000`,
    });
    await waitForMapIdle(page);
    const header = await boxOf(page, '.app-header');
    expect((header?.bottom ?? 999) - (header?.top ?? 0)).toBeLessThanOrEqual(64);
    // The basemap select lives in the "⋯" menu, wide enough for its longest name.
    await page.getByRole('button', { name: /更多/ }).click();
    const select = page.locator('.basemap-select select');
    await expect.poll(() => select.isVisible()).toBe(true);
    const fits = await select.evaluate((s: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(s).font;
      probe.style.position = 'absolute';
      probe.textContent = [...s.options].reduce((a, o) => (o.text.length > a.length ? o.text : a), '');
      document.body.append(probe);
      const need = probe.getBoundingClientRect().width;
      probe.remove();
      return s.clientWidth - 40 >= need;
    });
    expect(fits).toBe(true);
    await page.getByRole('button', { name: /更多/ }).click();

    // Three result cards fit in the half sheet below its handle and tabs.
    const sheet = await boxOf(page, 'bottom-sheet');
    const tabs = await boxOf(page, '.tabs');
    const rows = page.locator('near-me li.result');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    const heights = await rows.evaluateAll((els) =>
      els.slice(0, 3).map((e) => e.getBoundingClientRect().height),
    );
    const room = (sheet?.bottom ?? 0) - (tabs?.bottom ?? 0);
    expect(heights.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(room);

    // A tapped result: its row in view in the sheet, its point on the map above sheet and card.
    const target = rows.nth(3);
    const id = (await target.getAttribute('data-feature')) ?? '';
    await target.locator('.pick').click();
    await expect.poll(() => statedIds(page, 'selected')).toEqual([id]);
    await expect.poll(() => inView(page, id), { timeout: 20_000 }).toBe('clear');
    const row = await target.boundingBox();
    expect(row && sheet && row.y >= (tabs?.bottom ?? 0) - 1 && row.y + 10 <= sheet.bottom).toBe(true);

    // At full height the sheet covers the planner's buttons rather than the buttons the list.
    const handle = page.locator('bottom-sheet').getByRole('button', { name: /面板高度/ });
    await handle.focus();
    await handle.press('ArrowUp');
    await expect.poll(() => page.locator('bottom-sheet').getAttribute('size')).toBe('full');
    await expect
      .poll(async () => {
        const tool = await page
          .locator('planner-tools')
          .getByRole('button', { name: '此处适用' })
          .boundingBox();
        if (!tool) return false;
        return page.evaluate(
          ([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('bottom-sheet') !== null,
          [tool.x + tool.width / 2, tool.y + tool.height / 2],
        );
      })
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a term in the text wrap like the words around it', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE, path: '#lang=en' });
    await waitForMapIdle(page);
    const terms = page.locator('measure-text .term');
    await expect.poll(() => terms.count()).toBeGreaterThan(10);
    // No term is an unbreakable box: some long term breaks across two lines of the paragraph.
    const split = await terms.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 1).length);
    expect(split).toBeGreaterThan(0);
    expect(await terms.first().getAttribute('role')).toBe('button');
    await context.close();
  });
});
