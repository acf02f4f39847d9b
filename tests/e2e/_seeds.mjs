import { serve, launch, openPage, waitReady } from './helpers.mjs';
import fs from 'node:fs';
const dir = '/work/shared/data/seeds';
const files = fs.readdirSync(dir).sort().map((f) => `${dir}/${f}`);
const srv = await serve(); const browser = await launch();
const { page } = await openPage(browser, srv.url, { viewport: { width: 1400, height: 900 } });
// start empty: remove the sample
await page.evaluate(() => window.corroborate.app.clearAll());
await page.click('#open-intake').catch(() => {});
await page.setInputFiles('#file-input', files);
await page.waitForTimeout(500);
await waitReady(page);
await page.screenshot({ path: '/tmp/an/seeds.png' });
await page.click('#view-claims'); await page.waitForTimeout(200);
await page.screenshot({ path: '/tmp/an/seeds-claims.png', fullPage: false });
await browser.close(); await srv.close();
