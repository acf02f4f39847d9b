// Smoke test of the generated wasm package (www/pkg) under Node: it loads,
// analyses the embedded sample, and gives exactly the report the native CLI
// gives on the same input (`corroborate batch`).
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { initSync, analyze, analyzeJson } from '../www/pkg/corroborate.js';
import { SAMPLE_ARTICLES } from '../www/samples/sample.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
initSync({ module: readFileSync(join(root, 'www/pkg/corroborate_bg.wasm')) });

// Canonical JSON: keys sorted, so field order cannot matter.
const canon = (v) => JSON.stringify(v, (k, x) =>
  x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.keys(x).sort().map((key) => [key, x[key]]))
    : x);

const cases = [
  { id: 'sample', articles: SAMPLE_ARTICLES, options: {} },
  { id: 'sample-low-threshold', articles: SAMPLE_ARTICLES, options: { min_link_score: 0.1 } },
  { id: 'one-article', articles: SAMPLE_ARTICLES.slice(0, 1), options: {} },
  { id: 'html', articles: [{ name: 'page', format: 'html', text: '<html><head><title>T</title></head><body><article><p>Rescuers reached the village on Monday after the landslide blocked the only road for two days.</p><script>alert(1)</script></article></body></html>' }], options: {} },
];

const input = cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
const cli = spawnSync(join(root, 'target/release/corroborate'), ['batch'], { input, encoding: 'utf8' });
assert.equal(cli.status, 0, `corroborate batch failed: ${cli.stderr}`);
const native = cli.stdout.trim().split('\n').map((l) => JSON.parse(l));
assert.equal(native.length, cases.length, 'one native report per case');

let passed = 0;
for (const [i, c] of cases.entries()) {
  const wasm = analyze(c.articles, c.options);
  const fromJson = JSON.parse(analyzeJson(JSON.stringify(c.articles), JSON.stringify(c.options)));
  const nat = native[i];
  assert.equal(nat.id, c.id);
  delete nat.id;
  assert.equal(canon(wasm), canon(nat), `${c.id}: wasm and native reports differ`);
  assert.equal(canon(fromJson), canon(nat), `${c.id}: analyzeJson and native reports differ`);
  assert.equal(wasm.articles.length, c.articles.length);
  passed += 1;
}
const report = analyze(SAMPLE_ARTICLES, {});
assert.ok(report.links.length > 0, 'the sample has links');
assert.ok(report.articles.every((a) => a.sentences.length > 0), 'every sample article has sentences');
assert.ok(report.articles.some((a) => a.sentences.some((s) => s.support >= 3)), 'some claim has support >= 3');
assert.ok(!JSON.stringify(report).includes('alert(1)'), 'script text never reaches the report');

// Bad input is an exception with a readable message, and the module survives it.
assert.throws(() => analyze('not a list', {}), /articles must be a list/);
assert.throws(() => analyze([], { min_link_score: 7 }), /min_link_score/);
assert.equal(analyze(SAMPLE_ARTICLES.slice(0, 2), {}).articles.length, 2, 'engine still works after errors');
console.log(`smoke: ${passed + 2} passed, 0 failed`);
