import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classLegend } from '../../src/content/class-legend';
import type { AtlasCollection, Lang, Manifest, Story } from '../../src/content/types';
import { appUrl, launchBrowser, openPage, routeContent, waitForMapIdle } from './harness';

const manifest = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Manifest;
const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
const layerFeatures = (id: string) => {
  const def = manifest.layers.find((l) => l.id === id);
  if (!def) return [];
  return (JSON.parse(readFileSync(`data/${def.file}`, 'utf8')) as AtlasCollection).features;
};

/** The public address a handout should print when the manifest declares one. */
const PUBLIC_URL = 'https://atlas.example.org/luohu/';

/** One word of `pdftotext -bbox`: its page, box (pt) and text. */
interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m)
      out.push({
        page,
        x0: +(m[1] ?? 0),
        y0: +(m[2] ?? 0),
        x1: +(m[3] ?? 0),
        y1: +(m[4] ?? 0),
        text: m[5] ?? '',
      });
  }
  return out;
}

const CJK_WORD = /^[\p{Script=Han}\p{P}\u3000-\u303f\uff00-\uffef]+$/u;

/** A word's glyph height: its box, or for Chinese (square glyphs) its width per character if smaller. */
function glyphHeight(w: Word): number {
  const chars = [...w.text].length;
  const height = w.y1 - w.y0;
  return CJK_WORD.test(w.text) && chars ? Math.min(height, (w.x1 - w.x0) / chars) : height;
}

/**
 * Pairs of words on one page printed over each other: their boxes overlap across, and their middles
 * are closer than half a glyph. (pdftotext's boxes span the font's whole ascent and descent, which for
 * CJK faces is about twice the glyph, so boxes of lines set one under the other overlap harmlessly.)
 */
function overlaps(list: Word[]): string[] {
  const found: string[] = [];
  const EPS = 0.6;
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Word;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j] as Word;
      if (a.page !== b.page) continue;
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const apart = Math.abs((a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
      if (across > EPS && apart < Math.min(glyphHeight(a), glyphHeight(b)) / 2)
        found.push(`p${a.page}: "${a.text}" × "${b.text}"`);
    }
  }
  return found;
}

/** Text compared without spaces and punctuation (pdftotext drops or splits some CJK quotation marks). */
const squash = (s: string) =>
  s
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replace(/[\s\p{P}]/gu, '');

/**
 * Decodes the QR code of a page rendered to PNG by pdftoppm: the browser's canvas reads the PNG's
 * pixels (the top-right corner, where the header puts the code) and jsQR reads the code.
 */
async function decodeQr(browser: Browser, png: Buffer): Promise<string | null> {
  const page = await browser.newPage();
  try {
    const pixels = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const x = Math.round(img.naturalWidth * 0.55);
      const width = img.naturalWidth - x;
      const height = Math.round(img.naturalHeight * 0.3);
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, -x, 0);
      const bytes = ctx.getImageData(0, 0, width, height).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { width, height, data: btoa(binary) };
    }, png.toString('base64'));
    const data = new Uint8ClampedArray(Buffer.from(pixels.data, 'base64'));
    return jsQR(data, pixels.width, pixels.height)?.data ?? null;
  } finally {
    await page.close();
  }
}

/**
 * Prints a handout from presenter mode (the current step or the whole story) on `paper`, as the
 * browser's print to PDF would, and returns the PDF's path.
 */
async function printHandout(
  page: Page,
  paper: 'a4' | 'a3',
  scope: 'step' | 'story',
  path: string,
): Promise<string> {
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.locator('presenter-view button.handout').click();
  const dialog = page.locator('presenter-view dialog');
  await dialog.locator(`input[name="scope"][value="${scope}"]`).check();
  await dialog.locator(`input[name="paper"][value="${paper}"]`).check();
  await dialog.locator('button[type="submit"]').click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), {
      timeout: 300_000,
      interval: 500,
    })
    .toBe(1);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));
  return path;
}

/** The text of one page, squashed. */
const pageText = (all: Word[], n: number) =>
  squash(
    all
      .filter((w) => w.page === n)
      .map((w) => w.text)
      .join(''),
  );

describe('printed handouts', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'handout-'));
  });
  afterAll(async () => {
    await browser.close();
    if (!process.env.KEEP_HANDOUTS) rmSync(dir, { recursive: true, force: true });
    else console.log(`handouts kept in ${dir}`);
  });

  // A4: the whole story. A3 (larger captures, slower): the step whose text once overprinted its
  // sources (m5) and the overview, whose legend is the longest.
  const cases: { lang: Lang; paper: 'a4' | 'a3'; publicUrl: string; steps: 'story' | string[] }[] = [
    { lang: 'zh', paper: 'a4', publicUrl: '', steps: 'story' },
    { lang: 'en', paper: 'a4', publicUrl: PUBLIC_URL, steps: 'story' },
    { lang: 'zh', paper: 'a3', publicUrl: PUBLIC_URL, steps: ['m5', 'overview'] },
    { lang: 'en', paper: 'a3', publicUrl: '', steps: ['m5', 'overview'] },
  ];

  for (const { lang, paper, publicUrl, steps } of cases) {
    it(`${lang} ${paper}: no text over text, the whole legend, a scale bar and a QR code of ${publicUrl ? 'the public URL' : 'the page'} on each step`, async () => {
      const prefix = lang === 'en' ? '#lang=en&' : '#';
      const first = steps === 'story' ? story.steps[0]?.id : steps[0];
      const { page, context, errors } = await openPage(browser, {
        reducedMotion: true,
        path: `${prefix}s=${first}`,
        // The manifest as a deployment would declare it: the QR codes then name the public address.
        prepare: (p) =>
          routeContent(p, { 'atlas.json': (shipped) => ({ ...(shipped as object), publicUrl }) }),
      });
      await waitForMapIdle(page);
      const prints =
        steps === 'story'
          ? [{ scope: 'story' as const, steps: story.steps }]
          : steps.map((id) => ({ scope: 'step' as const, steps: story.steps.filter((st) => st.id === id) }));
      for (const [k, print] of prints.entries()) {
        const step0 = print.steps[0];
        if (print.scope === 'step' && step0) {
          await page.evaluate((hash) => {
            location.hash = hash;
          }, `${prefix}s=${step0.id}`);
          await expect
            .poll(() => page.locator('presenter-view .caption h2').textContent())
            .toBe(step0.title[lang]);
        }
        // KEEP_HANDOUTS=1 keeps the PDFs to look at.
        const pdf = await printHandout(
          page,
          paper,
          print.scope,
          join(dir, `handout-${lang}-${paper}-${k}.pdf`),
        );
        const all = words(pdf);
        const pages = Math.max(...all.map((w) => w.page));
        expect(pages).toBeGreaterThanOrEqual(print.steps.length);
        expect(overlaps(all)).toEqual([]);

        // Each step starts a page with its title; its legend (every class), scale bar and QR code follow.
        let p = 1;
        for (const step of print.steps) {
          while (p <= pages && !pageText(all, p).includes(squash(step.title[lang]))) p += 1;
          expect(p, `page of step ${step.id}`).toBeLessThanOrEqual(pages);
          const text = pageText(all, p);
          // The scale bar's length in the handout's language, then its ratio ("2 公里 · 1:50 000"; the
          // PDF's text puts the Latin digit before a CJK word elsewhere, so only the word is looked for).
          expect(text, `scale bar on ${step.id}`).toMatch(
            lang === 'zh' ? /(公里|米)1\d{2,}/ : /\d+k?m1\d{2,}/,
          );
          for (const layer of step.layers) {
            const def = manifest.layers.find((l) => l.id === layer);
            if (!def) continue;
            for (const entry of classLegend(def, layerFeatures(layer), manifest))
              expect(text, `legend of ${step.id}: ${entry.label[lang]}`).toContain(squash(entry.label[lang]));
          }
          // The QR code, decoded from the printed page's pixels, opens this step in this language.
          if (['m4', 'm5', 'overview'].includes(step.id)) {
            const png = execFileSync('pdftoppm', ['-png', '-r', '150', '-f', `${p}`, '-l', `${p}`, pdf]);
            const base = publicUrl || appUrl();
            expect(await decodeQr(browser, png), `QR of ${step.id}`).toBe(`${base}${prefix}s=${step.id}`);
          }
          p += 1;
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    }, 600_000);
  }
});
