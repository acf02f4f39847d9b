// local look at the seeds in the page (not committed)
import { serve, launch, openPage, waitReady } from './helpers.mjs';
import { readFileSync, readdirSync } from 'node:fs';
const dir = '/work/shared/data/seeds';
const files = readdirSync(dir).sort().map((f) => ({ name: f, mimeType: 'text/plain', buffer: readFileSync(`${dir}/${f}`) }));
const srv = await serve();
const browser = await launch();
for (const [w, h, tag] of [[1400, 900, 'desktop'], [390, 844, 'phone']]) {
  const { page } = await openPage(browser, srv.url, { viewport: { width: w, height: h } });
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.corroborate.app.clearAll());
  await page.waitForTimeout(500);
  await page.setInputFiles('#file-input', files);
  await waitReady(page, 5);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/ux/seeds-${tag}.png` });
  const claims = page.locator('text=Claims').first();
  if (await claims.isVisible()) { await claims.click(); await page.waitForTimeout(600); await page.screenshot({ path: `/tmp/ux/seeds-${tag}-claims.png` }); }
}
await browser.close(); await srv.close();
