// Screenshots at desktop (1400x900) and phone (390x844), light and dark,
// saved under target/screenshots/ to be looked at. Each also checks that
// the layout is the one expected at that width.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from './helpers.mjs';

const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('screenshots', () => {
  let srv, browser;
  before(async () => {
    srv = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  for (const scheme of ['light', 'dark']) {
    it(`desktop ${scheme}: columns side by side, then a pinned sentence, then claims`, async () => {
      const { page, log, context } = await openPage(browser, srv.url, { viewport: DESKTOP, colorScheme: scheme, reducedMotion: 'reduce' });
      const visible = await page.locator('.col').evaluateAll((cols) => cols.filter((c) => {
        const r = c.getBoundingClientRect();
        return r.left >= 0 && r.right <= window.innerWidth;
      }).length);
      assert.equal(visible, 3, 'three columns fit; the rest scroll sideways');
      assert.ok(await page.locator('#columns').evaluate((el) => el.scrollWidth > el.clientWidth));
      await screenshot(page, `desktop-${scheme}`);
      await page.click('#s-a0s3');
      await page.mouse.move(5, 5);
      await page.waitForTimeout(200);
      await screenshot(page, `desktop-${scheme}-pinned`);
      await page.keyboard.press('Escape');
      await page.click('#view-claims');
      await screenshot(page, `desktop-${scheme}-claims`);
      await page.click('#open-intake');
      await screenshot(page, `desktop-${scheme}-intake`);
      await page.keyboard.press('Escape');
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    it(`phone ${scheme}: one column with a switcher`, async () => {
      const { page, log, context } = await openPage(browser, srv.url, { viewport: PHONE, colorScheme: scheme, reducedMotion: 'reduce' });
      assert.equal(await page.locator('.col:visible').count(), 1);
      assert.ok(await page.locator('#switcher-select').isVisible());
      await screenshot(page, `phone-${scheme}`);
      await page.selectOption('#switcher-select', '1');
      assert.equal(await page.locator('.col:visible').getAttribute('data-index'), '1');
      await page.click('#s-a1s3');
      await page.waitForTimeout(200);
      assert.ok(await page.locator('#details').isVisible());
      await screenshot(page, `phone-${scheme}-pinned`);
      // "Show in …" switches the column.
      await page.locator('#details button[data-action="goto"]').first().click();
      assert.notEqual(await page.locator('.col:visible').getAttribute('data-index'), '1');
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }
});
