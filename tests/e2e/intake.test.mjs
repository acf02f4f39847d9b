// Bringing articles in and keeping them: paste (text, or the markup of a copy), file picker, drop (files or a selection), the
// bookmarklet (postMessage from a page on another origin), rename, reorder,
// remove, reload, export and re-import (JSON and the offline HTML).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { serve, launch, openPage, waitReady, rerender, useReader, ROOT } from './helpers.mjs';
import { bookmarkletHref } from '../../www/bookmarklet.js';

const PASTED = `Harbour News Online
Share this story
Engineers said on Thursday that the sea wall at Port Elsham would be rebuilt after the tidal surge.
About 400 residents had to leave their homes in the harbour district on Wednesday night.
Subscribe to our newsletter`;

const NEWS_HTML = (readerUrl) => `<!doctype html><html><head><title>Surge floods Port Elsham | Fjord Times</title>
<meta property="og:site_name" content="Fjord Times"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Surge floods Port Elsham</h1><p class="byline">By Ada Lind</p>
<p>A tidal surge flooded the harbour district of Port Elsham on Wednesday night and about 400 residents were evacuated.</p>
<p>The harbour authority said the water rose more than two metres above the usual high tide.</p>
<p>Fjord Times readers sent photographs of the flooded quay.</p></article>
<footer>© Fjord Times</footer>
<a id="bm" href="${bookmarkletHref(readerUrl).replace(/"/g, '&quot;')}">Send to Corroborate</a>
</body></html>`;

describe('bringing articles in', () => {
  let srv, browser, page, log, context;
  before(async () => {
    srv = await serve(undefined, {
      '/news/story.html': { type: 'text/html; charset=utf-8', body: '' },
    });
    browser = await launch();
    ({ page, log, context } = await openPage(browser, srv.url));
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  const names = () => page.locator('.col h2').allTextContents();

  it('paste: a named article appears as a new column', async () => {
    await page.click('#open-intake');
    await page.fill('#paste-name', 'Harbour News');
    await page.fill('#paste-text', PASTED);
    await page.click('#paste-form button[type="submit"]');
    await waitReady(page, 6);
    assert.deepEqual((await names()).at(-1), 'Harbour News');
    const col = page.locator('.col').last();
    assert.match(await col.locator('.col-body').textContent(), /sea wall at Port Elsham would be rebuilt/);
    assert.ok(await col.locator('.badge-n').count() >= 1, 'the pasted article is linked to the others');
    assert.ok((await col.locator('.removed-list li').allTextContents()).some((t) => /newsletter/i.test(t)));
    // with an article of the user's, the set is no longer called the sample
    assert.doesNotMatch(await page.locator('#cluster-title').textContent(), /^Sample:/);
  });

  it('file picker: several .txt/.html files at once', async () => {
    await page.setInputFiles('#file-input', [
      { name: 'wire-copy.txt', mimeType: 'text/plain', buffer: Buffer.from('Wire copy\nAbout 400 people were evacuated from the harbour district of Port Elsham late on Wednesday after a tidal surge flooded streets along the quay.\n') },
      { name: 'saved-page.html', mimeType: 'text/html', buffer: Buffer.from('<html><head><title>Saved page</title></head><body><article><h1>Saved page</h1><p>Mayor Ines Calloway opened the Corn Exchange as an emergency shelter for the residents of Port Elsham.</p></article></body></html>') },
    ]);
    await waitReady(page, 8);
    const n = await names();
    assert.deepEqual(n.slice(-2), ['wire-copy', 'saved-page']);
    const stored = await page.evaluate(() => window.corroborate.app.articles.slice(-2).map((a) => a.format));
    assert.deepEqual(stored, ['text', 'html']);
  });

  it('drop: files dropped on the page are added', async () => {
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Dropped note\nThe water rose more than two metres above the usual high tide in Port Elsham, the harbour authority said.\n'], 'dropped.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    });
    await waitReady(page, 9);
    assert.equal((await names()).at(-1), 'dropped');
    assert.ok(await page.locator('#drop-overlay').isHidden());
  });

  it('rename, reorder and remove in the articles dialog', async () => {
    await page.click('#open-intake');
    const last = page.locator('#sources li').last();
    await last.locator('input.src-name').fill('Dropped Note');
    await rerender(page, () => last.locator('input.src-name').press('Enter'), 9);
    assert.equal((await names()).at(-1), 'Dropped Note');
    await rerender(page, () => page.locator('#sources li').last().getByRole('button', { name: /earlier/ }).click(), 9);
    assert.deepEqual((await names()).slice(-2), ['Dropped Note', 'saved-page']);
    await page.locator('#sources li').last().getByRole('button', { name: /^Remove/ }).click();
    await waitReady(page, 8);
    assert.equal((await names()).at(-1), 'Dropped Note');
    await page.click('#intake-close');
    // A removal can be undone.
    await page.click('.notice button[data-action="undo"]');
    await waitReady(page, 9);
    assert.equal((await names()).at(-1), 'saved-page');
    await page.click('#open-intake');
    await page.locator('#sources li').last().getByRole('button', { name: /^Remove/ }).click();
    await waitReady(page, 8);
    await page.click('#intake-close');
  });

  it('reload keeps the articles, their names and order', async () => {
    const before = await names();
    await page.reload();
    await waitReady(page, 8);
    assert.deepEqual(await names(), before);
  });

  it('bookmarklet: a page on another origin sends its HTML, URL and title', async () => {
    const readerUrl = srv.url; // http://127.0.0.1:port/
    const newsUrl = `http://localhost:${srv.port}/news/story.html`;
    const news = await context.newPage();
    await news.route(newsUrl, (route) => route.fulfill({ contentType: 'text/html', body: NEWS_HTML(readerUrl) }));
    await news.goto(newsUrl);
    const popupP = context.waitForEvent('page');
    await news.click('#bm');
    const reader = await popupP;
    await reader.waitForLoadState();
    await waitReady(reader, 9);
    const cols = await reader.locator('.col h2').allTextContents();
    assert.equal(cols.at(-1), `localhost:${srv.port}`);
    const last = reader.locator('.col').last();
    assert.match(await last.locator('.col-body').textContent(), /Fjord Times readers sent photographs/);
    assert.ok(!(await last.locator('.col-body').textContent()).includes('<'), 'tags are not shown as text');
    const stored = await reader.evaluate(() => window.corroborate.app.articles.at(-1));
    assert.equal(stored.url, newsUrl);
    assert.equal(stored.format, 'html');
    assert.equal(await reader.evaluate(() => location.hash), '', 'the reader disarms after one page');
    await reader.close();
    await news.close();
  });

  it('bookmarklet: messages from the wrong origin, or when not armed, are ignored', async () => {
    await page.reload();
    await waitReady(page, 9);
    const newsUrl = `http://localhost:${srv.port}/news/story.html`;
    const news = await context.newPage();
    await news.route(newsUrl, (route) => route.fulfill({ contentType: 'text/html', body: '<title>x</title><p>x</p>' }));
    await news.goto(newsUrl);
    const popupP = context.waitForEvent('page');
    // Armed, but the message claims to come from another site.
    await news.evaluate((r) => {
      const w = window.open(`${r}#from-bookmarklet`, 'corroborate-reader');
      const t = setInterval(() => w.postMessage({ type: 'corroborate:page', nonce: 'n1', html: '<p>Forged text about Port Elsham.</p>', url: 'https://other.example/a', title: 'forged' }, new URL(r).origin), 200);
      setTimeout(() => clearInterval(t), 3000);
    }, srv.url);
    const reader = await popupP;
    await waitReady(reader, 9);
    await reader.waitForSelector('.notice:has-text("Ignored a page")', { timeout: 10000 });
    assert.equal(await reader.locator('.col').count(), 9);
    // Not armed (no hash): ignored too.
    await reader.evaluate(() => history.replaceState(null, '', location.pathname));
    await reader.reload();
    await waitReady(reader, 9);
    await news.evaluate(() => {
      const w = window.open('', 'corroborate-reader');
      w.postMessage({ type: 'corroborate:page', nonce: 'n2', html: '<p>Unasked text.</p>', url: location.href, title: 'x' }, '*');
    });
    await reader.waitForSelector('.notice:has-text("without the bookmarklet")', { timeout: 10000 });
    assert.equal(await reader.locator('.col').count(), 9);
    await reader.close();
    await news.close();
  });

  it('export JSON, clear, import it again', async () => {
    await page.reload();
    await waitReady(page, 9);
    const before = await names();
    // a paragraph taken out travels with the export
    const id = await page.locator('.col').first().locator('.s').last().getAttribute('data-id');
    await rerender(page, () => page.evaluate((sid) => window.corroborate.app.takeOut(sid), id));
    const dropped = await page.evaluate(() => window.corroborate.app.articles[0].drop);
    assert.equal(dropped.length, 1);
    await page.click('#file-menu summary');
    const dlP = page.waitForEvent('download');
    await page.click('#export-json');
    const dl = await dlP;
    assert.match(dl.suggestedFilename(), /\.corroborate\.json$/);
    const file = await dl.path();
    const data = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(data.corroborate, 'export');
    assert.equal(data.articles.length, 9);
    assert.equal(data.report.articles.length, 9);
    assert.ok(Array.isArray(data.report.claims) && data.report.claims.length > 0);

    await page.click('#open-intake');
    await page.click('#clear-all');
    await waitReady(page, 0);
    await page.click('#intake-close');
    assert.equal(await page.locator('.col').count(), 0);
    assert.ok(await page.locator('.empty').isVisible());

    await page.setInputFiles('#import-file', file);
    await waitReady(page, 9);
    assert.deepEqual(await names(), before);
    assert.deepEqual(await page.evaluate(() => window.corroborate.app.articles[0].drop), dropped);
    assert.ok(await page.evaluate(() => window.corroborate.app.report.articles[0].removed.some((r) => r.reason === 'you')));
    await page.reload();
    await waitReady(page, 9);
    assert.deepEqual(await names(), before, 'the import is stored');
    assert.deepEqual(await page.evaluate(() => window.corroborate.app.articles[0].drop), dropped, 'and its taken-out paragraph');
  });

  it('export the offline HTML file: self-contained, opens offline, imports again', async () => {
    await page.click('#file-menu summary');
    const dlP = page.waitForEvent('download');
    await page.click('#export-html');
    const dl = await dlP;
    const html = await readFile(await dl.path(), 'utf8');
    assert.ok(!/<script[^>]*\bsrc=/i.test(html), 'no external script');
    assert.ok(!/<link[^>]*stylesheet/i.test(html), 'no external stylesheet');
    assert.match(html, /<style>/);
    assert.match(html, /Content-Security-Policy/);
    const dir = path.join(ROOT, 'target', 'e2e');
    await mkdir(dir, { recursive: true });
    const out = path.join(dir, 'export.html');
    await writeFile(out, html);
    const offline = await browser.newContext({ offline: true, javaScriptEnabled: false });
    const p = await offline.newPage();
    const requests = [];
    p.on('request', (r) => requests.push(r.url()));
    await p.goto(`file://${out}`);
    assert.equal(await p.locator('.col').count(), 9);
    assert.ok(await p.locator('.col .badge-n').count() >= 10);
    assert.ok(await p.locator('.claim').count() >= 3);
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    await offline.close();

    await page.click('#open-intake');
    await page.click('#clear-all');
    await waitReady(page, 0);
    await page.click('#intake-close');
    await page.setInputFiles('#import-file', out);
    await waitReady(page, 9);
    assert.equal(await page.locator('.col').count(), 9);
  });

  it('load the sample again', async () => {
    await page.click('#open-intake');
    await page.click('#load-sample');
    await waitReady(page, 5);
    assert.match(await page.locator('#cluster-title').textContent(), /Sample/);
  });

  it('logged no console error', () => {
    assert.deepEqual(log.errors, []);
  });
});

// What a browser puts on the clipboard when a reader selects part of a news
// page and copies it: the plain text, and the same selection as markup.
const COPIED_HTML = `<meta charset="utf-8"><nav class="site-nav"><ul><li><a href="https://fjord.example/">Home</a></li><li><a href="https://fjord.example/world">World</a></li><li><a href="https://fjord.example/sport">Sport</a></li><li><a href="https://fjord.example/weather">Weather</a></li></ul></nav>
<h1>Sea wall at Port Elsham to be rebuilt</h1>
<p>Engineers said on Thursday that the sea wall at Port Elsham would be rebuilt after the tidal surge that flooded the harbour district.</p>
<p>About 400 residents had to leave their homes along the quay on Wednesday night, the harbour authority said.</p>
<p>The council has set aside money for the work, which is expected to take two years.</p>
<ul class="related"><li><a href="https://fjord.example/a">Ferry services resume after storm</a></li><li><a href="https://fjord.example/b">Council approves new harbour budget</a></li><li><a href="https://fjord.example/c">Fishing fleet returns to Port Elsham</a></li></ul>`;
const COPIED_TEXT = `Home
World
Sport
Weather
Sea wall at Port Elsham to be rebuilt
Engineers said on Thursday that the sea wall at Port Elsham would be rebuilt after the tidal surge that flooded the harbour district.
About 400 residents had to leave their homes along the quay on Wednesday night, the harbour authority said.
The council has set aside money for the work, which is expected to take two years.
Ferry services resume after storm
Council approves new harbour budget
Fishing fleet returns to Port Elsham`;

describe('a paste from a web page', () => {
  let page, log;
  useReader((r) => ({ page, log } = r));

  /** Paste as a browser does: the paste event with both flavours, then the plain text goes in. */
  const paste = (html, text) => page.evaluate(([html, text]) => {
    const area = document.getElementById('paste-text');
    area.focus();
    const dt = new DataTransfer();
    if (html) dt.setData('text/html', html);
    dt.setData('text/plain', text);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, [html, text]);

  it('brings its markup: the links around the article go, the article stays', async () => {
    await page.click('#open-intake');
    await paste(COPIED_HTML, COPIED_TEXT);
    await page.locator('#paste-kind').waitFor({ state: 'visible' });
    await page.click('#paste-form button[type="submit"]');
    await waitReady(page, 6);
    const stored = await page.evaluate(() => window.corroborate.app.articles.at(-1));
    assert.equal(stored.format, 'html');
    assert.equal(stored.text, COPIED_HTML);
    // the article's sentences (the column's lists of removed lines hold the rest)
    const body = (await page.locator('.col').last().locator('.s').allTextContents()).join(' ');
    assert.match(body, /would be rebuilt after the tidal surge/);
    assert.match(body, /expected to take two years/);
    for (const furniture of ['Sport', 'Weather', 'Ferry services resume', 'Fishing fleet returns']) {
      assert.ok(!body.includes(furniture), `"${furniture}" is not article text`);
    }
    assert.ok(await page.locator('#paste-kind').isHidden(), 'the note goes with the pasted text');
  });

  it('edited after the paste, the plain text is used', async () => {
    await page.click('#open-intake');
    await paste(COPIED_HTML, COPIED_TEXT);
    await page.locator('#paste-kind').waitFor({ state: 'visible' });
    await page.fill('#paste-text', COPIED_TEXT.replace('Home\n', ''));
    assert.ok(await page.locator('#paste-kind').isHidden());
    await page.click('#paste-form button[type="submit"]');
    await waitReady(page, 7);
    const stored = await page.evaluate(() => window.corroborate.app.articles.at(-1));
    assert.equal(stored.format, 'text');
    assert.equal(stored.text, COPIED_TEXT.replace('Home\n', ''));
  });

  it('a paste without markup (from a text editor) is plain text; without a name, the outlet found names it', async () => {
    await page.click('#open-intake');
    await paste('', 'Sea wall to be rebuilt at Port Elsham | Fjord Times\nEngineers said on Thursday that the sea wall at Port Elsham would be rebuilt after the tidal surge.');
    await page.waitForTimeout(50);
    assert.ok(await page.locator('#paste-kind').isHidden());
    await page.click('#paste-form button[type="submit"]');
    await waitReady(page, 8);
    assert.equal(await page.evaluate(() => window.corroborate.app.articles.at(-1).format), 'text');
    // the page title in the first line gives the outlet and the headline
    const col = page.locator('.col').last();
    assert.equal(await col.locator('h2').textContent(), 'Fjord Times');
    assert.equal(await col.locator('.col-title').textContent(), 'Sea wall to be rebuilt at Port Elsham');
  });

  /** Drop as a browser does when a selection is dragged in from another window. */
  const drop = (html, text, target = 'body') => page.evaluate(([html, text, target]) => {
    const dt = new DataTransfer();
    if (html) dt.setData('text/html', html);
    dt.setData('text/plain', text);
    const el = document.querySelector(target);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, [html, text, target]);

  it('a selection dragged in from another window is added, with its markup', async () => {
    await drop(COPIED_HTML, COPIED_TEXT);
    await waitReady(page, 9);
    const stored = await page.evaluate(() => window.corroborate.app.articles.at(-1));
    assert.equal(stored.format, 'html');
    assert.equal(stored.text, COPIED_HTML);
    assert.ok(await page.locator('#drop-overlay').isHidden());
  });

  it('a dragged link is not fetched: a notice says what to do instead', async () => {
    await drop('<a href="https://fjord.example/a">Ferry services resume</a>', 'https://fjord.example/a');
    await page.getByText('That was a link').waitFor();
    assert.equal(await page.evaluate(() => window.corroborate.app.articles.length), 9);
  });

  it('a saved page lists its lines outside the article apart, and one can be put back in its place', async () => {
    const html = await readFile(path.join(ROOT, 'tests', 'fixtures', 'clean', 'html-outside-lines-listed', 'input.html'));
    await page.setInputFiles('#file-input', [{ name: 'night-trains.html', mimeType: 'text/html', buffer: html }]);
    await waitReady(page, 10);
    const col = page.locator('.col').last();
    const sentences = async () => (await page.locator('.col').last().locator('.s').allTextContents()).join(' ');
    assert.ok(!(await sentences()).includes('Questions and answers'));
    const outside = col.locator('details.outside-lines');
    assert.match(await outside.locator('summary').textContent(), /outside the article \(5\)/);
    await outside.locator('summary').click();
    const item = outside.locator('li').filter({ hasText: 'Questions and answers' });
    await rerender(page, () => item.getByRole('button', { name: /Put back/ }).click(), 10);
    const body = await sentences();
    assert.ok(body.indexOf('Questions and answers') > body.indexOf('no money was found to replace them'), 'back after the last paragraph');
    assert.match(await page.locator('.col').last().locator('details.outside-lines summary').textContent(), /\(4\)/);
  });

  it('logged no console error', () => {
    assert.deepEqual(log.errors, []);
  });
});
