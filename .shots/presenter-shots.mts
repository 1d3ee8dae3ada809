import { chromium } from 'playwright-core';
import { preview } from 'vite';

const server = await preview({ build: { outDir: 'dist-print' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const base = server.resolvedUrls?.local[0];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
});
const steps = (process.env.STEPS ?? 'm4,m8').split(',');
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
for (const [name, viewport] of Object.entries(sizes)) {
  for (const lang of ['zh', 'en']) {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce', locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log('pageerror', String(e)));
    for (const step of steps) {
      await page.goto(`${base}#${lang === 'en' ? 'lang=en&' : ''}s=${step}`);
      await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 60000 });
      await page.waitForTimeout(1500);
      const pad = await page.evaluate(() => {
        const el = document.querySelector('.map') as HTMLElement & { maplibre?: { getPadding(): unknown } };
        return JSON.stringify((el as any).maplibre?.getPadding?.() ?? null);
      });
      console.log(name, lang, step, 'padding', pad);
      await page.screenshot({ path: `.shots/presenter-${name}-${lang}-${step}.png` });
      await page.goto('about:blank');
    }
    await context.close();
  }
}
await browser.close();
await new Promise<void>((r) => server.httpServer.close(() => r()));
