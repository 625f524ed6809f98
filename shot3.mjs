import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run','--disable-sync','--disable-quic'] });
for (const [url, out, width] of [[process.argv[2], '/tmp/portal-375.png', 375], [process.argv[2], '/tmp/portal-1280.png', 1280]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForTimeout(7000);
  await page.screenshot({ path: out, fullPage: true });
  console.log(width, 'errors:', errors.slice(0, 5));
}
await browser.close();
