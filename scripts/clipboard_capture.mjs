// What a browser's clipboard holds when a reader copies a news page: for
// each page of ../shared/data/wcxb-dev, load it in Debian's Chromium (no
// script, no network), select either the whole page ("full") or the span a
// reader would select by hand ("window": from the first to the last line of
// the window of ../shared/data/pasted-text-dev.jsonl), copy, and write the
// clipboard's text/html and text/plain to OUT/<id>.html and OUT/<id>.txt.
// Used by scripts/eval_paste.py; run from the project root:
//   node scripts/clipboard_capture.mjs OUT full|window
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';

const [out, variant] = process.argv.slice(2);
if (!out || !['full', 'window'].includes(variant)) {
  console.error('usage: node scripts/clipboard_capture.mjs OUT full|window');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const DATA = '../shared/data';
const recs = readFileSync(`${DATA}/pasted-text-dev.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write']);
let body = '';
// https, so that the page is a secure context with navigator.clipboard; every
// other request (images, fonts, scripts) is refused
await context.route('**/*', (route) => (route.request().url() === 'https://page.test/'
  ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
  : route.abort()));
const page = await context.newPage();
let done = 0;
const failed = new Map(); // reason -> page ids
const fail = (id, why) => failed.set(why, [...(failed.get(why) || []), id]);
for (const r of recs) {
  body = gunzipSync(readFileSync(`${DATA}/wcxb-dev/html/${r.id}.html.gz`));
  try {
    await page.goto('https://page.test/', { waitUntil: 'domcontentloaded', timeout: 20000 });
  } catch {
    fail(r.id, 'did not load');
    continue;
  }
  const [a, b] = r.window;
  const ends = variant === 'window' ? [r.lines[a].text, r.lines[b - 1].text] : null;
  const got = await page.evaluate(async (ends) => {
    const range = document.createRange();
    if (!ends) {
      range.selectNodeContents(document.body);
    } else {
      // from the text node that starts the window's first line to the one
      // that ends its last line
      const norm = (s) => s.replace(/\s+/g, ' ').trim();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (norm(n.data)) nodes.push(n);
      const first = norm(ends[0]).slice(0, 40);
      const last = norm(ends[1]).slice(-40);
      const start = nodes.find((x) => first.startsWith(norm(x.data).slice(0, 40)) || norm(x.data).includes(first.slice(0, 20)));
      const end = [...nodes].reverse().find((x) => last.endsWith(norm(x.data).slice(-40)) || norm(x.data).includes(last.slice(-20)));
      if (!start || !end) return { error: 'window ends not found' };
      range.setStart(start, 0);
      range.setEnd(end, end.data.length);
      if (range.collapsed) return { error: 'window ends out of order' };
    }
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    document.execCommand('copy');
    const res = {};
    for (const item of await navigator.clipboard.read()) {
      for (const t of item.types) res[t] = await (await item.getType(t)).text();
    }
    return res;
  }, ends).catch((e) => ({ error: e.message }));
  // on some pages (45 of 250 for "full") the async clipboard API gives an
  // empty text/html (its sanitiser; a paste event would get the markup):
  // those pages are left out, of both figures
  if (got.error || !got['text/html'] || !got['text/plain']) {
    fail(r.id, got.error || 'the clipboard holds no HTML or no text');
    continue;
  }
  writeFileSync(`${out}/${r.id}.html`, got['text/html']);
  writeFileSync(`${out}/${r.id}.txt`, got['text/plain']);
  done += 1;
}
console.error(`${variant}: ${done} of ${recs.length} pages captured`);
for (const [why, ids] of failed) console.error(`  ${ids.length} left out, ${why}: ${ids.slice(0, 8).join(' ')}${ids.length > 8 ? ' ...' : ''}`);
await browser.close();
