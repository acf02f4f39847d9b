// Safety and accessibility: the Content-Security-Policy holds, article text
// never becomes markup, nothing goes over the network after load, axe-core
// finds no serious or critical violation (light, dark, phone).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { serve, launch, openPage, waitReady, rerender, WWW } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('safety', () => {
  let srv, browser;
  before(async () => {
    srv = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  it('index.html has a strict CSP and no inline script, style or handler', async () => {
    const html = await readFile(path.join(WWW, 'index.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    assert.ok(csp, 'CSP meta present');
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(csp, /worker-src 'self'/);
    assert.ok(!/unsafe-inline/.test(csp));
    assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'no inline script');
    assert.ok(!/\sstyle=/i.test(html), 'no style attribute');
    assert.ok(!/<style/i.test(html), 'no style element');
    assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handler');
    // Only engine.js imports ./pkg/.
    for (const f of ['app.js', 'view.js', 'controller.js', 'store.js', 'model.js', 'export.js', 'bookmarklet.js']) {
      const src = await readFile(path.join(WWW, f), 'utf8');
      assert.ok(!/pkg\//.test(src), `${f} does not touch ./pkg/`);
      assert.ok(!/\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=|document\.write/.test(src), `${f} never writes HTML`);
    }
  });

  it('the CSP holds at run time: no violation while working, an injected inline script is blocked', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const { page, log } = await openPage(browser, srv.url, { context });
    await page.click('#s-a0s1');
    await page.click('#view-claims');
    await page.click('#view-articles');
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = true';
      document.body.append(s);
      const d = document.createElement('div');
      d.setAttribute('onclick', 'window.__pwned = true');
      document.body.append(d);
      d.click();
    });
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.ok((await page.evaluate(() => window.__csp)).some((v) => /script-src/.test(v)));
    assert.ok(log.errors.every((e) => /Content Security Policy/.test(e)), 'only the expected CSP reports');
    await context.close();
  });

  it('article text reaches the page as text, never as markup', async () => {
    const { page, context } = await openPage(browser, srv.url);
    await page.evaluate(() => window.corroborate.app.addArticles([
      { name: '<b>Bold</b> name', text: 'Evil <img src=x onerror="window.__xss=1"> text about the tidal surge in Port Elsham on Wednesday night.\n<script>window.__xss=2</script> more text here.', format: 'text' },
      { name: 'html page', text: '<html><body><article><p>Surge story <img src=x onerror="window.__xss=3"> in Port Elsham harbour district.</p><script>window.__xss=4</script></article></body></html>', format: 'html' },
    ]));
    await waitReady(page, 7);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.locator('#columns img, #columns script, #columns b').count(), 0);
    assert.match(await page.locator('.col').nth(5).locator('.col-body').textContent(), /Evil <img src=x/);
    assert.equal(await page.locator('.col').nth(5).locator('h2').textContent(), '<b>Bold</b> name');
    await context.close();
  });

  it('bidi controls in article text stay inside their sentence (isolated)', async () => {
    const { page, context } = await openPage(browser, srv.url);
    await page.evaluate(() => window.corroborate.app.addArticles([
      { name: 'Left \u202e thgir', text: 'The harbour wall \u202egave way\u202c on Monday night after the storm.\nRepairs will take a month.', format: 'text' },
    ]));
    await waitReady(page, 6);
    const col = page.locator('.col').nth(5);
    const check = await col.evaluate((el) => {
      const sentences = [...el.querySelectorAll('.col-body [data-id]')];
      return {
        sentences: sentences.length,
        isolated: sentences.filter((s) => {
          const b = s.querySelector(':scope > bdi');
          return b && getComputedStyle(b).unicodeBidi === 'isolate' && b.textContent.length > 0;
        }).length,
        // no override character outside an isolating element
        leaks: sentences.filter((s) => [...s.childNodes].some((n) => n.nodeType === 3 && /[\u202a-\u202e\u2066-\u2069]/.test(n.textContent))).length,
        headDir: el.querySelector('h2').getAttribute('dir'),
      };
    });
    assert.ok(check.sentences >= 2, `sentences: ${check.sentences}`);
    assert.equal(check.isolated, check.sentences);
    assert.equal(check.leaks, 0);
    assert.equal(check.headDir, 'auto');
    await context.close();
  });

  it('makes no network request after load', async () => {
    const { page, log, context } = await openPage(browser, srv.url);
    await page.waitForTimeout(300);
    const loaded = log.requests.length;
    assert.ok(log.requests.some((u) => u.endsWith('.wasm')), 'the engine loaded');
    // Work with the page: pin, claims, markers, paste (a new analysis), put a line back, export.
    await page.click('#s-a1s2');
    await page.click('#view-claims');
    await page.click('#view-articles');
    await page.click('label.switch');
    await page.click('label.switch');
    await page.click('#open-intake');
    await page.fill('#paste-text', 'A tidal surge flooded the harbour district of Port Elsham on Wednesday night.');
    await page.click('#paste-form button[type="submit"]');
    await waitReady(page, 6);
    await page.locator('.col').first().locator('details.removed summary').click();
    await rerender(page, () => page.locator('.col').first().locator('button[data-action="keep"]').first().click(), 6);
    await page.click('#file-menu summary');
    const dl = page.waitForEvent('download');
    await page.click('#export-json');
    await dl;
    await page.keyboard.press('?');
    await page.keyboard.press('Escape');
    const after = log.requests.slice(loaded).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));
    assert.deepEqual(after, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  for (const [label, opts] of [
    ['light', { colorScheme: 'light' }],
    ['dark', { colorScheme: 'dark' }],
    ['phone', { colorScheme: 'light', viewport: { width: 390, height: 844 } }],
  ]) {
    it(`axe-core: no serious or critical violation (${label}; columns, details, claims, dialogs)`, async () => {
      const { page, log, context } = await openPage(browser, srv.url, opts);
      const found = [];
      found.push(...await axe(page));
      await page.click('#s-a0s3');
      found.push(...(await axe(page)).map((v) => `details: ${v}`));
      await page.click('#view-claims');
      found.push(...(await axe(page)).map((v) => `claims: ${v}`));
      await page.click('#view-articles');
      await page.click('#open-intake');
      found.push(...(await axe(page)).map((v) => `intake: ${v}`));
      await page.click('#intake-close');
      await page.click('#open-keys');
      found.push(...(await axe(page)).map((v) => `keys: ${v}`));
      assert.deepEqual([...new Set(found)], []);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }

  it('honours prefers-reduced-motion (no flash animation, no smooth scroll)', async () => {
    const { page, context } = await openPage(browser, srv.url, { reducedMotion: 'reduce' });
    await page.click('#s-a0s3');
    const anim = await page.locator('.s.pin-match').first().evaluate((el) => getComputedStyle(el).animationName);
    assert.equal(anim, 'none');
    await context.close();
  });
});
