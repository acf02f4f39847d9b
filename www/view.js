// Rendering. Every piece of article text reaches the DOM through
// textContent / text nodes (see `h`), never innerHTML. Events are delegated:
// one listener per container, handing ids and indexes to the controller.

import {
  articleOf, initials, describe, markerKind, level, articleStats, derivationNotes,
  derivationBetween, missingClaims, isMachineName, claimMates, linkNote,
} from './model.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Create an element. `attrs.text` sets textContent, `attrs.class` the class,
 * other keys are attributes (false/null/undefined skip). Children may be
 * nodes or strings (as text nodes).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k === 'text') el.textContent = v;
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

const ICONS = {
  // a lone dot in a ring: one source
  single: ['M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zm0 1.8a4.7 4.7 0 1 1 0 9.4a4.7 4.7 0 1 1 0-9.4z', 'M8 5.8a2.2 2.2 0 1 0 0 4.4a2.2 2.2 0 1 0 0-4.4z'],
  // not-equal sign in a triangle: sources differ
  disputed: ['M8 1L15.5 14.5H.5zM8 3.6L2.9 13h10.2z', 'M4.8 8.3h6.4v1.3H4.8zM4.8 10.6h6.4v1.3H4.8zM9.6 6.3l1 .6-3.4 6-1-.6z'],
  // two overlapping sheets: copied or rewritten
  copied: ['M5 1h9v10H5zm1.3 1.3v7.4h6.4V2.3z', 'M2 4h1.3v9.7H11V15H2z'],
  // a chain link: matches
  link: ['M6.5 9.5l3-3 1 1-3 3zM4 8.5l2-2 1 1-2 2a1.4 1.4 0 0 0 2 2l2-2 1 1-2 2a2.8 2.8 0 0 1-4-4zM12 7.5l-2 2-1-1 2-2a1.4 1.4 0 0 0-2-2l-2 2-1-1 2-2a2.8 2.8 0 0 1 4 4z'],
};

/** An inline SVG icon (decorative, hidden from assistive tech). */
export function icon(name) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', `ico ico-${name}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICONS[name]) {
    const p = document.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', d);
    p.setAttribute('fill', 'currentColor');
    p.setAttribute('fill-rule', 'evenodd');
    svg.append(p);
  }
  return svg;
}

/** The outlet chip: colour + initials, name in the accessible text. */
export function chip(idx, colours, i, { withName = false } = {}) {
  const name = idx.names[i];
  const el = h('span', { class: `chip o${colours[i] ?? i % 8}`, title: name },
    h('span', { class: 'chip-i', 'aria-hidden': 'true', text: initials(name) }));
  if (withName) el.append(h('span', { class: 'chip-name', text: name }));
  else el.append(h('span', { class: 'sr', text: name }));
  return el;
}

/** The marker badges after a sentence, with their text equivalent. */
export function markers(idx, s, { linkTo = false } = {}) {
  const kind = markerKind(s);
  if (kind === 'none' && !s.disputed) return null;
  const box = h('span', { class: 'mk' });
  const text = describe(idx, s);
  const vis = h('span', { class: 'mk-vis', 'aria-hidden': 'true', title: text });
  if (kind === 'multi') {
    vis.append(h('span', { class: `badge lv${level(s.support, idx.n)}` }, h('span', { class: 'badge-n', text: `${s.support}/${idx.n}` })));
    const copied = s.support - s.independent_support;
    if (copied > 0) vis.append(h('span', { class: 'badge copied' }, icon('copied'), `${copied} copied`));
  } else if (kind === 'single') {
    vis.append(h('span', { class: 'badge single' }, icon('single'), 'only here'));
  }
  if (s.disputed) vis.append(h('span', { class: 'badge disputed' }, icon('disputed'), 'differs'));
  box.append(vis, h('span', { class: 'sr', text: ` (${text})` }));
  if (linkTo && s.matches.length) {
    const links = h('span', { class: 'mk-links' });
    for (const m of s.matches) {
      links.append(h('a', { href: `#${m}`, class: 'mk-link', title: `Go to the matching sentence in ${idx.names[articleOf(m)]}` },
        `→ ${initials(idx.names[articleOf(m)])}`));
    }
    box.append(links);
  }
  return box;
}

function sentenceClass(idx, s) {
  const kind = markerKind(s);
  let cls = 's';
  if (kind === 'multi') cls += ` s--multi lv${level(s.support, idx.n)}`;
  if (kind === 'multi' && s.support > s.independent_support) cls += ' s--copied';
  if (kind === 'single') cls += ' s--single';
  if (s.disputed) cls += ' s--disputed';
  return cls;
}

/**
 * One article column. `opts.interactive` adds focus handles and buttons; the
 * static form is used for the offline HTML export.
 */
export function buildColumn(idx, i, input, colours, opts = {}) {
  const interactive = opts.interactive !== false;
  const a = idx.report.articles[i];
  const colour = colours[i] ?? i % 8;
  const headId = `col-${i}-h`;
  const col = h('section', { class: `col o${colour}`, 'data-index': i, 'aria-labelledby': headId });

  const head = h('header', { class: 'col-head' });
  head.append(h('div', { class: 'col-source' }, chip(idx, colours, i), h('h2', { id: headId, dir: 'auto', text: idx.names[i] })));
  // the title, unless the article's first sentence is that headline (it shows there, with its marker)
  const same = (x, y) => String(x || '').replace(/\s+/g, ' ').trim().toLowerCase() === String(y || '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (a.title && !same(a.title, a.sentences[0]?.text)) head.append(h('p', { class: 'col-title', dir: 'auto', text: a.title }));
  const meta = [same(a.outlet, idx.names[i]) ? null : a.outlet, a.date, a.byline ? `By ${a.byline.replace(/^by\s+/i, '')}` : null].filter(Boolean);
  if (input?.url) meta.push(hostOf(input.url));
  if (meta.length) head.append(h('p', { class: 'col-meta', text: meta.join(' · ') }));
  const notes = derivationNotes(idx, i);
  const from = notes.filter((n) => n.d.to === i);
  const by = notes.filter((n) => n.d.from === i);
  if (from.length || by.length) {
    const line = h('p', { class: 'col-derived' }, icon('copied'));
    const group = (label, list) => h('span', { class: 'der-group' }, label,
      ...list.map((n) => h('span', { class: 'der', title: `${n.text}: ${n.d.evidence.join('; ')}` }, chip(idx, colours, n.other))));
    if (from.length) line.append(group('Copies or rewrites ', from));
    if (by.length) line.append(group(from.length ? '· copied by ' : 'Copied or rewritten by ', by));
    head.append(line);
  }
  const st = articleStats(a);
  head.append(h('p', { class: 'col-stats', text: `${st.sentences} sentences: ${st.shared} shared, ${st.single} only here${st.disputed ? `, ${st.disputed} disputed` : ''}` }));
  col.append(head);

  const main = h('div', { class: 'col-main' });
  const rail = h('div', { class: 'rail', 'aria-hidden': 'true' });
  const body = h('div', { class: 'col-body' });
  let para = null;
  let paraIndex = -1;
  let first = true;
  for (const s of a.sentences) {
    const mk = markers(idx, s, { linkTo: !interactive });
    const sp = h('span', {
      class: sentenceClass(idx, s),
      'data-id': s.id,
      id: interactive ? `s-${s.id}` : s.id,
      tabindex: interactive ? (first ? '0' : '-1') : null,
    }, h('bdi', {}, s.text));
    first = false;
    if (mk) sp.append(' ', mk);
    if (s.heading) {
      body.append(h('h3', { class: 'a-heading' }, sp));
      para = null;
      paraIndex = -1;
    } else {
      if (!para || s.paragraph !== paraIndex) {
        para = h('p', { class: 'a-para' });
        body.append(para);
        paraIndex = s.paragraph;
      } else {
        para.append(' ');
      }
      para.append(sp);
    }
    const seg = h('div', { class: `rail-seg ${railClass(idx, s)}`, 'data-id': s.id, title: s.text.slice(0, 80) });
    seg.style.flexGrow = String(Math.max(30, s.text.length));
    rail.append(seg);
  }
  if (a.sentences.length === 0) body.append(h('p', { class: 'muted', text: 'No sentences were found in this article.' }));
  body.append(removedBlock(a, i, input, interactive));
  main.append(rail, body);
  col.append(main);
  return col;
}

function railClass(idx, s) {
  const kind = markerKind(s);
  let c = kind === 'multi' ? `lv${level(s.support, idx.n)}` : kind;
  if (s.disputed) c += ' disputed';
  return c;
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Reasons of the page's lines outside the article (saved pages): listed apart. */
const OUTSIDE = new Set(['outside', 'not-listed']);

/** One removed line, with its "Put back" (`action`: `keep`, or `untake` for a paragraph you took out). */
function removedItem(r, k, i, interactive, { label = r.reason, action = 'keep' } = {}) {
  return h('li', {},
    h('span', { class: 'reason', text: label }), ' ',
    h('bdi', { class: 'line', text: r.text }), ' ',
    interactive && r.reason !== 'not-listed' ? h('button', { type: 'button', class: 'small', 'data-action': action, 'data-article': i, 'data-removed': k, 'aria-label': `Put back: ${r.text.slice(0, 60)}` }, 'Put back') : null);
}

/**
 * What the cleaner took out: the furniture lines (and captions, code) in
 * one list, the lines you put back, and, for a saved page, the page's lines
 * outside the article in a second list of their own (often a few hundred
 * menu and footer lines, which would bury the first).
 */
function removedBlock(a, i, input, interactive) {
  const kept = input?.keep || [];
  const inside = [];
  const outside = [];
  const taken = [];
  a.removed.forEach((r, k) => (r.reason === 'you' ? taken : OUTSIDE.has(r.reason) ? outside : inside).push([r, k]));
  const frag = document.createDocumentFragment();
  const det = h('details', { class: 'removed' });
  det.append(h('summary', { text: `Removed by the cleaner (${inside.length})${kept.length ? `, put back by you (${kept.length})` : ''}${taken.length ? `, taken out by you (${taken.length})` : ''}` }));
  const list = h('ul', { class: 'removed-list' });
  for (const [r, k] of inside) list.append(removedItem(r, k, i, interactive));
  if (inside.length === 0) list.append(h('li', { class: 'muted', text: 'Nothing was removed.' }));
  det.append(list);
  if (kept.length) {
    const kl = h('ul', { class: 'removed-list kept' });
    kept.forEach((line, k) => {
      kl.append(h('li', {},
        h('span', { class: 'reason', text: 'put back' }), ' ',
        h('span', { class: 'line', text: line }), ' ',
        interactive ? h('button', { type: 'button', class: 'small', 'data-action': 'unkeep', 'data-article': i, 'data-kept': k, 'aria-label': `Take out again: ${line.slice(0, 60)}` }, 'Take out again') : null));
    });
    det.append(kl);
  }
  if (taken.length) {
    const tl = h('ul', { class: 'removed-list taken' });
    for (const [r, k] of taken) tl.append(removedItem(r, k, i, interactive, { label: 'taken out by you', action: 'untake' }));
    det.append(tl);
  }
  frag.append(det);
  if (outside.length) {
    const listed = outside.filter(([r]) => r.reason === 'outside').length;
    const more = outside.length > listed ? '+' : '';
    const od = h('details', { class: 'outside-lines' });
    od.append(h('summary', { text: `Lines of the page outside the article (${listed}${more})` }));
    const ol = h('ul', { class: 'removed-list' });
    for (const [r, k] of outside) ol.append(removedItem(r, k, i, interactive));
    od.append(ol);
    frag.append(od);
  }
  return frag;
}

/** Details of a pinned sentence: matches with outlet, score, shared terms; disagreements side by side. */
export function buildDetails(idx, colours, id) {
  const info = idx.sentences.get(id);
  const frag = document.createDocumentFragment();
  if (!info) return frag;
  const { s, article } = info;
  frag.append(h('div', { class: 'd-self' },
    h('p', { class: 'd-source' }, chip(idx, colours, article, { withName: true })),
    h('blockquote', { class: 'd-text', dir: 'auto', text: s.text }),
    h('p', { class: 'd-summary', text: describe(idx, s) || 'A heading; no claim to compare.' }),
    h('p', { class: 'd-actions' },
      h('button', { type: 'button', class: 'small', 'data-action': 'take-out', 'data-id': id,
        title: 'Not part of the article (a caption, an ad, a teaser the cleaner kept): take its paragraph out. It is listed under the article\'s removed lines, to put back.' },
      'Take this paragraph out'))));

  const dis = idx.disagreements.get(id) || [];
  if (dis.length) {
    frag.append(h('h3', { text: 'Where sources differ' }));
    for (const d of dis) {
      const mine = d.a === id;
      const other = mine ? d.b : d.a;
      const oa = articleOf(other);
      const table = h('table', { class: 'd-diff' },
        h('caption', { text: `With ${idx.names[oa]}` }),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'What' }), h('th', { scope: 'col', text: idx.names[article] }), h('th', { scope: 'col', text: idx.names[oa] }))));
      const tb = h('tbody');
      for (const diff of d.differences) {
        tb.append(h('tr', {}, h('th', { scope: 'row', text: diff.kind }), h('td', { text: mine ? diff.a : diff.b }), h('td', { text: mine ? diff.b : diff.a })));
      }
      table.append(tb);
      frag.append(table);
    }
  }

  frag.append(h('h3', { text: s.matches.length ? `Matches (${s.matches.length})` : 'No matches in the other articles' }));
  frag.append(matchList(idx, colours, id, article, s.matches));
  const mates = claimMates(idx, s);
  if (mates.length) {
    frag.append(h('h3', { text: `Same claim, through the others (${mates.length})` }));
    frag.append(h('p', { class: 'muted', text: 'Linked to the other sentences of this claim, not to this one directly: they count in its sources.' }));
    frag.append(matchList(idx, colours, id, article, mates));
  }
  return frag;
}

/** The list of other articles' sentences in the details panel, with score, terms and a button to each. */
function matchList(idx, colours, id, article, ids) {
  const list = h('ul', { class: 'd-matches' });
  for (const m of ids) {
    const mi = idx.sentences.get(m);
    if (!mi) continue;
    const link = idx.link(id, m);
    const der = derivationBetween(idx.report, article, mi.article);
    const item = h('li', { class: 'd-match' });
    item.append(h('div', { class: 'd-match-head' },
      chip(idx, colours, mi.article, { withName: true }),
      h('span', { class: 'score', text: link ? `score ${link.score.toFixed(2)}` : 'same claim (through others)' }),

      mi.s.disputed && (idx.disagreements.get(m) || []).some((d) => d.a === id || d.b === id)
        ? h('span', { class: 'badge disputed' }, icon('disputed'), 'differs') : null,
      der ? h('span', { class: 'badge copied', title: der.evidence.join('; ') }, icon('copied'),
        der.to === mi.article ? 'copy of this one' : 'source of this one') : null));
    item.append(h('p', { class: 'd-match-text', dir: 'auto', text: mi.s.text }));
    const third = link?.via ? idx.sentences.get(link.via) : null;
    const via = third ? { name: idx.names[third.article], text: third.s.text } : null;
    const note = link ? linkNote(link.score, idx.report.options?.min_link_score, via) : null;
    if (note) item.append(h('p', { class: 'muted d-context', text: `Score ${note}.` }));
    if (link && link.shared.length) {
      item.append(h('p', { class: 'terms' }, h('span', { class: 'muted', text: 'Shared terms: ' }),
        ...link.shared.map((t) => h('span', { class: 'term', text: t }))));
    }
    item.append(h('button', { type: 'button', class: 'small', 'data-action': 'goto', 'data-id': m }, `Show in ${idx.names[mi.article]}`));
    list.append(item);
  }
  return list;
}

/** At most this many source chips on one claim; the rest as "+N" (a 100-article cluster would draw 100). */
const MAX_CHIPS = 12;
/** Claims drawn at once in the claims view; a button draws the next as many. */
const MAX_CLAIMS_SHOWN = 100;
/** At most this many claims listed per article under "Reported by others, missing here". */
const MAX_MISSING_LISTED = 5;
/** Source chips per claim under "Reported by others, missing here" (one box per article: small). */
const MISSING_CHIPS = 5;
/** At most this many sentences listed under one disagreement. */
const MAX_DIFF_SENTENCES = 40;

/** The chips of articles `arts`: the first `max`, then "+N" naming the rest in its title. */
function chipList(idx, colours, arts, max = MAX_CHIPS) {
  const shown = arts.slice(0, max).map((a) => chip(idx, colours, a));
  const rest = arts.slice(max);
  if (rest.length) {
    shown.push(h('span', { class: 'chip more', title: rest.map((a) => idx.names[a]).join(', '), text: `+${rest.length}` }));
  }
  return h('span', { class: 'chips' }, ...shown);
}

/** The claims view: consensus digest, then per article what others report and it lacks. */
export function buildClaims(idx, colours, { interactive = true } = {}) {
  const frag = document.createDocumentFragment();
  const r = idx.report;
  frag.append(h('p', { class: 'muted', text: `${r.claims.length} claims carried by two or more of the ${idx.n} articles, most independent support first. A rewrite of another article counts once.` }));
  const ol = h('ol', { class: 'claim-list' });
  const claimItem = (c) => {
    const rep = idx.sentences.get(c.representative);
    const chips = chipList(idx, colours, c.articles);
    const disputed = c.sentences.some((sid) => idx.sentences.get(sid)?.s.disputed);
    const text = rep ? rep.s.text : c.representative;
    const li = h('li', { class: 'claim' },
      h('div', { class: 'claim-head' },
        h('span', { class: `badge lv${level(c.support, idx.n)}` }, h('span', { class: 'badge-n', text: `${c.independent_support} independent` })),
        h('span', { class: 'muted', text: ` ${c.support} of ${idx.n} sources` }),
        disputed ? h('span', { class: 'badge disputed' }, icon('disputed'), 'differs') : null,
        chips),
      interactive
        ? h('button', { type: 'button', class: 'claim-text linklike', 'data-action': 'pin', 'data-id': c.representative, dir: 'auto' }, text)
        : h('a', { class: 'claim-text', href: `#${c.representative}`, dir: 'auto', text }));
    return li;
  };
  // on the page, a large cluster's claims come in steps (the export holds them all)
  const first = interactive ? r.claims.slice(0, MAX_CLAIMS_SHOWN) : r.claims;
  for (const c of first) ol.append(claimItem(c));
  if (r.claims.length === 0) ol.append(h('li', { class: 'muted', text: 'No claim is carried by two articles.' }));
  frag.append(ol);
  if (first.length < r.claims.length) {
    let shown = first.length;
    const more = h('button', { type: 'button', class: 'small more-claims' });
    const label = () => { more.textContent = `Show ${Math.min(MAX_CLAIMS_SHOWN, r.claims.length - shown)} more claims (${r.claims.length - shown} not shown)`; };
    label();
    more.addEventListener('click', () => {
      for (const c of r.claims.slice(shown, shown + MAX_CLAIMS_SHOWN)) ol.append(claimItem(c));
      shown = Math.min(shown + MAX_CLAIMS_SHOWN, r.claims.length);
      if (shown >= r.claims.length) more.remove(); else label();
    });
    frag.append(h('p', {}, more));
  }
  frag.append(differencesBlock(idx, colours, interactive));

  frag.append(h('h2', { text: 'Reported by others, missing here' }));
  const grid = h('div', { class: 'missing-grid' });
  for (let i = 0; i < idx.n; i++) {
    const missing = missingClaims(r, i);
    const only = r.articles[i].sentences.filter((s) => markerKind(s) === 'single').length;
    const box = h('section', { class: 'missing', 'aria-labelledby': `miss-${i}` },
      h('h3', { id: `miss-${i}` }, chip(idx, colours, i), ` ${idx.names[i]}`),
      h('p', { class: 'muted', text: `${missing.length} claim${missing.length === 1 ? '' : 's'} others carry and this one lacks; ${only} sentence${only === 1 ? '' : 's'} only it reports.` }));
    // the most supported first (the report's order); a large cluster lists
    // the first few and counts the rest
    const ul = h('ul');
    for (const c of missing.slice(0, MAX_MISSING_LISTED)) {
      const rep = idx.sentences.get(c.representative);
      ul.append(h('li', {},
        chipList(idx, colours, c.articles, MISSING_CHIPS), ' ',
        interactive
          ? h('button', { type: 'button', class: 'linklike', 'data-action': 'pin', 'data-id': c.representative, dir: 'auto' }, rep ? rep.s.text : c.representative)
          : h('a', { href: `#${c.representative}`, dir: 'auto', text: rep ? rep.s.text : c.representative })));
    }
    box.append(ul);
    if (missing.length > MAX_MISSING_LISTED) {
      box.append(h('p', { class: 'muted', text: `And ${missing.length - MAX_MISSING_LISTED} more, carried by fewer sources (all in the list of claims above).` }));
    }
    grid.append(box);
  }
  frag.append(grid);
  return frag;
}

/**
 * Every disagreement, grouped by the claim it falls in (pairs outside any
 * claim stand alone), in claim order: what differs, each value as written
 * with the sources that state it, the claim, and its disputed sentences,
 * each one click from its place in the columns. In a large cluster one
 * fact told two ways is one entry, not one per pair of sentences.
 */
function differencesBlock(idx, colours, interactive) {
  const r = idx.report;
  const claimOrder = new Map(r.claims.map((c, k) => [c.id, k]));
  const groups = new Map();
  for (const d of r.disagreements) {
    const [ea, eb] = [idx.sentences.get(d.a), idx.sentences.get(d.b)];
    if (!ea || !eb) continue;
    // the first claim (in report order) both sentences belong to
    const shared = (ea.s.claims || []).filter((c) => (eb.s.claims || []).includes(c) && claimOrder.has(c));
    const cid = shared.sort((x, y) => claimOrder.get(x) - claimOrder.get(y))[0];
    const claim = cid === undefined ? null : idx.claims.get(cid);
    const key = claim ? `c:${claim.id}` : `p:${d.a}|${d.b}`;
    if (!groups.has(key)) groups.set(key, { claim, order: claim ? claimOrder.get(claim.id) : r.claims.length, kinds: new Map(), sentences: [] });
    const g = groups.get(key);
    for (const x of d.differences) {
      if (!g.kinds.has(x.kind)) g.kinds.set(x.kind, new Map());
      const values = g.kinds.get(x.kind);
      // one entry per value, whatever its wording ("Fourteen" and "14":
      // the engine's canonical key; reports without keys: the text)
      for (const [v, key, art] of [[x.a, x.a_key, ea.article], [x.b, x.b_key, eb.article]]) {
        const k = key || v.toLowerCase();
        if (!values.has(k)) values.set(k, { texts: [], articles: new Set() });
        const e = values.get(k);
        if (!e.texts.includes(v)) e.texts.push(v);
        e.articles.add(art);
      }
    }
    for (const id of [d.a, d.b]) if (!g.sentences.includes(id)) g.sentences.push(id);
  }
  const sorted = [...groups.values()].sort((x, y) => x.order - y.order);
  const frag = document.createDocumentFragment();
  frag.append(h('h2', { text: `Where sources differ (${sorted.length})` }));
  if (!sorted.length) {
    frag.append(h('p', { class: 'muted', text: 'No two sentences of one claim differ on a number, date or name.' }));
    return frag;
  }
  frag.append(h('p', { class: 'muted', text: 'Sentences of one claim that agree on the rest but state a different number, date or name: each value with the sources that state it.' }));
  const sentenceLink = (id, text, cls) => (interactive
    ? h('button', { type: 'button', class: `${cls} linklike`, 'data-action': 'pin', 'data-id': id, dir: 'auto' }, text)
    : h('a', { class: cls, href: `#${id}`, dir: 'auto', text }));
  const ul = h('ul', { class: 'diff-list' });
  for (const g of sorted) {
    const li = h('li', { class: 'diff' });
    for (const [kind, values] of g.kinds) {
      const line = h('p', { class: 'diff-values' }, h('span', { class: 'badge disputed' }, icon('disputed'), kind));
      [...values.values()].forEach((v, k) => {
        if (k) line.append(h('span', { class: 'muted', text: '·' }));
        const arts = [...v.articles].sort((x, y) => x - y);
        line.append(h('bdi', { class: 'diff-v', text: v.texts.join(' / ') }), chipList(idx, colours, arts));
      });
      li.append(line);
    }
    if (g.claim) {
      const rep = idx.sentences.get(g.claim.representative);
      li.append(h('p', { class: 'diff-claim' }, h('span', { class: 'muted', text: `Claim, ${g.claim.support} of ${idx.n} sources: ` }),
        sentenceLink(g.claim.representative, rep ? rep.s.text : g.claim.representative, 'claim-text')));
    }
    const det = h('details', { class: 'diff-sentences' });
    if (g.sentences.length <= 4) det.open = true;
    det.append(h('summary', { text: `The sentences that differ (${g.sentences.length})` }));
    const sides = h('ul', { class: 'diff-sides' });
    for (const id of g.sentences.slice(0, MAX_DIFF_SENTENCES)) {
      const e = idx.sentences.get(id);
      sides.append(h('li', {}, h('span', {}, chip(idx, colours, e.article, { withName: true })), sentenceLink(id, e.s.text, 'claim-text')));
    }
    det.append(sides);
    if (g.sentences.length > MAX_DIFF_SENTENCES) {
      det.append(h('p', { class: 'muted', text: `And ${g.sentences.length - MAX_DIFF_SENTENCES} more: each is marked "differs" in its column.` }));
    }
    li.append(det);
    ul.append(li);
  }
  frag.append(ul);
  return frag;
}

/** The list of articles in the intake dialog: rename, reorder, remove. */
export function buildSources(inputs, colours, names = []) {
  const frag = document.createDocumentFragment();
  inputs.forEach((a, i) => {
    const label = names[i] || a.name || `Article ${i + 1}`;
    // a machine-made file name is not shown as the name (the page shows
    // `label`, the outlet or "Article N"), only as where the text came from
    const machine = Boolean(a.name) && isMachineName(a.name);
    frag.append(h('li', { class: 'source', 'data-index': i },
      h('span', { class: `chip o${colours[i] ?? i % 8}`, 'aria-hidden': 'true' }, h('span', { class: 'chip-i', text: initials(label) })),
      h('label', { class: 'sr', for: `src-name-${i}`, text: `Name of article ${i + 1}` }),
      h('input', { id: `src-name-${i}`, class: 'src-name', value: machine ? '' : a.name || '', placeholder: label, 'data-index': i, autocomplete: 'off' }),
      h('span', { class: 'muted src-info', text: `${a.format === 'html' ? 'HTML' : 'text'}, ${Math.max(1, Math.round(a.text.length / 1000))} KB${a.url ? `, ${hostOf(a.url)}` : ''}${machine ? `, file ${a.name}` : ''}` }),
      h('span', { class: 'src-actions' },
        h('button', { type: 'button', class: 'small', 'data-action': 'up', 'data-index': i, disabled: i === 0, 'aria-label': `Move ${label} earlier` }, '↑'),
        h('button', { type: 'button', class: 'small', 'data-action': 'down', 'data-index': i, disabled: i === inputs.length - 1, 'aria-label': `Move ${label} later` }, '↓'),
        h('button', { type: 'button', class: 'small danger', 'data-action': 'remove', 'data-index': i, 'aria-label': `Remove ${label}` }, 'Remove'))));
  });
  return frag;
}

/**
 * The live page view: owns the DOM references, renders, and reports user
 * gestures through `bind*` callbacks (todomvc style).
 */
export class View {
  constructor(doc = document) {
    const $ = (id) => doc.getElementById(id);
    this.doc = doc;
    this.el = {
      columns: $('columns'), claims: $('claims'), claimsBody: $('claims-body'), details: $('details'),
      detailsBody: $('details-body'), detailsClose: $('details-close'), alerts: $('alerts'), notices: $('notices'),
      busy: $('busy'), busyBar: $('busy-bar'), busyText: $('busy-text'), busyCancel: $('busy-cancel'),
      switcher: $('switcher-select'), switcherNav: $('switcher'), markers: $('markers'), viewArticles: $('view-articles'),
      viewClaims: $('view-claims'), intake: $('intake'), sources: $('sources'), sourcesEmpty: $('sources-empty'),
      title: $('cluster-title'), version: $('engine-version'), keys: $('keys'), legend: $('legend'),
      overlay: $('drop-overlay'), workspace: $('workspace'),
    };
    this.byId = new Map();
    this.pinned = null;
    this.hovered = [];
    this.idx = null;
    this.colours = [];
    this.active = 0;
    for (const name of Object.keys(ICONS)) {
      for (const slot of this.el.legend.querySelectorAll(`span.ico-${name}`)) slot.replaceWith(icon(name));
    }
  }

  /** Render the whole report. Large reports render column by column, reporting progress. */
  async renderReport(idx, inputs, colours, onProgress) {
    this.idx = idx;
    this.colours = colours;
    this.byId.clear();
    this.pinned = null;
    const cols = this.el.columns;
    const total = idx.report.articles.reduce((n, a) => n + a.sentences.length, 0);
    const chunked = total > 1500;
    const built = [];
    for (let i = 0; i < idx.n; i++) {
      built.push(buildColumn(idx, i, inputs[i], colours));
      if (chunked) {
        onProgress?.((i + 1) / idx.n);
        await new Promise((r) => requestAnimationFrame(() => r()));
      }
    }
    cols.replaceChildren(...built);
    cols.classList.toggle('many', idx.n > 3);
    cols.dataset.count = String(idx.n);
    for (const el of cols.querySelectorAll('.s[data-id]')) this.byId.set(el.dataset.id, el);
    this.renderClaims();
    this.renderSwitcher();
    this.setActive(Math.min(this.active, Math.max(0, idx.n - 1)));
    if (idx.n === 0) {
      cols.replaceChildren(h('div', { class: 'empty' },
        h('h2', { text: 'No articles yet' }),
        h('p', { text: 'Paste articles, drop saved pages, use the bookmarklet, or start with the sample.' }),
        h('p', {}, h('button', { type: 'button', class: 'primary', 'data-action': 'open-intake' }, 'Add articles…'), ' ',
          h('button', { type: 'button', 'data-action': 'sample' }, 'Load the sample'))));
    }
    this.hideDetails();
  }

  renderClaims() {
    this.el.claimsBody.replaceChildren(buildClaims(this.idx, this.colours));
  }

  renderSwitcher() {
    const sel = this.el.switcher;
    sel.replaceChildren(...this.idx.names.map((n, i) => h('option', { value: i, text: `${i + 1}. ${n}` })));
    this.el.switcherNav.hidden = this.idx.n < 2;
  }

  /** Which column shows on a narrow screen. */
  setActive(i) {
    this.active = i;
    this.el.switcher.value = String(i);
    for (const col of this.el.columns.querySelectorAll('.col')) col.classList.toggle('active', Number(col.dataset.index) === i);
  }

  renderSources(inputs, colours, names) {
    this.el.sources.replaceChildren(buildSources(inputs, colours, names));
    this.el.sourcesEmpty.hidden = inputs.length > 0;
  }

  setTitle(text) {
    this.el.title.textContent = text;
  }

  setVersion(v) {
    this.el.version.textContent = v ? `engine ${v}` : '';
  }

  setMarkers(on) {
    this.el.markers.checked = on;
    this.doc.body.classList.toggle('markers-off', !on);
    this.el.legend.hidden = !on;
  }

  setView(view) {
    const claims = view === 'claims';
    this.el.claims.hidden = !claims;
    this.el.columns.hidden = claims;
    this.el.viewArticles.setAttribute('aria-pressed', String(!claims));
    this.el.viewClaims.setAttribute('aria-pressed', String(claims));
    this.el.switcherNav.classList.toggle('off', claims);
  }

  /** Tint (hover) or clear the matches of a sentence. */
  hover(id) {
    for (const el of this.hovered) el.classList.remove('hover-match', 'hover-self');
    this.hovered = [];
    if (!id || !this.idx) return;
    const info = this.idx.sentences.get(id);
    if (!info) return;
    const self = this.byId.get(id);
    if (self) {
      self.classList.add('hover-self');
      this.hovered.push(self);
    }
    for (const m of info.s.matches) {
      const el = this.byId.get(m);
      if (el) {
        el.classList.add('hover-match');
        this.hovered.push(el);
      }
    }
  }

  /** Pin a sentence: mark it and its matches, scroll each match into view with a flash, open the details. */
  pin(id, { reducedMotion = false } = {}) {
    this.unpin();
    const info = this.idx?.sentences.get(id);
    const self = this.byId.get(id);
    if (!info || !self) return;
    this.pinned = id;
    self.classList.add('pinned');
    self.setAttribute('aria-current', 'true');
    for (const m of info.s.matches) {
      const el = this.byId.get(m);
      if (!el) continue;
      el.classList.add('pin-match');
      this.scrollInColumn(el, reducedMotion);
      this.flash(el);
    }
    // the claim's sentences its support counts without a link to this one
    for (const m of claimMates(this.idx, info.s)) {
      const el = this.byId.get(m);
      if (!el) continue;
      el.classList.add('pin-mate');
      this.scrollInColumn(el, reducedMotion);
    }
    this.showDetails(id);
    this.scrollInColumn(self, reducedMotion);
  }

  unpin() {
    if (!this.pinned) return;
    for (const el of this.el.columns.querySelectorAll('.pinned, .pin-match, .pin-mate')) {
      el.classList.remove('pinned', 'pin-match', 'pin-mate');
      el.removeAttribute('aria-current');
    }
    this.pinned = null;
  }

  flash(el) {
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation
    el.classList.add('flash');
    setTimeout(() => el.classList.remove('flash'), 1300);
  }

  /** Scroll a sentence to the middle of its own column, leaving the other columns where they are. */
  scrollInColumn(el, reducedMotion) {
    const body = el.closest('.col-body');
    if (!body) return;
    const top = el.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
    const target = Math.max(0, top - body.clientHeight / 3);
    if (body.scrollHeight > body.clientHeight + 1) {
      body.scrollTo({ top: target, behavior: reducedMotion ? 'auto' : 'smooth' });
    } else {
      // Narrow layout: the page scrolls, not the column; keep the sentence
      // in the top part of the screen, above the details sheet.
      if (!el.offsetParent) return; // in a hidden column
      const r = el.getBoundingClientRect();
      const sheet = this.el.details.hidden ? 0 : this.el.details.getBoundingClientRect().height;
      const room = window.innerHeight - sheet;
      if (r.top < 0 || r.bottom > room) {
        window.scrollTo({ top: window.scrollY + r.top - Math.max(8, (room - r.height) / 3), behavior: reducedMotion ? 'auto' : 'smooth' });
      }
    }
  }

  /** Bring a sentence's column into view (switching on phones), scroll to it, flash and focus it. */
  reveal(id, { reducedMotion = false } = {}) {
    const el = this.byId.get(id);
    if (!el) return;
    const i = articleOf(id);
    this.setActive(i);
    const col = el.closest('.col');
    const strip = this.el.columns;
    if (col && strip.scrollWidth > strip.clientWidth) {
      const cr = col.getBoundingClientRect();
      const sr = strip.getBoundingClientRect();
      if (cr.left < sr.left || cr.right > sr.right) strip.scrollBy({ left: cr.left - sr.left, behavior: reducedMotion ? 'auto' : 'smooth' });
    }
    this.scrollInColumn(el, reducedMotion);
    this.flash(el);
    this.focusSentence(el);
  }

  showDetails(id) {
    this.el.detailsBody.replaceChildren(buildDetails(this.idx, this.colours, id));
    this.el.details.hidden = false;
    this.doc.body.classList.add('with-details');
  }

  hideDetails() {
    this.el.details.hidden = true;
    this.doc.body.classList.remove('with-details');
  }

  /** Move the roving tabindex to a sentence and focus it. */
  focusSentence(el) {
    const col = el.closest('.col');
    if (col) for (const o of col.querySelectorAll('.s[tabindex="0"]')) o.setAttribute('tabindex', '-1');
    el.setAttribute('tabindex', '0');
    el.focus({ preventScroll: true });
    this.scrollInColumn(el, true);
  }

  /** The sentence that has focus, or null. */
  focusedSentence() {
    const a = this.doc.activeElement;
    return a && a.classList?.contains('s') ? a : null;
  }

  /** The sentence elements of column `i` in reading order. */
  sentencesOf(i) {
    const col = this.el.columns.querySelector(`.col[data-index="${i}"]`);
    return col ? [...col.querySelectorAll('.s[data-id]')] : [];
  }

  showBusy({ text, value = null, cancellable = true }) {
    this.el.busy.hidden = false;
    this.el.busyText.textContent = text;
    if (value === null) this.el.busyBar.removeAttribute('value');
    else this.el.busyBar.value = value;
    this.el.busyCancel.hidden = !cancellable;
    this.doc.documentElement.setAttribute('aria-busy', 'true');
  }

  hideBusy() {
    this.el.busy.hidden = true;
    this.doc.documentElement.removeAttribute('aria-busy');
  }

  /** Show an error that stays until dismissed. */
  alert(message) {
    const box = h('div', { class: 'alert' },
      h('p', { text: message }),
      h('button', { type: 'button', class: 'small', 'data-action': 'dismiss' }, 'Dismiss'));
    this.el.alerts.append(box);
  }

  clearAlerts() {
    this.el.alerts.replaceChildren();
  }

  /** The report's warnings, in one list. */
  warnings(list) {
    const old = this.el.notices.querySelector('.warnings');
    old?.remove();
    if (!list || list.length === 0) return;
    this.el.notices.prepend(h('div', { class: 'warnings' },
      h('p', { class: 'warn-h', text: `The engine warns (${list.length}):` }),
      h('ul', {}, ...list.map((w) => h('li', { text: w })))));
  }

  /** A passing message (added, exported …), gone after a while. */
  notice(message, { undo = false } = {}) {
    const p = h('div', { class: 'notice' }, h('span', { text: message }),
      undo ? h('button', { type: 'button', class: 'small', 'data-action': 'undo' }, 'Undo') : null);
    this.el.notices.append(p);
    setTimeout(() => p.remove(), undo ? 15000 : 6000);
  }
}
