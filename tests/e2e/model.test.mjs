// Unit tests of the page's pure helpers (www/model.js, www/bookmarklet.js) in node.

import { it } from 'node:test';
import assert from 'node:assert/strict';
import { initials, isMachineName, sourceName, level, articleOf, freeColour, describe as describeMarker, indexReport, markerKind, inputsFromReport, isReport, carriers, claimMates, linkNote } from '../../www/model.js';
import { bookmarkletSource, bookmarkletHref } from '../../www/bookmarklet.js';
import { attachLinkTable } from '../../www/engine.js';

it('initials of outlet names', () => {
  assert.equal(initials('Coastline Press Agency'), 'CPA');
  assert.equal(initials('Elsham Gazette'), 'EG');
  assert.equal(initials('Harbour Watch blog'), 'HW');
  assert.equal(initials('bbc'), 'BB');
  assert.equal(initials('BBC'), 'BBC');
  assert.equal(initials('RT'), 'RT');
  assert.equal(initials('Channel 4 News'), 'C4N');
  assert.equal(initials('Article 3'), 'A3');
  assert.equal(initials('Article 12'), 'A12');
  assert.equal(initials('localhost:8000'), 'L8');
  assert.equal(initials(''), '?');
});

it('machine-made file names give way to the outlet or "Article N"', () => {
  for (const n of ['000_0af76522113b4fe7', '3f2a9c1e-7b4d-4e1a', '12345', '20191229_1', '']) assert.ok(isMachineName(n), n);
  for (const n of ['wire-copy', 'IMG_2034', 'Putin thanks Trump - BBC News', 'rt.com', 'Article 3', 'Étude', 'B', 'AP', 'a1']) assert.ok(!isMachineName(n), n);
  const report = { articles: [
    { name: '000_0af76522113b4fe7', outlet: null, title: 'A headline' },
    { name: '004_c41fb16aec0c773f', outlet: 'RT', title: null },
    { name: 'Harbour News', outlet: 'RT', title: null },
    { name: '', outlet: null, title: 'Another headline' },
  ] };
  const inputs = report.articles.map((a) => ({ name: a.name }));
  assert.deepEqual(report.articles.map((_, i) => sourceName(report, inputs, i)), ['Article 1', 'RT', 'Harbour News', 'Article 4']);
  // a paste without a name: the engine calls it "Article N"; the outlet it
  // found names the column (with or without the inputs at hand)
  const pasted = { articles: [{ name: 'Article 1', outlet: 'Fjord Times', title: 'A headline' }, { name: 'Article 2', outlet: null, title: null }] };
  assert.deepEqual([0, 1].map((i) => sourceName(pasted, [{ name: '' }, { name: '' }], i)), ['Fjord Times', 'Article 2']);
  assert.deepEqual([0, 1].map((i) => sourceName(pasted, undefined, i)), ['Fjord Times', 'Article 2']);
  // a name the user typed stays, even "Article 1"
  assert.equal(sourceName(pasted, [{ name: 'Article 1' }], 0), 'Article 1');
});

it('support levels are a 1..5 scale, 0 for single source', () => {
  assert.equal(level(1, 5), 0);
  assert.equal(level(2, 5), 2);
  assert.equal(level(5, 5), 5);
  assert.equal(level(2, 2), 5);
  assert.equal(level(2, 30), 1);
});

it('sentence ids and colours', () => {
  assert.equal(articleOf('a12s3'), 12);
  assert.equal(articleOf('x'), -1);
  assert.equal(freeColour([0, 1, 3]), 2);
});

const REPORT = {
  articles: [
    { name: 'A', title: null, date: null, outlet: null, byline: null, removed: [], sentences: [
      { id: 'a0s0', paragraph: 0, text: 'Head', heading: true, support: 1, independent_support: 1, matches: [], claims: [], disputed: false },
      { id: 'a0s1', paragraph: 1, text: 'Twelve hurt.', heading: false, support: 3, independent_support: 2, matches: ['a1s0', 'a2s0'], claims: ['c0'], disputed: true },
      { id: 'a0s2', paragraph: 1, text: 'Only here.', heading: false, support: 1, independent_support: 1, matches: [], claims: [], disputed: false },
    ] },
    { name: 'B', title: null, date: null, outlet: null, byline: null, removed: [], sentences: [
      { id: 'a1s0', paragraph: 0, text: 'Fourteen hurt.', heading: false, support: 3, independent_support: 2, matches: ['a0s1', 'a2s0'], claims: ['c0'], disputed: true } ] },
    { name: 'C', title: null, date: null, outlet: null, byline: null, removed: [], sentences: [
      { id: 'a2s0', paragraph: 0, text: 'Twelve hurt, says C.', heading: false, support: 3, independent_support: 2, matches: ['a0s1', 'a1s0'], claims: ['c0'], disputed: false } ] },
  ],
  links: [{ a: 'a0s1', b: 'a1s0', score: 0.6, shared: ['hurt'] }],
  claims: [{ id: 'c0', representative: 'a0s1', sentences: ['a0s1', 'a1s0', 'a2s0'], articles: [0, 1, 2], support: 3, independent_support: 2 }],
  derivations: [{ from: 0, to: 2, score: 0.9, evidence: ['copied'] }],
  disagreements: [{ a: 'a0s1', b: 'a1s0', differences: [{ kind: 'number', a: 'Twelve', b: 'Fourteen' }] }],
  warnings: [],
  options: { min_link_score: 0.3, keep_furniture: false },
};

it('text equivalents name the sources and say what is copied and disputed', () => {
  const idx = indexReport(REPORT, [{ name: 'Alpha' }, { name: '' }, { name: 'Gamma' }]);
  assert.deepEqual(idx.names, ['Alpha', 'B', 'Gamma']);
  const s = REPORT.articles[0].sentences;
  assert.equal(describeMarker(idx, s[1]),
    'Carried by 3 of 3 sources (2 independent): Alpha, B, Gamma. 1 of them is a copy or rewrite of another source. Sources differ on a number, date or name here.');
  assert.equal(describeMarker(idx, s[2]), 'Only this source reports this (1 of 3).');
  assert.equal(describeMarker(idx, s[0]), '');
  assert.equal(markerKind(s[0]), 'none');
  assert.equal(idx.link('a1s0', 'a0s1').score, 0.6);
  assert.deepEqual(idx.link('a0s1', 'a1s0').shared, ['hurt']);
  assert.equal(idx.link('a0s1', 'a2s0'), undefined);
  assert.equal(idx.disagreements.get('a1s0').length, 1);
});

it('a sentence names every source its support counts, also those reached through its claim', () => {
  // a3s0 is in claim c1 with a0s0 and a1s0 but linked to a1s0 only: the
  // engine counts 3 sources and lists them; the page names all three and
  // shows a0s0 as reached through the claim
  const r = {
    articles: [
      { name: 'A', removed: [], sentences: [{ id: 'a0s0', paragraph: 0, text: 'Fourteen hurt.', heading: false, support: 3, independent_support: 3, sources: [0, 1, 3], matches: ['a1s0'], claims: ['c1'], disputed: false }] },
      { name: 'B', removed: [], sentences: [{ id: 'a1s0', paragraph: 0, text: '14 hurt.', heading: false, support: 3, independent_support: 3, sources: [0, 1, 3], matches: ['a0s0', 'a3s0'], claims: ['c1'], disputed: false }] },
      { name: 'C', removed: [], sentences: [{ id: 'a2s0', paragraph: 0, text: 'Other.', heading: false, support: 1, independent_support: 1, sources: [2], matches: [], claims: [], disputed: false }] },
      { name: 'D', removed: [], sentences: [{ id: 'a3s0', paragraph: 0, text: 'Twelve hurt.', heading: false, support: 3, independent_support: 3, sources: [0, 1, 3], matches: ['a1s0'], claims: ['c1'], disputed: false }] },
    ],
    links: [], claims: [{ id: 'c1', representative: 'a0s0', sentences: ['a0s0', 'a1s0', 'a3s0'], articles: [0, 1, 3], support: 3, independent_support: 3 }],
    derivations: [], disagreements: [], warnings: [], options: {},
  };
  const idx = indexReport(r, []);
  const d = r.articles[3].sentences[0];
  assert.deepEqual(carriers(idx, d), [3, 0, 1]);
  assert.equal(describeMarker(idx, d), 'Carried by 3 of 4 sources (3 independent): D, A, B.');
  assert.deepEqual(claimMates(idx, d), ['a0s0']);
  assert.deepEqual(claimMates(idx, r.articles[1].sentences[0]), []);
  // a large cluster: eight names, then a count
  const big = { ...d, support: 20, independent_support: 20, sources: [...Array(20).keys()] };
  const bigIdx = indexReport({ ...r, articles: Array.from({ length: 20 }, (_, i) => ({ name: `O${i}`, removed: [], sentences: [] })) }, []);
  assert.equal(describeMarker(bigIdx, big), 'Carried by 20 of 20 sources (20 independent): O3, O0, O1, O2, O4, O5, O6, O7 and 12 more.');
  // a report saved before `sources`: the matches' articles
  const old = { ...d, sources: undefined };
  assert.deepEqual(carriers(idx, old), [3, 1]);
});

it('links in the compact table read the same as link objects', () => {
  const compact = { ...REPORT, links: [], link_table: { terms: ['hurt', 'twelve'], rows: [0, 1, 1, 0, 600, 1, 0, 0, 1, 2, 0, 455, 2, 1, 0] } };
  const idx = indexReport(compact, []);
  assert.deepEqual(idx.link('a1s0', 'a0s1'), { a: 'a0s1', b: 'a1s0', score: 0.6, shared: ['hurt'] });
  assert.deepEqual(idx.link('a0s1', 'a2s0'), { a: 'a0s1', b: 'a2s0', score: 0.455, shared: ['twelve', 'hurt'] });
  assert.equal(idx.link('a1s0', 'a2s0'), undefined);
  assert.ok(isReport(compact));
  // `via` triples (link number, article, sentence): the second link's third sentence is a1s0
  const withVia = { ...compact, link_table: { ...compact.link_table, via: [1, 1, 0] } };
  const vIdx = indexReport(withVia, []);
  assert.deepEqual(vIdx.link('a0s1', 'a2s0'), { a: 'a0s1', b: 'a2s0', score: 0.455, shared: ['twelve', 'hurt'], via: 'a1s0' });
  assert.equal(vIdx.link('a0s1', 'a1s0').via, undefined);
  // link objects carry theirs as is
  const objects = { ...REPORT, links: [{ a: 'a0s1', b: 'a2s0', score: 0.455, shared: ['hurt'], via: 'a1s0' }] };
  assert.equal(indexReport(objects, []).link('a2s0', 'a0s1').via, 'a1s0');
});

it('a link table sent apart is parsed on first use and then reads as a plain property', () => {
  const table = { terms: ['hurt', 'twelve'], rows: [0, 1, 1, 0, 600, 1, 0, 0, 1, 2, 0, 455, 2, 1, 0] };
  const report = { ...REPORT, links: [] };
  attachLinkTable(report, JSON.stringify(table));
  const idx = indexReport(report, []);
  assert.deepEqual(idx.link('a1s0', 'a0s1'), { a: 'a0s1', b: 'a1s0', score: 0.6, shared: ['hurt'] });
  assert.deepEqual(Object.getOwnPropertyDescriptor(report, 'link_table').value, table);
  // an export (JSON) and a copy carry it
  assert.deepEqual(JSON.parse(JSON.stringify(report)).link_table, table);
  const fresh = { ...REPORT, links: [] };
  attachLinkTable(fresh, JSON.stringify(table));
  assert.deepEqual(structuredClone(fresh).link_table, table);
});

it('a bare report can be imported: text rebuilt by paragraph', () => {
  assert.ok(isReport(REPORT));
  assert.ok(!isReport({ articles: 3 }));
  const inputs = inputsFromReport(REPORT);
  assert.equal(inputs[0].text, 'Head\n\nTwelve hurt. Only here.');
  // names: the report's, but not the engine's "Article N" for an unnamed one
  const unnamed = { articles: [{ name: 'Article 1', outlet: 'Fjord Times', title: null, sentences: [] }, { name: 'Article 1', outlet: null, title: null, sentences: [] }] };
  assert.deepEqual(inputsFromReport(unnamed).map((x) => x.name), ['Fjord Times', 'Article 1']);
});

it('the bookmarklet is one expression that targets the reader origin', () => {
  const src = bookmarkletSource('https://reader.example/app/');
  assert.doesNotThrow(() => new Function(src));
  assert.match(src, /"https:\/\/reader\.example\/app\/"/);
  assert.match(src, /postMessage\(m,O\)/);
  assert.ok(bookmarkletHref('https://reader.example/').startsWith('javascript:'));
});

it('index.html preloads exactly the modules app.js reaches through static imports', async () => {
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const www = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../www');
  const reached = new Set();
  const visit = (rel) => {
    const src = readFileSync(path.join(www, rel), 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.\/[^']+)'/gms)) {
      const dep = path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1]));
      if (dep.startsWith('pkg/') || reached.has(dep)) continue;
      reached.add(dep);
      visit(dep);
    }
  };
  visit('app.js');
  const html = readFileSync(path.join(www, 'index.html'), 'utf8');
  const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]));
  assert.ok(reached.size >= 8, `found only ${[...reached]}`);
  assert.deepEqual([...preloaded].sort(), [...reached].sort());
});

it('a link under the threshold says it was linked in context', () => {
  assert.equal(linkNote(0.8, 0.72), null);
  assert.equal(linkNote(0.72, 0.72), null);
  assert.match(linkNote(0.683, 0.72), /under the link threshold \(0\.72\): linked because these two articles agree on other sentences/);
  assert.equal(linkNote(0.5, undefined), null, 'a report that does not say its threshold');
  assert.equal(linkNote(undefined, 0.72), null);
  // linked through a third article's sentence: that sentence and its source
  const via = { name: 'Harbour Watch', text: 'Hundreds were evacuated.' };
  assert.equal(linkNote(0.65, 0.72, via),
    'under the link threshold (0.72): linked because both sentences match “Hundreds were evacuated.” (Harbour Watch)');
  // the engine made it so even where the rounded score reads as the threshold
  assert.match(linkNote(0.72, 0.72, via), /both sentences match/);
  assert.equal(linkNote(0.65, undefined, via), null);
});
