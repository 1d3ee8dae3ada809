import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  DESKTOP,
  heldRequests,
  launchBrowser,
  mapSettled,
  onMap,
  openPage,
  PHONE,
  waitForMapIdle,
} from './harness';

/**
 * Share of sampled pixels of the map, as the page shows it (a screenshot of its canvas), that differ
 * from the most common colour: 0 means a blank map.
 */
async function canvasVariety(page: Page): Promise<number> {
  const png = await page.locator('.maplibregl-canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const copy = document.createElement('canvas');
    copy.width = 200;
    copy.height = 200;
    const ctx = copy.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0, 200, 200);
    const data = ctx.getImageData(0, 0, 200, 200).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i] as number) << 16) | ((data[i + 1] as number) << 8) | (data[i + 2] as number);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());
    return 1 - top / (data.length / 4);
  }, png.toString('base64'));
}

describe('foundation: the offline atlas opens framed on the district', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws a map that is not blank, with no error and no request outside its origin', async () => {
    const { page, errors, requests, context } = await openPage(browser);
    await waitForMapIdle(page);
    // Its content came in one request, the build's start bundle, not one per file.
    const origin = new URL(page.url()).origin;
    expect(requests.filter((r) => r.startsWith(`${origin}/data/`))).toEqual([`${origin}/data/start.json`]);
    expect(await page.locator('.loading').count()).toBe(0);
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
    expect(
      requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:')),
    ).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toContain('罗湖');
    await context.close();
  });

  it('names each area at the point the build worked out, and MapLibre draws those labels', async () => {
    const { page, context, errors } = await openPage(browser);
    await waitForMapIdle(page);
    const bundle = (await (
      await context.request.get(new URL('data/start.json', page.url()).href)
    ).json()) as {
      labels: Record<string, [number, number]>;
    };
    // Every label source MapLibre holds, as MapLibre holds it: its points and their areas' ids.
    const held = await onMap(page, (m) => {
      const map = m as unknown as {
        getStyle(): { sources: Record<string, { type: string; data?: GeoJSON.FeatureCollection }> };
      };
      return Object.entries(map.getStyle().sources)
        .filter(([id]) => id.endsWith('-labels'))
        .flatMap(([, s]) =>
          (s.data?.features ?? []).map((f) => [f.properties?.fid, (f.geometry as GeoJSON.Point).coordinates]),
        );
    });
    expect(held.length).toBeGreaterThan(10);
    for (const [id, at] of held) expect(at, String(id)).toEqual(bundle.labels[String(id)]);
    // And the names are drawn: the district's own name among the labels on screen.
    await expect
      .poll(() =>
        onMap(page, (m) =>
          (m as unknown as { queryRenderedFeatures(): { properties: Record<string, unknown> }[] })
            .queryRenderedFeatures()
            .some((f) => String(f.properties.name_zh ?? '').includes('罗湖')),
        ),
      )
      .toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds its controls at the first idle, named in the language the page has by then', async () => {
    // MapLibre's worker is held back, so the map stays loading while the page switches language.
    const worker = heldRequests(/maplibre-gl-worker/);
    const { page, context, errors } = await openPage(browser, { prepare: worker.route });
    await expect.poll(() => page.locator('.maplibregl-canvas').count()).toBe(1);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-scale').count()).toBe(0);
    worker.release();
    await waitForMapIdle(page);
    for (const name of ['Zoom in', 'Zoom out', 'Full screen']) {
      await expect.poll(() => page.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    await expect.poll(() => page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^\d+\s?k?m$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws a scale bar as long as the ground distance it names, left alone by a pan, following a zoom', async () => {
    const { page, context, errors } = await openPage(browser);
    await waitForMapIdle(page);
    const bar = page.locator('.maplibregl-ctrl-scale');
    await expect.poll(() => bar.count()).toBe(1);
    // The bar's own length on screen, measured as ground distance by MapLibre at the map's centre.
    const measured = async () => {
      const box = await bar.boundingBox();
      if (!box) throw new Error('no scale bar');
      return onMap(
        page,
        (map, width) => {
          const m = map as unknown as {
            unproject(p: [number, number]): { distanceTo(o: unknown): number };
            getContainer(): HTMLElement;
          };
          const { clientWidth: w, clientHeight: h } = m.getContainer();
          return m.unproject([w / 2 - width / 2, h / 2]).distanceTo(m.unproject([w / 2 + width / 2, h / 2]));
        },
        box.width,
      );
    };
    const named = async () => {
      const [, value, unit] = /^([\d.]+)\s*(米|公里)$/.exec(((await bar.textContent()) ?? '').trim()) ?? [];
      if (!value) throw new Error(`scale bar reads ${await bar.textContent()}`);
      return Number(value) * (unit === '公里' ? 1000 : 1);
    };
    const before = { text: await bar.textContent(), metres: await named() };
    expect(Math.abs((await measured()) / before.metres - 1)).toBeLessThan(0.02);

    // Watch the bar in the page while the map is dragged at one zoom: its width and text stay put.
    await page.evaluate(() => {
      const el = document.querySelector('.maplibregl-ctrl-scale') as HTMLElement;
      const seen: string[] = [];
      new MutationObserver((records) => {
        for (const r of records) seen.push(r.type);
      }).observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
      (window as unknown as { __scaleWrites: string[] }).__scaleWrites = seen;
    });
    const center = () => onMap(page, (m) => m.project([114.12, 22.55]));
    const from = await center();
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    if (!canvas) throw new Error('no map');
    const [x, y] = [canvas.x + canvas.width * 0.45, canvas.y + canvas.height * 0.4];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 120, y + 60, { steps: 20 });
    await page.mouse.up();
    await expect.poll(() => onMap(page, (m) => m.isMoving())).toBe(false);
    const to = await center();
    expect(Math.hypot(to.x - from.x, to.y - from.y)).toBeGreaterThan(50);
    expect(
      await page.evaluate(() => (window as unknown as { __scaleWrites: string[] }).__scaleWrites),
    ).toEqual([]);
    expect(await bar.textContent()).toBe(before.text);

    // Two zoom steps in with the map's button: a quarter of the distance, the bar as long as it says.
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    await zoomIn.click();
    await expect.poll(() => onMap(page, (m) => m.isMoving())).toBe(false);
    await zoomIn.click();
    await expect.poll(named).toBeLessThan(before.metres / 2);
    await expect.poll(() => onMap(page, (m) => m.isMoving())).toBe(false);
    expect(Math.abs((await measured()) / (await named()) - 1)).toBeLessThan(0.02);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the scale bar and the attribution above a phone’s bottom sheet, at each of its heights', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: PHONE });
    await waitForMapIdle(page);
    const controls = ['.maplibregl-ctrl-scale', '.atlas-attribution'];
    await expect.poll(() => page.locator(controls.join(', ')).count()).toBe(2);
    // What a finger at the middle of each control touches: the control, not the sheet over it.
    const uncovered = () =>
      page.evaluate((selectors) => {
        return selectors.map((s) => {
          const el = document.querySelector(s) as HTMLElement;
          const r = el.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return r.height > 0 && !!top && el.contains(top);
        });
      }, controls);
    await expect.poll(uncovered).toEqual([true, true]);
    const handle = page.locator('bottom-sheet').getByRole('button', { name: /面板高度/ });
    const scaleTop = async () => (await page.locator(controls[0] as string).boundingBox())?.y ?? 0;
    const half = await scaleTop();
    await handle.focus();
    await handle.press('ArrowDown');
    await expect.poll(() => page.locator('bottom-sheet').getAttribute('size')).toBe('collapsed');
    await expect.poll(scaleTop).toBeGreaterThan(half + 100);
    await expect.poll(uncovered).toEqual([true, true]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('frames the focus district on first load and marks map-idle', async () => {
    const { page, context } = await openPage(browser);
    await waitForMapIdle(page);
    // The first framing reaches the URL after its debounce: wait for it, not for a time.
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('c=');
    const hash = await page.evaluate(() => location.hash);
    const camera = new URLSearchParams(hash.slice(1)).get('c');
    expect(camera).not.toBeNull();
    const [lng, lat, zoom] = (camera as string).split(',').map(Number);
    expect(lng).toBeGreaterThan(114.08);
    expect(lng).toBeLessThan(114.2);
    expect(lat).toBeGreaterThan(22.54);
    expect(lat).toBeLessThan(22.61);
    expect(zoom).toBeGreaterThan(10.5);
    await context.close();
  });

  it('keeps the page itself the size of the window, with the whole article drawn, on desktop and phone', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, context } = await openPage(browser, viewport ? { viewport } : {});
      await waitForMapIdle(page);
      const text = JSON.parse(readFileSync('data/text/measures.json', 'utf8')) as { sections: unknown[] };
      await expect
        .poll(() => page.locator('measure-text section[data-section]').count())
        .toBe(text.sections.length);
      // Nothing reaches below the window, so no script or key can scroll the page behind the map.
      const height = () => page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
      expect(await height()).toBeLessThanOrEqual((viewport ?? DESKTOP).height);
      await context.close();
    }
  });

  it('composites nothing over the map the size of the map, so a pan blends only the canvas and small controls', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, context } = await openPage(browser, viewport ? { viewport } : {});
      await waitForMapIdle(page);
      const cdp = await context.newCDPSession(page);
      const trees: {
        layerId: string;
        backendNodeId?: number;
        width: number;
        height: number;
        drawsContent: boolean;
      }[][] = [];
      cdp.on('LayerTree.layerTreeDidChange', (e) => {
        if (e.layers) trees.push(e.layers);
      });
      await cdp.send('LayerTree.enable');
      // A change of the page makes Chromium send its layer tree.
      await page.mouse.move(5, 5);
      await mapSettled(page);
      await expect.poll(() => trees.length).toBeGreaterThan(0);
      const canvas = await page.locator('.maplibregl-canvas').boundingBox();
      const canvasArea = (canvas?.width ?? 0) * (canvas?.height ?? 0);
      expect(canvasArea).toBeGreaterThan(0);
      // Each layer of the latest tree that draws, named by its element and whether that element sits
      // in the map's frame. Polled: a tree caught while a panel still settles (the lazy legend, the
      // sheet's height) may squash the controls for a moment; a layer that stays fails the test.
      const over = async (): Promise<string[]> => {
        const found: string[] = [];
        for (const layer of trees.at(-1) ?? []) {
          if (!layer.drawsContent || !layer.backendNodeId) continue;
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: layer.backendNodeId });
          if (!object.objectId) continue;
          const { result } = await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration:
              'function () { const el = this.nodeType === 1 ? this : this.parentElement; return el && el.closest(".map-wrap") && el.tagName !== "CANVAS" ? el.tagName + "." + el.className : ""; }',
            returnByValue: true,
          });
          const name = result.value as string;
          if (name && layer.width * layer.height > canvasArea / 4)
            found.push(`${name} ${layer.width}x${layer.height}`);
        }
        return found;
      };
      await expect.poll(over).toEqual([]);
      await context.close();
    }
  });

  it('draws the map on a canvas without an alpha channel, never black while it loads', async () => {
    // Every frame the browser shows while the page loads, as the user sees it.
    const frames: string[] = [];
    const { page, context } = await openPage(browser, {
      prepare: async (p) => {
        const cdp = await p.context().newCDPSession(p);
        cdp.on('Page.screencastFrame', (f) => {
          frames.push(f.data);
          void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => {});
        });
        await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
      },
    });
    await waitForMapIdle(page);
    // The browser's own record of the context: with no alpha channel the compositor neither blends
    // the canvas nor draws the page under it.
    const attributes = await page.evaluate(() =>
      document
        .querySelector<HTMLCanvasElement>('.maplibregl-canvas')
        ?.getContext('webgl2')
        ?.getContextAttributes(),
    );
    expect(attributes?.alpha).toBe(false);
    await page.mouse.move(5, 5);
    await mapSettled(page);
    expect(frames.length).toBeGreaterThan(2);
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    // Each frame's share of near-black points over the map, read by the browser's own PNG decoder.
    const dark = await page.evaluate(
      async ({ frames, box }) => {
        const shares: number[] = [];
        for (const data of frames) {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
          ctx.drawImage(bitmap, 0, 0);
          const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
          let n = 0;
          let black = 0;
          for (let y = box.y + 10; y < box.y + box.height - 10; y += 9)
            for (let x = box.x + 10; x < box.x + box.width - 10; x += 9) {
              const o = (Math.round(y) * bitmap.width + Math.round(x)) * 4;
              n += 1;
              if ((px[o] ?? 0) < 24 && (px[o + 1] ?? 0) < 24 && (px[o + 2] ?? 0) < 24) black += 1;
            }
          shares.push(Math.round((black / n) * 100));
        }
        return shares;
      },
      { frames, box: box ?? { x: 0, y: 0, width: 0, height: 0 } },
    );
    expect(dark.filter((share) => share > 20)).toEqual([]);
    await context.close();
  });

  it('has no axe-core violations, on desktop and phone', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, context } = await openPage(browser, viewport ? { viewport } : {});
      await waitForMapIdle(page);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('falls back to the embedded basemap and says so when an online basemap cannot load', async () => {
    const { page, context } = await openPage(browser);
    await waitForMapIdle(page);
    // No network here: the OpenStreetMap style request fails like it would offline.
    await page.route('https://**/*', (route) => route.abort());
    await page.selectOption('.basemap-select select', 'osm');
    await expect
      .poll(() => page.locator('.notice[data-key="basemap"]').textContent())
      .toContain('内置离线底图');
    expect(await page.locator('.basemap-select select').inputValue()).toBe('embedded');
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
    await context.close();
  });
});
