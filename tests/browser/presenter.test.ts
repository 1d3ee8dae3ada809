import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Camera, Story, TextDoc } from '../../src/content/types';
import { QR_OPTIONS } from '../../src/ui/print-handout/qr';
import {
  appUrl,
  axeViolations,
  DESKTOP,
  launchBrowser,
  onMap,
  openPage,
  PHONE,
  statedIds,
  waitForMapIdle,
} from './harness';

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
const text = JSON.parse(readFileSync('data/text/measures.json', 'utf8')) as TextDoc;
const steps = story.steps;

/** The camera the app last wrote to the URL. */
async function urlCamera(page: Page): Promise<number[]> {
  const hash = await page.evaluate(() => location.hash);
  return (new URLSearchParams(hash.slice(1)).get('c') ?? '').split(',').map(Number);
}

/**
 * At the step's camera: its centre, and its zoom or less (the camera controller zooms out as far as the
 * caption's measured height needs for the step's ground to fit the part of the map left clear).
 */
const near = (c: number[], target: Camera) =>
  Math.abs((c[0] ?? 0) - target.center[0]) < 1e-4 &&
  Math.abs((c[1] ?? 0) - target.center[1]) < 1e-4 &&
  (c[2] ?? 0) < target.zoom + 0.02 &&
  (c[2] ?? 0) > target.zoom - 1.2;

/** Features with a drawn geometry: the ones the map can emphasise (placeless ones stand in a text only). */
const PLACELESS = new Set(
  readdirSync('data/layers')
    .filter((f) => f.endsWith('.geojson'))
    .flatMap((f) => JSON.parse(readFileSync(`data/layers/${f}`, 'utf8')).features)
    .filter((f: { geometry: unknown }) => f.geometry === null)
    .map((f: { id: string }) => f.id),
);
const drawn = (ids: string[]) => ids.filter((id) => !PLACELESS.has(id)).sort();

/** Every point feature of the layers, with its coordinates. */
const POINTS = readdirSync('data/layers')
  .filter((f) => f.endsWith('.geojson'))
  .flatMap((f) => JSON.parse(readFileSync(`data/layers/${f}`, 'utf8')).features)
  .filter((f: { geometry: { type: string } | null }) => f.geometry?.type === 'Point')
  .map((f: { id: string; geometry: { coordinates: number[] } }) => ({
    id: f.id,
    coordinates: f.geometry.coordinates,
  }));

/** What MapLibre emphasises: the features whose feature-state says "highlight". */
function highlighted(page: Page): Promise<string[]> {
  return statedIds(page, 'highlight');
}

const caption = (page: Page) => page.locator('presenter-view .caption');

describe('presenter mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('steps through the story by keyboard, every move a jump under reduced motion; explore and return', async () => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '演示模式' }).click();
    await expect.poll(() => page.locator('atlas-app.presenting').count()).toBe(1);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    await expect.poll(() => caption(page).locator('h2').textContent()).toBe(steps[0]?.title.zh);
    expect(await axeViolations(page)).toEqual([]);

    for (const [i, step] of steps.entries()) {
      if (i > 0) {
        const started = Date.now();
        await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
        // Reduced motion: the camera is at the step's view at once, not after the step's flight.
        await expect
          .poll(() => urlCamera(page), { timeout: 2000, interval: 50 })
          .toSatisfy((c: number[]) => near(c, step.camera));
        expect(Date.now() - started).toBeLessThan(step.duration ?? 2000);
      }
      await expect.poll(() => caption(page).locator('h2').textContent()).toBe(step.title.zh);
      expect(await caption(page).locator('p').textContent()).toBe(step.caption.zh);
      await expect.poll(() => highlighted(page)).toEqual(drawn(step.highlight));
      expect(await page.locator('presenter-view .progress').textContent()).toContain(
        `${i + 1} / ${steps.length}`,
      );
      await expect
        .poll(async () => new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('s'))
        .toBe(step.id);
    }

    await page.keyboard.press('Home');
    await expect.poll(() => caption(page).locator('h2').textContent()).toBe(steps[0]?.title.zh);
    const m4 = steps.find((s) => s.section === 'm4');
    await page.keyboard.press('4');
    await expect.poll(() => caption(page).locator('h2').textContent()).toBe(m4?.title.zh);
    await expect.poll(() => highlighted(page)).toEqual(drawn(m4?.highlight ?? []));

    // Explore: the presenter moves the map away, then R brings back the step's view.
    await expect.poll(() => urlCamera(page)).toSatisfy((c: number[]) => near(c, m4?.camera as Camera));
    await page.evaluate(() => {
      location.hash = location.hash.replace(/c=[^&]*/, 'c=114.18,22.58,14.5');
    });
    await expect.poll(() => urlCamera(page)).toEqual([114.18, 22.58, 14.5]);
    expect(await caption(page).locator('h2').textContent()).toBe(m4?.title.zh);
    await page.keyboard.press('r');
    await expect
      .poll(() => urlCamera(page), { timeout: 2000 })
      .toSatisfy((c: number[]) => near(c, m4?.camera as Camera));
    // The same with the button.
    await page.evaluate(() => {
      location.hash = location.hash.replace(/c=[^&]*/, 'c=114.1,22.56,15');
    });
    await expect.poll(() => urlCamera(page)).toEqual([114.1, 22.56, 15]);
    await page.getByRole('button', { name: /返回本步视图/ }).click();
    await expect
      .poll(() => urlCamera(page), { timeout: 2000 })
      .toSatisfy((c: number[]) => near(c, m4?.camera as Camera));

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('atlas-app.presenting').count()).toBe(0);
    expect(await page.locator('presenter-view').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('present');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('frames the first step on entering presenter mode as on every later visit, clear of the caption', async () => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: true });
    await waitForMapIdle(page);
    /** MapLibre's zoom once the caption has its height and the camera is still. */
    const settledZoom = async () => {
      await expect.poll(() => caption(page).locator('h2').textContent()).toBeTruthy();
      await expect.poll(() => onMap(page, (m) => m.isMoving())).toBe(false);
      // The caption reports its height in a later frame: the zoom must have stopped changing.
      let last = Number.NaN;
      await expect
        .poll(async () => {
          const zoom = await onMap(page, (m) => m.getZoom());
          const same = Math.abs(zoom - last) < 1e-6;
          last = zoom;
          return same;
        })
        .toBe(true);
      return last;
    };
    await page.getByRole('button', { name: '演示模式' }).click();
    await expect.poll(() => caption(page).locator('h2').textContent()).toBe(steps[0]?.title.zh);
    const first = await settledZoom();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption(page).locator('h2').textContent()).toBe(steps[1]?.title.zh);
    await page.keyboard.press('Home');
    await expect.poll(() => caption(page).locator('h2').textContent()).toBe(steps[0]?.title.zh);
    const again = await settledZoom();
    expect(first).toBeCloseTo(again, 3);
    // Framed for the height the caption and controls leave clear: zoomed out from the step's own camera.
    expect(first).toBeLessThan((steps[0]?.camera.zoom ?? 0) - 0.01);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens at the step the URL names; the notes window follows the main window and drives it', async () => {
    const m4 = steps.find((s) => s.id === 'm4');
    const { page, context, errors } = await openPage(browser, { path: '#s=m4' });
    await waitForMapIdle(page);
    await expect.poll(() => caption(page).locator('h2').textContent()).toBe(m4?.title.zh);

    const [notes] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: '演讲者备注' }).click(),
    ]);
    await notes.waitForLoadState();
    const current = notes.locator('presenter-notes #current-title');
    await expect.poll(() => current.textContent(), { timeout: 15_000 }).toBe(m4?.title.zh);
    expect(await notes.locator('presenter-notes .notes').textContent()).toBe(m4?.notes.zh);
    const m5 = steps.find((s) => s.id === 'm5');
    expect(await notes.locator('presenter-notes .next h3').textContent()).toBe(m5?.title.zh);
    expect(await notes.locator('presenter-notes [role="timer"]').textContent()).toMatch(/^\d+:\d\d$/);

    // Main drives notes. Without reduced motion the camera flies: it is not there yet half a second on.
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current.textContent()).toBe(m5?.title.zh);
    // The camera is flying (MapLibre says it moves), so it is not at the step's view yet.
    await expect.poll(() => onMap(page, (m) => m.isMoving())).toBe(true);
    expect(near(await urlCamera(page), m5?.camera as Camera)).toBe(false);

    // Notes drive main, by key and by button.
    await notes.bringToFront();
    await notes.keyboard.press('ArrowLeft');
    await expect.poll(() => caption(page).locator('h2').textContent()).toBe(m4?.title.zh);
    await expect.poll(() => current.textContent()).toBe(m4?.title.zh);
    await notes.keyboard.press('8');
    const m8 = steps.find((s) => s.section === 'm8');
    await expect.poll(() => caption(page).locator('h2').textContent()).toBe(m8?.title.zh);
    await notes.getByRole('button', { name: /下一步/ }).click();
    const after8 = steps[steps.findIndex((s) => s.id === m8?.id) + 1];
    await expect.poll(() => caption(page).locator('h2').textContent()).toBe(after8?.title.zh);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`frames steps clear of the measured caption and controls, with a legend on stage (${name})`, async () => {
      for (const lang of ['zh', 'en'] as const) {
        const { page, context, errors } = await openPage(browser, {
          viewport,
          reducedMotion: true,
          path: `#${lang === 'en' ? 'lang=en&' : ''}s=m4`,
        });
        await waitForMapIdle(page);
        const box = async (selector: string) => {
          const b = await page.locator(selector).first().boundingBox();
          if (!b) throw new Error(`${selector} has no box`);
          return b;
        };
        // MapLibre's own padding: the caption and what is under it at the bottom, strip and tools at the top.
        const map = await box('.map');
        const cap = await box('presenter-view .caption');
        const tools = await box('presenter-view .tools');
        const padding = () =>
          onMap(page, (m) => (m as unknown as { getPadding(): Record<string, number> }).getPadding());
        await expect.poll(padding).toMatchObject({
          bottom: Math.round(map.y + map.height - cap.y),
          top: Math.round(tools.y + tools.height - map.y),
        });
        // Every highlighted place of the step that has a point is drawn in the clear part of the map.
        const m4 = steps.find((st) => st.id === 'm4');
        const points = POINTS.filter((f) => m4?.highlight.includes(f.id)).map((f) => f.coordinates);
        expect(points.length).toBeGreaterThan(2);
        const projected = await onMap(
          page,
          (m, pts) =>
            pts.map((p) => (m as unknown as { project(p: number[]): { x: number; y: number } }).project(p)),
          points,
        );
        const pad = await padding();
        for (const p of projected) {
          expect(p.y, `${lang}: a port under the caption or the controls`).toBeGreaterThan(pad.top ?? 0);
          expect(p.y).toBeLessThan(map.height - (pad.bottom ?? 0));
          expect(p.x).toBeGreaterThan(0);
          expect(p.x).toBeLessThan(map.width);
        }
        // Previous / Next sit clear of the map's attribution text (when it is open, not folded to its ⓘ).
        for (const part of ['.atlas-attribution p']) {
          const attribution = await page.locator(part).first().boundingBox();
          if (!attribution?.width) continue;
          for (const button of ['presenter-view .prev', 'presenter-view .next']) {
            const b = await box(button);
            const apart =
              b.y + b.height <= attribution.y ||
              attribution.y + attribution.height <= b.y ||
              b.x + b.width <= attribution.x ||
              attribution.x + attribution.width <= b.x;
            expect(apart, `${button} clear of ${part} (${lang})`).toBe(true);
          }
        }
        // The step strip shows whole titles or none: no button is cut by the strip's edge mid-word.
        const cut = await page.locator('presenter-view').evaluate((el) => {
          const strip = el.shadowRoot?.querySelector('.strip') as HTMLElement;
          const edge = strip.getBoundingClientRect();
          return [...strip.querySelectorAll<HTMLElement>('.title')]
            .filter((t) => t.getBoundingClientRect().width > 1)
            .filter((t) => {
              const r = t.getBoundingClientRect();
              return r.left < edge.left - 0.5 || r.right > edge.right + 0.5;
            })
            .filter((t) => {
              const r = t.getBoundingClientRect();
              return r.right > edge.left && r.left < edge.right;
            }).length;
        });
        expect(cut).toBe(0);
        // The legend on stage names the step's layers by class.
        const legend = page.locator('presenter-view .legend');
        if (name === 'phone') await legend.locator('summary').click();
        await expect.poll(() => legend.locator('li').count()).toBeGreaterThanOrEqual(5);
        expect(await legend.textContent()).toContain(lang === 'zh' ? '地铁' : 'Metro');
        expect(errors).toEqual([]);
        await context.close();
      }
    });
  }

  it('prints a handout of the step: map at print resolution, legend, text, sources and a QR code of its URL', async () => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: true, path: '#s=m4' });
    await waitForMapIdle(page);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: '打印讲义' }).click();
    const dialog = page.locator('presenter-view dialog');
    await dialog.getByLabel('A3 横向').check();
    await dialog.getByRole('button', { name: '打印或存为 PDF' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), {
        timeout: 60_000,
      })
      .toBe(1);

    const handout = page.locator('print-handout .page[data-step="m4"]');
    expect(await handout.count()).toBe(1);
    const map = handout.locator('.map img');
    expect(await map.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    // Print resolution: the image has several times the pixels of the map on screen.
    const size = await map.evaluate((img) => [(img as HTMLImageElement).naturalWidth, innerWidth]);
    expect(size[0]).toBeGreaterThanOrEqual((size[1] ?? 0) * 2);
    expect(await handout.locator('.legend li').count()).toBeGreaterThan(4);
    expect(await handout.locator('.legend').textContent()).toContain('口岸');
    const paragraphs = text.sections.find((s) => s.id === 'm4')?.paragraphs ?? [];
    expect(await handout.locator('.text p').allTextContents()).toEqual(paragraphs.map((p) => p.zh));
    expect(await handout.locator('.sources li').count()).toBeGreaterThan(2);

    const expectedUrl = `${appUrl()}#s=m4`;
    const qr = handout.locator('.qr img');
    expect(await qr.getAttribute('data-url')).toBe(expectedUrl);
    const svg = await QRCode.toString(expectedUrl, QR_OPTIONS);
    expect(await qr.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);

    // In print only the handout shows, on A3 landscape pages (420 × 297 mm).
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-body').isVisible()).toBe(false);
    expect(await handout.isVisible()).toBe(true);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf).toMatch(/MediaBox \[0 0 119[01]\.\d+ 841\.\d+\]/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
