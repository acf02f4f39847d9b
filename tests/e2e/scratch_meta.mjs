import { serve, launch, openPage, waitReady, rerender } from './helpers.mjs';
const A = `Tidal surge floods Port Elsham harbour district | Fjord Times
Home
Menu
Search
Ada Lindqvist
December 3, 2031
Share
About 400 people were evacuated from the harbour district of Port Elsham late on Wednesday after a tidal surge flooded streets along the quay.
The harbour authority said the water rose more than two metres above the usual high tide.
Follow us on Telegram, Facebook, Instagram, YouTube and X for the latest news and updates.`;
const B = `Share on Twitter Share on LinkedIn Copy link
Link copied to clipboard!
See if you qualify for a refund
Hundreds of residents left their homes in Port Elsham on Wednesday night when a surge flooded the harbour district.
Officials said the sea rose about two metres above the normal high tide along the quay.
Mara Quennell, Contributor
Back`;
const srv = await serve();
const browser = await launch();
for (const [name, viewport] of [['desk', { width: 1400, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  const { page, log } = await openPage(browser, srv.url, { viewport });
  // start empty if a sample is loaded
  for (const [n, t] of [['', A], ['', B]]) {
    if (!(await page.locator('#paste-text').isVisible())) await page.click('#open-intake');
    await page.fill('#paste-text', t);
    await page.click('#paste-form button[type="submit"]');
    await page.waitForTimeout(1500);
    await waitReady(page);
  }
  await page.screenshot({ path: `/tmp/an/meta-${name}.png`, fullPage: false });
  console.log(name, await page.locator('.col-head').allInnerTexts(), log.errors);
}
await browser.close(); await srv.close();
