// Shared by the end-to-end tests: a tiny static server for www/ (and a fake
// news site on a second origin for the bookmarklet), and Debian's Chromium
// through playwright-core. No browser download, no network.

import http from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..', '..');
export const WWW = path.join(ROOT, 'www');
export const SHOTS = path.join(ROOT, 'target', 'screenshots');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Serve `dir` on 127.0.0.1 with a free port. `extra` maps URL paths to
 * {type, body} for pages that are not files.
 */
export async function serve(dir = WWW, extra = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (extra[url.pathname]) {
      const { type, body } = extra[url.pathname];
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    let p = decodeURIComponent(url.pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(dir, path.normalize(p));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  if (!existsSync(path.join(WWW, 'pkg', 'corroborate_bg.wasm'))) {
    throw new Error('www/pkg is missing: run ./build.sh build first');
  }
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/**
 * A fresh context + page that records console errors, page errors, CSP
 * violations and every request.
 */
export async function openPage(browser, url, { viewport = { width: 1400, height: 900 }, colorScheme = 'light', reducedMotion = 'no-preference', context: ctx } = {}) {
  const context = ctx || await browser.newContext({ viewport, colorScheme, reducedMotion, acceptDownloads: true });
  const page = await context.newPage();
  const log = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(url);
  await waitReady(page);
  return { context, page, log };
}

/**
 * The usual setup of a block of tests: before them, serve www/, launch
 * Chromium and open the reader (`openPage`); after them, close both.
 * `set` receives `{ srv, browser, context, page, log }` once it is open.
 */
export function useReader(set, options = {}) {
  let srv;
  let browser;
  before(async () => {
    srv = await serve();
    browser = await launch();
    set({ srv, browser, ...(await openPage(browser, srv.url, options)) });
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });
}

/** Wait until the app rendered a report (html[data-state=ready]) and nothing is busy. */
export async function waitReady(page, articles) {
  await page.waitForFunction((n) => {
    const d = document.documentElement;
    return d.dataset.state === 'ready' && !d.hasAttribute('aria-busy')
      && !window.corroborate?.app?.running && (n === undefined || d.dataset.articles === String(n));
  }, articles, { timeout: 30000 });
}

/** Run `action` and wait until the page rendered a new report after it. */
export async function rerender(page, action, articles) {
  const before = Number(await page.evaluate(() => document.documentElement.dataset.renders || 0));
  await action();
  await page.waitForFunction((b) => Number(document.documentElement.dataset.renders || 0) > b, before, { timeout: 30000 });
  await waitReady(page, articles);
}

export async function screenshot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
