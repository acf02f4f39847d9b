// The reader on the embedded sample: markers, click-to-highlight, the
// details panel, keyboard path, markers switch, claims view, putting a
// removed line back, and the worker restart.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useReader, waitReady, rerender } from './helpers.mjs';

describe('reader on the sample', () => {
  let page, log;
  useReader((r) => ({ page, log } = r));

  it('opens on the sample with one column per article and markers', async () => {
    assert.equal(await page.locator('.col').count(), 5);
    assert.match(await page.locator('#cluster-title').textContent(), /Sample: Tidal surge/);
    // Support badges like "5/5" and at least one of each special marker.
    const badges = await page.locator('.col .badge-n').allTextContents();
    assert.ok(badges.length >= 10, `badges: ${badges.length}`);
    assert.ok(badges.every((b) => /^\d+\/5$/.test(b)));
    assert.ok(await page.locator('.col .badge.single').count() >= 3);
    assert.ok(await page.locator('.col .badge.disputed').count() >= 2);
    assert.ok(await page.locator('.col .badge.copied').count() >= 1, 'support from copies shown apart');
    // Text equivalents.
    const sr = await page.locator('#s-a0s1 .sr').textContent();
    assert.match(sr, /Carried by 5 of 5 sources \(\d independent\): Elsham Gazette, /);
    assert.match(await page.locator('#s-a0s3 .sr').textContent(), /differ on a number, date or name/);
    // Head of each column: name + chip with initials, date, rail.
    assert.equal(await page.locator('.col').first().locator('.chip-i').first().textContent(), 'EG');
    assert.match(await page.locator('.col').first().locator('.col-meta').textContent(), /2024-03-14/);
    assert.equal(await page.locator('.col').first().locator('.rail-seg').count(),
      await page.locator('.col').first().locator('.s').count());
    // Removed furniture collapsed under each article.
    const det = page.locator('.col').first().locator('details.removed');
    assert.equal(await det.getAttribute('open'), null);
    assert.match(await det.locator('summary').textContent(), /Removed by the cleaner \(\d+\)/);
  });

  it('hovering tints the matches in the other columns', async () => {
    await page.hover('#s-a1s1');
    const tinted = await page.locator('.s.hover-match').evaluateAll((els) => els.map((e) => e.dataset.id));
    // exactly the engine's matches for that sentence, all in other articles
    const expected = await page.evaluate(() => window.corroborate.app.report.articles[1].sentences
      .find((s) => s.id === 'a1s1').matches);
    assert.ok(expected.length >= 3, `the sample's lead sentence has matches: ${expected}`);
    assert.ok(expected.every((id) => !id.startsWith('a1s')));
    assert.deepEqual(tinted.sort(), [...expected].sort());
  });

  it('clicking a sentence pins it, highlights its matches and opens the details', async () => {
    await page.click('#s-a0s3');
    assert.equal(await page.locator('.s.pinned').getAttribute('data-id'), 'a0s3');
    const matched = await page.locator('.s.pin-match').evaluateAll((els) => els.map((e) => e.dataset.id));
    assert.ok(matched.length >= 2, `matches: ${matched}`);
    for (const id of matched) assert.notEqual(id.split('s')[0], 'a0', 'matches are in other articles');
    await page.waitForTimeout(700); // smooth scroll
    for (const id of matched) {
      const visible = await page.locator(`#s-${id}`).evaluate((el) => {
        const body = el.closest('.col-body').getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return r.bottom > body.top && r.top < body.bottom;
      });
      assert.ok(visible, `${id} scrolled into view in its column`);
    }
    const details = page.locator('#details');
    assert.ok(await details.isVisible());
    assert.match(await details.textContent(), /Where sources differ/);
    assert.match(await details.locator('.d-diff').first().textContent(), /Fourteen.*Twelve/s);
    assert.ok(await details.locator('.d-match .score').count() >= 2);
    // the scores come from the report's compact link table, as numbers
    assert.ok((await details.locator('.d-match .score').allTextContents()).some((t) => /^score [01]\.\d\d$/.test(t)), 'a link score shown');
    assert.ok(await details.locator('.d-match .term').count() >= 2, 'shared terms listed');
    // "k of n sources" names k sources, and the panel shows a sentence of
    // each other one: linked to this one, or reached through the claim
    const summary = await details.locator('.d-summary').textContent();
    const m = summary.match(/Carried by (\d+) of 5 sources \(\d+ independent\): ([^.]+)\./);
    assert.ok(m, summary);
    assert.equal(m[2].split(', ').length, Number(m[1]), summary);
    const shown = new Set(await details.locator('.d-match .chip-name').allTextContents());
    assert.equal(shown.size, Number(m[1]) - 1, `sources shown: ${[...shown]}`);
    // in the columns: the matches and the claim's other sentences marked
    const marked = await page.locator('.s.pin-match, .s.pin-mate').evaluateAll((els) => els.map((e) => e.dataset.id.split('s')[0]));
    assert.equal(new Set(marked).size, Number(m[1]) - 1, `marked in: ${marked}`);
    // "Show in …" jumps to the match and focuses it.
    await details.locator('button[data-action="goto"]').first().click();
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), matched.sort()[0]);
    await page.click('#details-close');
    assert.equal(await page.locator('.s.pinned').count(), 0);
    assert.ok(!(await details.isVisible()));
  });

  it('a match linked a little under the threshold says why', async () => {
    // the sample's headlines: "Tidal surge floods Port Elsham harbour
    // district" / "Hundreds evacuated as surge floods Port Elsham" score
    // under 0.72 and are linked because both match a sentence of a third
    // article (the link's `via`)
    const threshold = await page.evaluate(() => window.corroborate.app.report.options.min_link_score);
    // the links, from the report's compact table: [a, b, score, via]
    const links = await page.evaluate(() => {
      const { rows, via = [] } = window.corroborate.app.report.link_table;
      const third = new Map();
      for (let k = 0; k < via.length; k += 3) third.set(via[k], `a${via[k + 1]}s${via[k + 2]}`);
      const out = [];
      for (let i = 0, k = 0; i < rows.length; i += 6 + rows[i + 5], k++) {
        out.push([`a${rows[i]}s${rows[i + 1]}`, `a${rows[i + 2]}s${rows[i + 3]}`, rows[i + 4] / 1000, third.get(k)]);
      }
      return out;
    });
    const under = links.filter((l) => l[2] < threshold && l[3]);
    assert.ok(under.length >= 1, 'the sample has a link under the threshold, made through a third article');
    const [a, b, , v] = under[0];
    const viaText = await page.evaluate((id) => {
      const [art, idx] = id.slice(1).split('s').map(Number);
      return window.corroborate.app.report.articles[art].sentences[idx].text;
    }, v);
    await page.click(`#s-${a}`);
    const details = page.locator('#details');
    const match = details.locator('.d-match').filter({ has: page.locator(`button[data-id="${b}"]`) });
    const note = await match.locator('.d-context').textContent();
    assert.ok(note.startsWith(`Score under the link threshold (${threshold.toFixed(2)}): linked because both sentences match “${viaText}” (`), note);
    assert.ok(note.endsWith(').'), note);
    // a link over the threshold carries no such note
    const over = links.find((l) => l[2] >= threshold + 0.1 && l[0] !== a && l[1] !== a);
    await page.click(`#s-${over[0]}`);
    assert.ok(await details.isVisible());
    assert.equal(await page.locator('.s.pinned').getAttribute('data-id'), over[0]);
    const plain = details.locator('.d-match').filter({ has: page.locator(`button[data-id="${over[1]}"]`) });
    assert.equal(await plain.locator('.d-context').count(), 0);
    await page.click('#details-close');
  });

  it('keyboard: j/k move, Enter pins, Esc clears, ? shows the keys', async () => {
    await page.locator('#workspace').focus();
    await page.keyboard.press('j');
    const first = await page.evaluate(() => document.activeElement.dataset.id);
    assert.match(first, /^a\ds0$/);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const second = await page.evaluate(() => document.activeElement.dataset.id);
    assert.equal(second, first.replace(/s0$/, 's1'));
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.s.pinned').getAttribute('data-id'), second);
    assert.ok(await page.locator('.s.pin-match').count() >= 1);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.s.pinned').count(), 0);
    await page.keyboard.press('l');
    const next = Number(first[1]) + 1;
    assert.match(await page.evaluate(() => document.activeElement.dataset.id), new RegExp(`^a${next}s`));
    await page.keyboard.press('h');
    assert.match(await page.evaluate(() => document.activeElement.dataset.id), new RegExp(`^a${next - 1}s`));
    await page.keyboard.press('?');
    assert.ok(await page.locator('#keys').isVisible());
    await page.keyboard.press('Escape');
    assert.ok(!(await page.locator('#keys').isVisible()));
    // Focus is visible on a sentence.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
  });

  it('the overview rail jumps to a sentence', async () => {
    const seg = page.locator('.col').nth(2).locator('.rail-seg').nth(4);
    const id = await seg.getAttribute('data-id');
    await seg.click();
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), id);
  });

  it('the markers switch turns markers off and on', async () => {
    await page.click('label.switch');
    assert.ok(await page.locator('body.markers-off').count());
    assert.ok(!(await page.locator('#s-a0s1 .badge-n').isVisible()));
    await page.keyboard.press('m');
    assert.equal(await page.locator('body.markers-off').count(), 0);
    assert.ok(await page.locator('#s-a0s1 .badge-n').isVisible());
  });

  it('the claims view lists claims by independent support with outlet chips, and what each article lacks', async () => {
    await page.click('#view-claims');
    assert.ok(await page.locator('#claims').isVisible());
    assert.ok(!(await page.locator('#columns').isVisible()));
    const claims = page.locator('.claim');
    assert.ok(await claims.count() >= 3);
    const indep = await page.locator('.claim .badge-n').allTextContents();
    const nums = indep.map((t) => parseInt(t, 10));
    assert.deepEqual(nums, [...nums].sort((a, b) => b - a), 'ordered by independent support');
    assert.ok(await claims.first().locator('.chip').count() >= 2);
    assert.match(await page.locator('#claims').textContent(), /Reported by others, missing here/);
    // the disagreements, one entry per claim: the hospital figure, each
    // value with its sources, and every sentence of the report that differs
    const diffs = page.locator('#claims .diff');
    assert.equal(await diffs.count(), 1);
    const values = await diffs.first().locator('.diff-values').textContent();
    for (const v of ['number', 'Fourteen', 'Twelve', '14']) assert.ok(values.includes(v), values);
    // one entry per value: "Fourteen" and "14" are one (the engine's key), so two values
    assert.deepEqual(await diffs.first().locator('.diff-v').allTextContents(), ['Fourteen / 14', 'Twelve']);
    const disputed = await page.evaluate(() => new Set(window.corroborate.app.report.disagreements.flatMap((d) => [d.a, d.b])).size);
    assert.equal(await diffs.first().locator('.diff-sides button').count(), disputed);
    assert.equal(disputed, 4, 'the four sentences that give the hospital figure');
    assert.equal(await page.locator('.missing').count(), 5);
    // Clicking a claim goes back to the columns and pins it.
    await claims.first().locator('button.claim-text').click();
    assert.ok(await page.locator('#columns').isVisible());
    assert.equal(await page.locator('.s.pinned').count(), 1);
    await page.keyboard.press('Escape');
  });

  it('putting a removed line back re-runs the engine with the line kept', async () => {
    const col = page.locator('.col').nth(3);
    const before = await col.locator('.s').count();
    await col.locator('details.removed summary').click();
    const line = await col.locator('.removed-list li').filter({ hasText: 'Image caption' }).locator('.line').textContent();
    await rerender(page, () => col.locator('.removed-list li').filter({ hasText: 'Image caption' }).getByRole('button', { name: /Put back/ }).click());
    const after = page.locator('.col').nth(3);
    assert.ok(await after.locator('.s').count() > before, 'the line is back as text');
    assert.match(await after.locator('.col-body').textContent(), /Flood water on Ferry Street/);
    assert.match(await after.locator('details.removed summary').textContent(), /put back by you \(1\)/);
    const stored = await page.evaluate(() => window.corroborate.app.articles[3].keep);
    assert.deepEqual(stored, [line]);
    // And out again.
    await after.locator('details.removed summary').click();
    await rerender(page, () => after.getByRole('button', { name: /Take out again/ }).click());
    assert.equal(await page.locator('.col').nth(3).locator('.s').count(), before);
  });

  it('a paragraph the cleaner kept can be taken out, put back, and taken out and undone by key', async () => {
    const col = () => page.locator('.col').first();
    const quote = /We had ten minutes to get out/;
    const before = await col().locator('.s').count();
    const statsBefore = Number((await col().locator('.col-stats').textContent()).match(/^(\d+) sentences/)[1]);
    const id = await col().locator('.s').filter({ hasText: quote }).getAttribute('data-id');
    // the sentences of its paragraph (the quote and its speaker's line)
    const n = await page.evaluate((sid) => {
      const ss = window.corroborate.app.report.articles[0].sentences;
      const p = ss.find((x) => x.id === sid).paragraph;
      return ss.filter((x) => x.paragraph === p).length;
    }, id);
    assert.ok(n >= 1);
    await page.click(`#s-${id}`);
    await rerender(page, () => page.locator('#details').getByRole('button', { name: 'Take this paragraph out' }).click());
    assert.doesNotMatch((await col().locator('.s').allTextContents()).join(' '), quote);
    assert.equal(await col().locator('.s').count(), before - n);
    assert.match(await col().locator('details.removed summary').textContent(), /taken out by you \(1\)/);
    const stored = await page.evaluate(() => window.corroborate.app.articles[0].drop);
    assert.equal(stored.length, 1);
    assert.match(stored[0], quote);
    // the engine no longer counts them: the column's summary has n sentences less
    const stats = (t) => Number(t.match(/^(\d+) sentences/)[1]);
    assert.equal(stats(await col().locator('.col-stats').textContent()), statsBefore - n);
    // put back from the removed lines
    await col().locator('details.removed summary').click();
    await rerender(page, () => col().locator('.removed-list.taken').getByRole('button', { name: /Put back/ }).click());
    assert.match((await col().locator('.s').allTextContents()).join(' '), quote);
    assert.deepEqual(await page.evaluate(() => window.corroborate.app.articles[0].drop), []);
    // by key: pin, x; then Undo in the notice
    await page.click(`#s-${id}`);
    await rerender(page, () => page.keyboard.press('x'));
    assert.equal(await col().locator('.s').count(), before - n);
    await rerender(page, () => page.locator('.notice button[data-action="undo"], [data-action="undo"]').last().click());
    assert.equal(await col().locator('.s').count(), before);
  });

  it('keeps the articles and shows an error when the engine worker dies', async () => {
    await page.evaluate(() => window.corroborate.app.engine.simulateCrash());
    await page.waitForSelector('.alert', { timeout: 10000 });
    assert.match(await page.locator('.alert').first().textContent(), /restarted; your articles are kept/);
    assert.equal(await page.locator('.col').count(), 5);
    // The new worker analyses again.
    await page.evaluate(() => window.corroborate.app.analyze());
    await waitReady(page, 5);
    assert.equal(await page.locator('.col').count(), 5);
    await page.locator('.alert button').first().click();
    log.errors = log.errors.filter((e) => !/simulated crash/.test(e));
  });

  it('a fresh engine answers a request sent while it warms up, then reports the warm-up done', async () => {
    const r = await page.evaluate(async () => {
      const { createEngine } = await import('./engine.js');
      const { SAMPLE_ARTICLES } = await import('./samples/sample.js');
      let ready, warm;
      const isReady = new Promise((resolve) => { ready = resolve; });
      const isWarm = new Promise((resolve) => { warm = resolve; });
      const engine = createEngine({ onReady: () => ready(), onWarm: () => warm() });
      await isReady;
      const { report } = await engine.analyze(SAMPLE_ARTICLES, {});
      const warmed = await Promise.race([isWarm.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 60000))]);
      // A later analysis gives the same report as the first.
      const again = (await engine.analyze(SAMPLE_ARTICLES, {})).report;
      engine.close();
      return { articles: report.articles.length, warmed, same: JSON.stringify(report) === JSON.stringify(again) };
    });
    assert.deepEqual(r, { articles: 5, warmed: true, same: true });
  });

  it('logged no console error', () => {
    assert.deepEqual(log.errors, []);
  });
});

describe('a large cluster', () => {
  let page, log;
  useReader((r) => ({ page, log } = r));

  it('shows progress while the worker analyses, and the page keeps responding', async () => {
    const result = await page.evaluate(async () => {
      const { app } = window.corroborate;
      const base = app.articles.map((a) => a.text).join('\n\n').split(/\n+/).filter((l) => l.length > 60);
      const many = [];
      for (let i = 0; i < 24; i++) {
        const lines = [];
        for (let k = 0; k < 40; k++) lines.push(base[(i * 7 + k * 3) % base.length].replace(/\b400\b/, String(300 + i)));
        many.push({ name: `Wire ${i + 1}`, text: lines.join('\n\n'), format: 'text' });
      }
      const busy = document.getElementById('busy');
      let sawBusy = false;
      let frames = 0;
      const obs = new MutationObserver(() => { if (!busy.hidden) sawBusy = true; });
      obs.observe(busy, { attributes: true });
      let counting = true;
      const count = () => { frames++; if (counting) requestAnimationFrame(count); };
      requestAnimationFrame(count);
      // Frames are counted while the worker runs, up to the moment its
      // report reaches the page (drawing 29 columns afterwards is the page's
      // own work, not the worker's).
      const analyze = app.engine.analyze;
      let workerDone = null;
      app.engine.analyze = (...args) => analyze(...args).then((r) => {
        workerDone ??= { frames, at: performance.now() };
        return r;
      });
      const t0 = performance.now();
      try {
        await app.addArticles(many);
      } finally {
        app.engine.analyze = analyze;
      }
      counting = false;
      obs.disconnect();
      return {
        sawBusy,
        frames: workerDone?.frames ?? 0,
        ms: (workerDone?.at ?? performance.now()) - t0,
        total_ms: performance.now() - t0,
        cols: document.querySelectorAll('.col').length,
      };
    });
    assert.ok(result.sawBusy, 'the progress bar showed');
    assert.equal(result.cols, 29);
    // The main thread kept painting while the worker ran (at least a frame per 100 ms on average).
    assert.ok(result.frames >= Math.min(10, result.ms / 100), JSON.stringify(result));
    assert.ok(await page.locator('#busy').isHidden());
    assert.deepEqual(log.errors, []);
  });

  it('the claims view of a large cluster stays small: claims in steps, chips capped, a few missing claims per article', async () => {
    const r = await page.evaluate(async () => {
      const view = await import('./view.js');
      const model = await import('./model.js');
      // 40 articles, 150 claims each carried by all 40 but one (article k % 20 lacks claim k)
      const n = 40;
      const articles = [];
      const claims = [];
      for (let a = 0; a < n; a++) articles.push({ name: `Outlet ${a}`, removed: [], sentences: [] });
      for (let k = 0; k < 150; k++) {
        const arts = [...Array(n).keys()].filter((a) => a !== k % 20);
        const sentences = arts.map((a) => {
          const id = `a${a}s${articles[a].sentences.length}`;
          articles[a].sentences.push({ id, paragraph: articles[a].sentences.length, text: `Claim ${k} in ${a}.`, heading: false,
            support: arts.length, independent_support: arts.length, sources: arts, matches: [], claims: [`c${k}`], disputed: false });
          return id;
        });
        claims.push({ id: `c${k}`, representative: sentences[0], sentences, articles: arts, support: arts.length, independent_support: arts.length });
      }
      const report = { articles, links: [], claims, derivations: [], disagreements: [], warnings: [], options: {} };
      const idx = model.indexReport(report, []);
      const root = document.createElement('div');
      root.append(view.buildClaims(idx, [...Array(n).keys()]));
      const first = root.querySelectorAll('.claim').length;
      const chips = root.querySelector('.claim .chips').querySelectorAll('.chip').length;
      const more = root.querySelector('.claim .chip.more')?.textContent;
      const button = root.querySelector('button.more-claims');
      const label = button?.textContent;
      button?.click();
      const afterOne = root.querySelectorAll('.claim').length;
      const buttonLeft = !!root.querySelector('button.more-claims');
      const box = root.querySelector('.missing');
      return { first, chips, more, label, afterOne, buttonLeft, missingItems: box.querySelectorAll('li').length, missingText: box.textContent, nodes: root.querySelectorAll('*').length };
    });
    assert.equal(r.first, 100, JSON.stringify(r));
    assert.equal(r.chips, 13, '12 chips and "+27"');
    assert.equal(r.more, '+27');
    assert.match(r.label, /Show 50 more claims \(50 not shown\)/);
    assert.equal(r.afterOne, 150);
    assert.equal(r.buttonLeft, false);
    // article 0 lacks claims 0, 20, ..., 140: the first 5 listed, the other 3 counted
    assert.equal(r.missingItems, 5);
    assert.match(r.missingText, /8 claims others carry and this one lacks/);
    assert.match(r.missingText, /And 3 more/);
    assert.ok(r.nodes < 20000, `${r.nodes} nodes`);
  });
});
