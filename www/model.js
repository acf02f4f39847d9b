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

/** Up to three initials of a name: "Coastline Press Agency" -> "CPA". */
export function initials(name) {
  const words = String(name || '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/[\s-]+/).filter(Boolean);
  if (words.length === 0) return '?';
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  const use = caps.length ? caps : words;
  if (use.length === 1) return use[0].slice(0, 2).toUpperCase();
  return use.slice(0, 3).map((w) => w[0].toUpperCase()).join('');
}

/** The lowest palette slot not used by `taken`. */
export function freeColour(taken) {
  const used = new Set(taken);
  for (let i = 0; i < PALETTE_SIZE; i++) if (!used.has(i)) return i;
  return taken.length % PALETTE_SIZE;
}

/** Display name of article `i`. */
export function sourceName(report, inputs, i) {
  const a = report?.articles?.[i];
  return (inputs?.[i]?.name || a?.name || a?.outlet || a?.title || `Article ${i + 1}`).trim();
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
  const links = new Map();
  for (const l of report.links) {
    links.set(`${l.a}|${l.b}`, l);
    links.set(`${l.b}|${l.a}`, l);
  }
  const disagreements = new Map();
  for (const d of report.disagreements) {
    for (const id of [d.a, d.b]) {
      if (!disagreements.has(id)) disagreements.set(id, []);
      disagreements.get(id).push(d);
    }
  }
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const names = report.articles.map((_, i) => sourceName(report, inputs, i));
  return { report, n, sentences, links, disagreements, claims, names };
}

/** The derivation between articles `x` and `y`, either way, or null. */
export function derivationBetween(report, x, y) {
  return report.derivations.find((d) => (d.from === x && d.to === y) || (d.from === y && d.to === x)) || null;
}

/** Articles carrying the sentence's claim: itself first, then its matches' articles. */
export function carriers(idx, sentence) {
  const own = articleOf(sentence.id);
  const set = [own];
  for (const m of sentence.matches) {
    const a = articleOf(m);
    if (!set.includes(a)) set.push(a);
  }
  return set;
}

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
    parts.push(`Carried by ${s.support} of ${idx.n} sources (${s.independent_support} independent): ${names.join(', ')}.`);
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
  return report.articles.map((a) => {
    const paras = [];
    let cur = -1;
    for (const s of a.sentences) {
      if (s.paragraph !== cur) { paras.push([]); cur = s.paragraph; }
      paras[paras.length - 1].push(s.text);
    }
    return { name: a.name || a.outlet || a.title || '', text: paras.map((p) => p.join(' ')).join('\n\n'), format: 'text', keep: [] };
  });
}

/** Rough check that a value looks like a report. */
export function isReport(r) {
  return !!r && Array.isArray(r.articles) && Array.isArray(r.links) && Array.isArray(r.claims)
    && r.articles.every((a) => a && Array.isArray(a.sentences));
}
