// Browser benchmark: headless Chromium runs `analyze` through the page's
// real Web Worker (www/engine.js), timed with performance.now() around the
// round trip (post, analyse, structured clone back). Prints one table with
// the native figures from target/bench/native.json (written by
// `cargo bench --bench analyze`). Also: time from navigation to the
// rendered sample on index.html, and the .wasm size raw and gzipped.
//
//   node scripts/bench_browser.mjs        (./build.sh bench runs it)
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from '../tests/e2e/helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.BENCH_SIZES ?? "5,25,100,300").split(",").filter(Boolean).map(Number);
const RUNS = { 5: 21, 25: 11, 100: 9, 300: 5, seeds: Number(process.env.BENCH_SEED_RUNS ?? 21) };

const clusters = {};
const seedsDir = path.join(ROOT, '..', 'shared', 'data', 'seeds');
if (existsSync(seedsDir)) {
  clusters.seeds = readdirSync(seedsDir).sort().map((f, i) => ({
    name: `seed ${i}`, format: 'text', text: readFileSync(path.join(seedsDir, f), 'utf8'),
  }));
} else {
  console.log('seeds: SKIPPED (../shared/data/seeds not present)');
}
for (const n of SIZES) {
  const out = execFileSync(path.join(ROOT, 'target/release/examples/synth'), [String(n), '800', '42'], { maxBuffer: 1 << 28 });
  clusters[`synth-${n}`] = JSON.parse(out.toString());
}

const benchPage = `<!doctype html><meta charset=utf-8><title>bench</title>
<script type=module>
import { createEngine } from './engine.js';
const engine = createEngine({ onReady: () => { window.engineReady = true; }, onWarm: () => { window.engineWarm = true; } });
// The first analysis in a fresh worker, sent the moment the module is ready
// (before the idle warm-up has run): what a user who acts at once waits.
window.firstAfterLoad = async (name) => {
  const articles = await (await fetch('/bench-data/' + name + '.json')).json();
  let ready;
  const isReady = new Promise((resolve) => { ready = resolve; });
  const fresh = createEngine({ onReady: () => ready() });
  await isReady;
  const t = performance.now();
  const r = await fresh.analyze(articles, {});
  const ms = performance.now() - t;
  fresh.close();
  return { ms, worker_ms: r.ms };
};
window.bench = async (name, runs) => {
  const articles = await (await fetch('/bench-data/' + name + '.json')).json();
  const first = await engine.analyze(articles, {});
  const sentences = first.report.articles.reduce((n, a) => n + a.sentences.length, 0);
  const times = [];
  const inWorker = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await engine.analyze(articles, {});
    times.push(performance.now() - t);
    inWorker.push(r.ms);
  }
  times.sort((a, b) => a - b);
  inWorker.sort((a, b) => a - b);
  return { sentences, ms: times[times.length >> 1], worker_ms: inWorker[inWorker.length >> 1] };
};
</script>`;
const extra = { '/bench.html': { type: 'text/html; charset=utf-8', body: benchPage } };
for (const [name, articles] of Object.entries(clusters)) {
  extra[`/bench-data/${name}.json`] = { type: 'application/json', body: JSON.stringify(articles) };
}

const server = await serve(undefined, extra);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.url + 'bench.html');
  // Timings are of the warmed engine (see the idle warm-up in www/engine.js);
  // the first analysis after load is measured on its own below.
  await page.waitForFunction(() => window.engineWarm === true, null, { timeout: 120000 });
  const first = clusters.seeds ? await page.evaluate(() => window.firstAfterLoad('seeds')) : null;
  const native = existsSync(path.join(ROOT, 'target/bench/native.json'))
    ? Object.fromEntries(JSON.parse(readFileSync(path.join(ROOT, 'target/bench/native.json'), 'utf8')).map((r) => [r.label, r]))
    : {};
  const rows = [];
  for (const name of Object.keys(clusters)) {
    const runs = RUNS[name.replace('synth-', '')] ?? RUNS.seeds;
    const r = await page.evaluate(([n, k]) => window.bench(n, k), [name, runs]);
    rows.push({ name, articles: clusters[name].length, ...r, native: native[name] });
  }
  // Navigation to rendered sample, fresh context each time (cold module load).
  const loads = [];
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(server.url);
    await p.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, { timeout: 30000 });
    loads.push(await p.evaluate(() => performance.now()));
    await ctx.close();
  }
  loads.sort((a, b) => a - b);

  const fmt = (x, d = 1) => (x === undefined ? '-' : Number(x).toFixed(d));
  console.log('');
  console.log('| cluster    | articles | sentences | native ms | wasm ms (worker round trip) | wasm ms (in worker) | native peak MiB |');
  console.log('|------------|---------:|----------:|----------:|----------------------------:|--------------------:|----------------:|');
  for (const r of rows) {
    console.log(`| ${r.name.padEnd(10)} | ${String(r.articles).padStart(8)} | ${String(r.sentences).padStart(9)} | ${fmt(r.native?.native_ms, 2).padStart(9)} | ${fmt(r.ms).padStart(27)} | ${fmt(r.worker_ms, 1).padStart(19)} | ${fmt(r.native?.peak_mib).padStart(15)} |`);
  }
  const w100 = rows.find((r) => r.name === 'synth-100');
  const w300 = rows.find((r) => r.name === 'synth-300');
  if (w100 && w300) console.log(`\n300 / 100 articles time ratio (wasm): ${(w300.ms / w100.ms).toFixed(2)}`);
  if (first) console.log(`seeds, first analysis in a fresh worker sent as soon as it is ready: ${first.ms.toFixed(1)} ms (${first.worker_ms} ms in the worker)`);
  console.log(`sample rendered from navigation (median of 3 cold loads): ${loads[1].toFixed(0)} ms`);
  const wasm = readFileSync(path.join(ROOT, 'www/pkg/corroborate_bg.wasm'));
  console.log(`www/pkg/corroborate_bg.wasm: ${(wasm.length / 1024).toFixed(0)} KiB raw, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(0)} KiB gzipped`);
} finally {
  await browser.close();
  await server.close();
}
