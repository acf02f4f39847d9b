// Pure helpers over the engine's report (see engine.js for the typedefs):
// indexes for fast look-ups, outlet initials and colours, and the text
// equivalents of every marker. No DOM here, so node can test it.

/** Number of outlet colours (Okabe-Ito palette, see style.css `.o0`…`.o7`). */
export const PALETTE_SIZE = 8;

/** Article index of a sentence id like `a2s7`. */
export function articleOf(id) {
  const m = /^a(\d+)s\d+$/.exec(id);
  return m ? Number(m[1]) : -1;
}

/**
 * Up to three initials of a name: "Coastline Press Agency" -> "CPA",
 * "BBC" -> "BBC", "Channel 4 News" -> "C4N", "Article 3" -> "A3".
 */
export function initials(name) {
  const words = String(name || '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/[\s-]+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) {
    const w = words[0];
    // an acronym stays itself ("RT", "CNN"); any other single word gives two letters
    return /^\p{Lu}{2,3}$/u.test(w) ? w : w.slice(0, 2).toUpperCase();
  }
  // capitalised words and short numbers ("4", "12") stand for the name; if none, every word
  const use = words.filter((w) => /^\p{Lu}/u.test(w) || /^\p{N}{1,2}$/u.test(w));
  const pick = use.some((w) => /^\p{Lu}/u.test(w)) ? use : words;
  return pick.slice(0, 3).map((w) => (/^\p{N}{1,2}$/u.test(w) ? w : w[0].toUpperCase())).join('').slice(0, 3);
}

/**
 * Whether a name (a file name without its extension) was made by a machine,
 * not a person: it holds a long run mixing letters and digits (a hash, an id:
 * "000_0af76522113b4fe7", "3f2a9c1e-7b4d"), or no letter at all ("20191229_1").
 * Such a name says nothing to a reader, so the page shows the outlet instead.
 */
export function isMachineName(name) {
  const tokens = String(name || '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (tokens.some((t) => t.length >= 8 && /\p{L}/u.test(t) && /\p{N}/u.test(t))) return true;
  return !tokens.some((t) => /\p{L}/u.test(t));
}

/** The lowest palette slot not used by `taken`. */
export function freeColour(taken) {
  const used = new Set(taken);
  for (let i = 0; i < PALETTE_SIZE; i++) if (!used.has(i)) return i;
  return taken.length % PALETTE_SIZE;
}

/**
 * Display name of article `i`: the name the user gave or loaded it under,
 * unless that is empty or made by a machine (see `isMachineName`); then the
 * outlet the engine found, else "Article N". A title is not a source's name:
 * the column shows it under the name anyway.
 */
export function sourceName(report, inputs, i) {
  const a = report?.articles?.[i];
  const given = String(inputs?.[i]?.name || '').trim() || reportedName(a, i);
  if (given && !isMachineName(given)) return given;
  return String(a?.outlet || '').trim() || `Article ${i + 1}`;
}

/** The name the report gives article `i`, or '' for the "Article N" the engine gives an article that had no name. */
function reportedName(a, i) {
  const name = String(a?.name || '').trim();
  return name === `Article ${i + 1}` ? '' : name;
}

/** Level 1..5 on the sequential scale for `support` of `n` articles. */
export function level(support, n) {
  if (support <= 1 || n <= 1) return 0;
  return Math.max(1, Math.min(5, Math.ceil(((support - 1) / (n - 1)) * 5)));
}

/**
 * Build look-up tables over a report.
 * @param {import('./engine.js').Report} report
 * @param {{name:string}[]} inputs the articles as loaded (for names)
 */
export function indexReport(report, inputs = []) {
  const n = report.articles.length;
  const sentences = new Map();
  report.articles.forEach((a, ai) => a.sentences.forEach((s, si) => sentences.set(s.id, { article: ai, index: si, s })));
  const link = linkLookup(report);
  const disagreements = new Map();
  for (const d of report.disagreements) {
    for (const id of [d.a, d.b]) {
      if (!disagreements.has(id)) disagreements.set(id, []);
      disagreements.get(id).push(d);
    }
  }
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const names = report.articles.map((_, i) => sourceName(report, inputs, i));
  return { report, n, sentences, link, disagreements, claims, names };
}

/**
 * A function `(idA, idB) => link | undefined` over the report's links, in
 * either order. The index is built on first use (a large cluster has tens
 * of thousands of links; the page needs them only when a sentence is
 * opened). Reads `link_table` (the compact form the page asks for: rows of
 * numbers and a term table, see docs/report.md) or `links` (objects).
 * @returns {(a: string, b: string) => ({a: string, b: string, score: number, shared: string[], via?: string} | undefined)}
 */
export function linkLookup(report) {
  let index = null;
  // row offset -> `via` sentence id (link_table only)
  const viaAt = new Map();
  const build = () => {
    index = new Map();
    const t = report.link_table;
    if (t && Array.isArray(t.rows) && Array.isArray(t.terms)) {
      const r = t.rows;
      // `via` triples: link number, article, sentence index
      const via = new Map();
      const v = Array.isArray(t.via) ? t.via : [];
      for (let k = 0; k + 2 < v.length; k += 3) via.set(v[k], `a${v[k + 1]}s${v[k + 2]}`);
      for (let i = 0, k = 0; i + 5 < r.length; i += 6 + r[i + 5], k++) {
        index.set(`a${r[i]}s${r[i + 1]}|a${r[i + 2]}s${r[i + 3]}`, i);
        if (via.has(k)) viaAt.set(i, via.get(k));
      }
    } else {
      for (const l of report.links || []) index.set(`${l.a}|${l.b}`, l);
    }
  };
  const get = (key) => {
    const v = index.get(key);
    if (typeof v !== 'number') return v;
    const r = report.link_table.rows;
    const [aa, as, ba, bs, milli, n] = r.slice(v, v + 6);
    const link = { a: `a${aa}s${as}`, b: `a${ba}s${bs}`, score: milli / 1000,
      shared: r.slice(v + 6, v + 6 + n).map((k) => String(report.link_table.terms[k] ?? '')) };
    if (viaAt.has(v)) link.via = viaAt.get(v);
    return link;
  };
  return (a, b) => {
    if (!index) build();
    return get(`${a}|${b}`) || get(`${b}|${a}`);
  };
}

/** The derivation between articles `x` and `y`, either way, or null. */
export function derivationBetween(report, x, y) {
  return report.derivations.find((d) => (d.from === x && d.to === y) || (d.from === y && d.to === x)) || null;
}

/**
 * Articles carrying the sentence's claim, as the engine counted them for its
 * support ("4 of 5"): itself first, then the others in article order. A claim
 * may hold an article whose sentence is linked to the claim's other sentences
 * but not to this one, so this can name more articles than the matches do.
 * (Reports saved before `sources` existed: the matches' articles.)
 */
export function carriers(idx, sentence) {
  const own = articleOf(sentence.id);
  const from = Array.isArray(sentence.sources) ? sentence.sources : sentence.matches.map(articleOf);
  return [...new Set([own, ...from])];
}

/**
 * What to say of a link whose score is under the report's link threshold
 * (`options.min_link_score`). The engine links such a pair only when both
 * sentences match one sentence of a third article (the link's `via`, given
 * here as `{name, text}`: TRIANGLE_RELIEF in src/align/mod.rs), or between
 * two articles that already agree on other sentences (CONTEXT_RELIEF).
 * `null` for a link at or above the threshold, or when the report does not
 * say its threshold.
 */
export function linkNote(score, threshold, via = null) {
  if (typeof score !== 'number' || typeof threshold !== 'number') return null;
  const under = `under the link threshold (${threshold.toFixed(2)})`;
  // a `via` link scored under the threshold, even where its rounded score reads as equal to it
  if (via && typeof via.text === 'string') return `${under}: linked because both sentences match “${via.text}” (${via.name})`;
  if (score >= threshold) return null;
  return `${under}: linked because these two articles agree on other sentences`;
}

/**
 * The sentences of the other articles that carry the sentence's claim without
 * a link to it: the sentences of its claims in the articles among its sources
 * that none of its matches is in, in article order.
 */
export function claimMates(idx, sentence) {
  const own = articleOf(sentence.id);
  const direct = new Set(sentence.matches.map(articleOf));
  const wanted = new Set(carriers(idx, sentence).filter((a) => a !== own && !direct.has(a)));
  const out = new Set();
  for (const cid of sentence.claims || []) {
    for (const sid of idx.claims.get(cid)?.sentences || []) {
      if (wanted.has(articleOf(sid))) out.add(sid);
    }
  }
  // in article order, then position (claims list theirs so; several claims interleave)
  const place = (id) => id.slice(1).split('s').map(Number);
  return [...out].sort((x, y) => {
    const [a, b] = [place(x), place(y)];
    return a[0] - b[0] || a[1] - b[1];
  });
}

/** Sources named in a marker's text; more are counted ("and 72 more"). */
export const MAX_NAMED = 8;

/** Kind of marker a sentence gets: 'none' | 'single' | 'multi'. */
export function markerKind(s) {
  if (s.support >= 2) return 'multi';
  if (s.heading) return 'none';
  return 'single';
}

/** The text equivalent of a sentence's marker, for screen readers and tooltips. */
export function describe(idx, s) {
  const kind = markerKind(s);
  const parts = [];
  if (kind === 'multi') {
    const names = carriers(idx, s).map((a) => idx.names[a]);
    // a large cluster: the first few by name (every marker carries this
    // text, for screen readers and as its tooltip; the details panel's
    // lists name them all)
    const named = names.length > MAX_NAMED ? `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more` : names.join(', ');
    parts.push(`Carried by ${s.support} of ${idx.n} sources (${s.independent_support} independent): ${named}.`);
    const copied = s.support - s.independent_support;
    if (copied > 0) parts.push(`${copied} of them ${copied === 1 ? 'is a copy or rewrite' : 'are copies or rewrites'} of another source.`);
  } else if (kind === 'single') {
    parts.push(`Only this source reports this (1 of ${idx.n}).`);
  }
  if (s.disputed) parts.push('Sources differ on a number, date or name here.');
  return parts.join(' ');
}

/** Per article: the claims other articles carry that this one lacks. */
export function missingClaims(report, articleIndex) {
  return report.claims.filter((c) => !c.articles.includes(articleIndex));
}

/** Counts for a column's summary line. */
export function articleStats(article) {
  let shared = 0, single = 0, disputed = 0, body = 0;
  for (const s of article.sentences) {
    if (s.heading && s.support < 2) continue;
    body++;
    if (s.support >= 2) shared++; else single++;
    if (s.disputed) disputed++;
  }
  return { sentences: body, shared, single, disputed };
}

/** The direction of derivations touching article `i`, as readable lines. */
export function derivationNotes(idx, i) {
  const notes = [];
  for (const d of idx.report.derivations) {
    if (d.to === i) notes.push({ other: d.from, text: `Copies or rewrites ${idx.names[d.from]}`, d });
    else if (d.from === i) notes.push({ other: d.to, text: `Copied or rewritten by ${idx.names[d.to]}`, d });
  }
  return notes;
}

/** Rebuild inputs from a report alone (an import of a CLI report without source text). */
export function inputsFromReport(report) {
  return report.articles.map((a, i) => {
    const paras = [];
    let cur = -1;
    for (const s of a.sentences) {
      if (s.paragraph !== cur) { paras.push([]); cur = s.paragraph; }
      paras[paras.length - 1].push(s.text);
    }
    return { name: reportedName(a, i) || a.outlet || a.title || '', text: paras.map((p) => p.join(' ')).join('\n\n'), format: 'text', keep: [] };
  });
}

/** Rough check that a value looks like a report. */
export function isReport(r) {
  return !!r && Array.isArray(r.articles) && Array.isArray(r.links) && Array.isArray(r.claims)
    && r.articles.every((a) => a && Array.isArray(a.sentences));
}
