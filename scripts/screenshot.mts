import { chromium } from 'playwright-core';
import { preview } from 'vite';

const server = await preview({
  preview: { host: '127.0.0.1', port: 4179 },
  build: { outDir: process.env.ATLAS_DIST ?? 'dist' },
  logLevel: 'error',
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
  ],
});
const hash = process.argv[2] ?? '';
for (const [name, vp] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  const page = await browser.newPage({ viewport: vp });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(name, m.type(), m.text());
  });
  page.on('pageerror', (e) => console.log(name, 'pageerror', String(e)));
  await page.goto(`http://127.0.0.1:4179/${hash}`);
  await page
    .waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 60000 })
    .catch((e) => console.log('noidle', e.message));
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shot-${name}.png` });
  await page.close();
}
await browser.close();
server.httpServer.close();
