// The controller: holds the loaded articles, runs the engine after every
// change (latest change wins), persists, and turns gestures into view updates.

import { indexReport, freeColour, isReport, inputsFromReport, articleOf } from './model.js';
import { buildExportHtml, collectCss } from './export.js';

const EMPTY_REPORT = { articles: [], links: [], claims: [], derivations: [], disagreements: [], warnings: [], options: {} };
const LARGE_ARTICLES = 8;
const LARGE_CHARS = 300_000;

export class Controller {
  /**
   * @param {{engine: ReturnType<import('./engine.js').createEngine>, store: any, view: import('./view.js').View,
   *   sample: {title: string, articles: import('./engine.js').ArticleInput[]}, reducedMotion: () => boolean}} deps
   */
  constructor({ engine, store, view, sample, reducedMotion }) {
    this.engine = engine;
    this.store = store;
    this.view = view;
    this.sample = sample;
    this.reducedMotion = reducedMotion || (() => false);
    /** @type {{name: string, text: string, format: 'text'|'html', url?: string, keep: string[], colour: number}[]} */
    this.articles = [];
    this.title = '';
    this.markers = true;
    this.mode = 'articles';
    this.report = EMPTY_REPORT;
    this.idx = indexReport(EMPTY_REPORT, []);
    this.running = null;
    this.dirty = false;
    /** Resolves once the stored articles are in memory (before the first analysis). */
    this.loaded = new Promise((resolve) => { this.markLoaded = resolve; });
  }

  /** Load what was stored (or the sample on a first visit) and show it. */
  async boot() {
    let saved;
    try {
      saved = await this.store.get('articles');
      const settings = (await this.store.get('settings')) || {};
      this.markers = settings.markers !== false;
      this.title = typeof settings.title === 'string' ? settings.title : '';
    } catch (err) {
      this.view.alert(`Could not read the saved articles: ${err.message || err}`);
    }
    if (!this.store.persistent) this.view.notice('This browser does not allow saving here: the articles will be lost on reload.');
    this.view.setMarkers(this.markers);
    this.view.setView(this.mode);
    if (Array.isArray(saved)) {
      this.articles = saved.map((a, i) => normalise(a, i));
      this.markLoaded();
      await this.analyze();
    } else {
      const first = this.loadSample();
      this.markLoaded();
      await first;
    }
  }

  inputs() {
    return this.articles.map(({ name, text, format, url, keep, drop }) => {
      const a = { name, text, format, keep: keep || [], drop: drop || [] };
      if (url) a.url = url;
      return a;
    });
  }

  colours() {
    return this.articles.map((a) => a.colour);
  }

  async persist() {
    try {
      await this.store.set('articles', this.articles);
      await this.store.set('settings', { markers: this.markers, title: this.title });
    } catch (err) {
      this.view.alert(`Could not save the articles: ${err.message || err}`);
    }
  }

  /** Run the engine on the current articles; if they change meanwhile, run again. */
  async analyze() {
    if (this.running) {
      this.dirty = true;
      return this.running;
    }
    this.running = this.#analyzeLoop();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  async #analyzeLoop() {
    do {
      this.dirty = false;
      const inputs = this.inputs();
      if (inputs.length === 0) {
        await this.show(EMPTY_REPORT);
        continue;
      }
      const chars = inputs.reduce((n, a) => n + a.text.length, 0);
      const large = inputs.length >= LARGE_ARTICLES || chars > LARGE_CHARS;
      const label = `Analysing ${inputs.length} article${inputs.length === 1 ? '' : 's'} (${Math.round(chars / 1000)} KB)`;
      const t0 = performance.now();
      const tick = () => this.view.showBusy({ text: `${label}… ${Math.round((performance.now() - t0) / 1000)} s` });
      const delay = setTimeout(tick, large ? 0 : 300);
      const every = setInterval(() => performance.now() - t0 > 300 && tick(), 1000);
      if (large) tick();
      try {
        const { report } = await this.engine.analyze(inputs, {});
        clearInterval(every);
        clearTimeout(delay);
        if (this.dirty) continue;
        if (large) this.view.showBusy({ text: 'Showing the articles…', value: 0, cancellable: false });
        await this.show(report, (p) => this.view.showBusy({ text: 'Showing the articles…', value: p, cancellable: false }));
      } catch (err) {
        if (err.cancelled) this.view.notice('Analysis cancelled. The articles are kept; change them or reload to analyse again.');
        else this.view.alert(`The analysis failed: ${err.message || err}${err.crashed ? ' The engine was restarted; your articles are kept.' : ''}`);
      } finally {
        clearInterval(every);
        clearTimeout(delay);
        this.view.hideBusy();
      }
    } while (this.dirty);
  }

  /** Render a report (from the engine or an import). */
  async show(report, onProgress) {
    const keepPin = this.view.pinned;
    const keepFocus = this.view.focusedSentence()?.dataset.id;
    this.report = report;
    this.idx = indexReport(report, this.inputs());
    await this.view.renderReport(this.idx, this.inputs(), this.colours(), onProgress);
    this.view.renderSources(this.articles, this.colours(), this.idx.names);
    this.view.warnings(report.warnings);
    this.view.setTitle(this.clusterTitle());
    if (keepPin && this.idx.sentences.has(keepPin)) this.view.pin(keepPin, { reducedMotion: true });
    if (keepFocus && this.view.byId.has(keepFocus)) this.view.focusSentence(this.view.byId.get(keepFocus));
    document.documentElement.dataset.state = 'ready';
    document.documentElement.dataset.renders = String(Number(document.documentElement.dataset.renders || 0) + 1);
    document.documentElement.dataset.articles = String(report.articles.length);
  }

  clusterTitle() {
    if (this.title) return this.title;
    const t = this.report.articles.map((a) => a.title).find(Boolean);
    if (t) return t;
    return this.articles.length ? `${this.articles.length} article${this.articles.length === 1 ? '' : 's'}` : 'Compare how sources report one event';
  }

  async changed() {
    await this.persist();
    await this.analyze();
  }

  // --- articles ------------------------------------------------------------

  /** Add articles `{name, text, format, url?}`. */
  async addArticles(list) {
    const added = [];
    for (const a of list) {
      if (!a.text || !a.text.trim()) continue;
      const colour = freeColour(this.articles.map((x) => x.colour));
      const art = normalise({ ...a, colour }, this.articles.length);
      this.articles.push(art);
      added.push(art.name || 'an article');
    }
    if (!added.length) {
      this.view.notice('Nothing to add: the text was empty.');
      return;
    }
    // the set is the user's now, not the sample: the header falls back to a headline
    if (this.title.startsWith('Sample: ')) this.title = '';
    // names for one or two; a count for more (a list of file names fills a phone's screen)
    this.view.notice(added.length > 2 ? `Added ${added.length} articles.` : `Added ${added.join(' and ')}.`);
    await this.changed();
  }

  async rename(i, name) {
    if (!this.articles[i] || this.articles[i].name === name) return;
    this.articles[i].name = name.trim();
    await this.changed();
  }

  async remove(i) {
    if (!this.articles[i]) return;
    this.#saveUndo();
    const [gone] = this.articles.splice(i, 1);
    this.view.notice(`Removed ${gone.name || `article ${i + 1}`}.`, { undo: true });
    await this.changed();
  }

  #saveUndo() {
    this.undoState = { articles: structuredClone(this.articles), title: this.title };
  }

  /** Bring back the articles as they were before the last removal. */
  async undo() {
    if (!this.undoState) return;
    ({ articles: this.articles, title: this.title } = this.undoState);
    this.undoState = null;
    for (const n of document.querySelectorAll('.notice [data-action="undo"]')) n.closest('.notice').remove();
    await this.changed();
  }

  async move(i, delta) {
    const j = i + delta;
    if (!this.articles[i] || !this.articles[j]) return;
    [this.articles[i], this.articles[j]] = [this.articles[j], this.articles[i]];
    await this.changed();
  }

  async clearAll() {
    if (!this.articles.length) return;
    this.#saveUndo();
    this.view.notice(`Removed all ${this.articles.length} articles.`, { undo: true });
    this.articles = [];
    this.title = '';
    await this.changed();
  }

  async loadSample() {
    if (this.articles.length) {
      this.#saveUndo();
      this.view.notice('Loaded the sample in place of your articles.', { undo: true });
    }
    this.articles = this.sample.articles.map((a, i) => normalise({ ...a, colour: i }, i));
    this.title = `Sample: ${this.sample.title}`;
    await this.changed();
  }

  /** Put a removed line back into article `i` (the engine keeps lines listed in `keep`). */
  async keepLine(i, removedIndex) {
    const line = this.report.articles[i]?.removed[removedIndex]?.text;
    const art = this.articles[i];
    if (!line || !art) return;
    if (!art.keep.includes(line)) art.keep.push(line);
    this.view.notice(`Put back: “${line.slice(0, 60)}”.`);
    await this.changed();
  }

  async unkeepLine(i, keptIndex) {
    const art = this.articles[i];
    if (!art || !art.keep[keptIndex]) return;
    art.keep.splice(keptIndex, 1);
    await this.changed();
  }

  /**
   * Take the paragraph of sentence `id` out of its article: furniture the
   * cleaner kept. The engine drops the paragraphs listed in `drop` (its
   * sentences joined by spaces) and lists them as removed by "you".
   */
  async takeOut(id) {
    const i = articleOf(id);
    const art = this.articles[i];
    const sentences = this.report?.articles[i]?.sentences || [];
    const s = sentences.find((x) => x.id === id);
    if (!art || !s) return;
    const text = sentences.filter((x) => x.paragraph === s.paragraph).map((x) => x.text).join(' ');
    this.#saveUndo();
    if (!art.drop.includes(text)) art.drop.push(text);
    this.clearPin();
    this.view.notice(`Took out of ${this.idx.names[i] || `article ${i + 1}`}: “${text.slice(0, 60)}${text.length > 60 ? '…' : ''}”.`, { undo: true });
    await this.changed();
  }

  /** Put back a paragraph taken out with `takeOut` (its entry in the report's `removed`). */
  async putBackTaken(i, removedIndex) {
    const line = this.report.articles[i]?.removed[removedIndex]?.text;
    const art = this.articles[i];
    if (!line || !art) return;
    const key = (t) => t.replace(/\s+/g, '');
    const before = art.drop.length;
    art.drop = art.drop.filter((d) => key(d) !== key(line));
    if (art.drop.length === before) return;
    this.view.notice(`Put back: “${line.slice(0, 60)}”.`);
    await this.changed();
  }

  /** A page from the bookmarklet. */
  async addPage(page) {
    let host = page.origin;
    try {
      host = new URL(page.url).host.replace(/^www\./, '');
    } catch { /* keep the origin */ }
    await this.addArticles([{ name: host, text: page.html, format: 'html', url: page.url }]);
  }

  /** Files from the picker or a drop. */
  async addFiles(files) {
    const list = [];
    const skipped = [];
    for (const f of files) {
      const m = /\.(txt|html?|text)$/i.exec(f.name);
      const isHtml = m ? /^htm/i.test(m[1]) : /html/.test(f.type);
      if (!m && !/^text\//.test(f.type)) {
        skipped.push(f.name);
        continue;
      }
      const text = await readText(f, isHtml);
      list.push({ name: f.name.replace(/\.(txt|html?|text)$/i, ''), text, format: isHtml ? 'html' : 'text' });
    }
    if (skipped.length) this.view.alert(`Skipped ${skipped.join(', ')}: only .txt, .html and .htm files can be read.`);
    if (list.length) await this.addArticles(list);
  }

  /**
   * Pasted text: HTML if it looks like a page's source. `markup` is the
   * clipboard's HTML of the same paste (a copy from a web page), used in
   * place of the text when given.
   */
  async addPasted(name, text, markup = null) {
    if (markup && markup.trim()) {
      await this.addArticles([{ name: name.trim(), text: markup, format: 'html' }]);
      return;
    }
    const html = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
    await this.addArticles([{ name: name.trim(), text, format: html ? 'html' : 'text' }]);
  }

  // --- markers, view, pins ---------------------------------------------------

  async setMarkers(on) {
    this.markers = on;
    this.view.setMarkers(on);
    await this.persist();
  }

  setMode(mode) {
    this.mode = mode;
    this.view.setView(mode);
  }

  hover(id) {
    this.view.hover(id);
  }

  pin(id) {
    if (this.mode !== 'articles') this.setMode('articles');
    this.view.setActive(articleOf(id));
    this.view.pin(id, { reducedMotion: this.reducedMotion() });
    const el = this.view.byId.get(id);
    if (el && this.view.focusedSentence() !== el) this.view.focusSentence(el);
  }

  togglePin(id) {
    if (this.view.pinned === id) this.clearPin();
    else this.pin(id);
  }

  clearPin() {
    this.view.unpin();
    this.view.hideDetails();
  }

  reveal(id) {
    this.view.reveal(id, { reducedMotion: this.reducedMotion() });
  }

  /** j / k: the next or previous sentence in the current article. */
  step(delta) {
    if (this.mode !== 'articles' || this.idx.n === 0) return;
    const cur = this.view.focusedSentence();
    const i = cur ? articleOf(cur.dataset.id) : this.view.active;
    const list = this.view.sentencesOf(i);
    if (!list.length) return;
    let k = cur ? list.indexOf(cur) + delta : (delta > 0 ? 0 : list.length - 1);
    k = Math.max(0, Math.min(list.length - 1, k));
    this.view.focusSentence(list[k]);
    this.view.hover(list[k].dataset.id);
  }

  /** h / l: the same position in the previous or next article. */
  stepArticle(delta) {
    if (this.mode !== 'articles' || this.idx.n === 0) return;
    const cur = this.view.focusedSentence();
    const i = cur ? articleOf(cur.dataset.id) : this.view.active;
    const j = Math.max(0, Math.min(this.idx.n - 1, i + delta));
    const target = this.view.sentencesOf(j);
    if (!target.length) return;
    const pos = cur ? this.view.sentencesOf(i).indexOf(cur) / Math.max(1, this.view.sentencesOf(i).length - 1) : 0;
    const el = target[Math.round(pos * (target.length - 1))];
    this.view.setActive(j);
    this.view.reveal(el.dataset.id, { reducedMotion: true });
  }

  pinFocused() {
    const cur = this.view.focusedSentence();
    if (cur) this.togglePin(cur.dataset.id);
  }

  // --- export and import -----------------------------------------------------

  exportData() {
    return {
      corroborate: 'export',
      format: 1,
      engine: this.engine.version,
      exported: new Date().toISOString(),
      title: this.clusterTitle(),
      articles: this.articles.map(({ name, text, format, url, keep, drop, colour }) => ({ name, text, format, url: url || null, keep, drop, colour })),
      report: this.report,
    };
  }

  exportJson() {
    const json = JSON.stringify(this.exportData(), null, 2);
    download(new Blob([json], { type: 'application/json' }), `${slug(this.clusterTitle())}.corroborate.json`);
    this.view.notice('Exported the report as JSON.');
  }

  exportHtml() {
    const html = buildExportHtml(this.idx, this.inputs(), this.colours(), {
      title: this.clusterTitle(), css: collectCss(document), data: this.exportData(),
    });
    download(new Blob([html], { type: 'text/html' }), `${slug(this.clusterTitle())}.corroborate.html`);
    this.view.notice('Exported the page as one HTML file that opens offline.');
  }

  /** Import a JSON export (or the HTML export, which embeds the JSON, or a bare report). */
  async importFile(file) {
    let data;
    try {
      const text = await file.text();
      if (/^\s*</.test(text)) {
        // The HTML export embeds the JSON export; read it without parsing
        // the page (its styles must not touch this document).
        const m = /<script type="application\/json" id="corroborate-data">([\s\S]*?)<\/script>/.exec(text);
        if (!m) throw new Error('this HTML file is not a Corroborate export');
        data = JSON.parse(m[1]);
      } else {
        data = JSON.parse(text);
      }
    } catch (err) {
      this.view.alert(`Could not import ${file.name}: ${err.message || err}`);
      return;
    }
    let articles;
    let report = null;
    if (data && data.corroborate === 'export' && Array.isArray(data.articles)) {
      articles = data.articles;
      report = isReport(data.report) && data.report.articles.length === articles.length ? data.report : null;
      this.title = typeof data.title === 'string' && !/^\d+ articles?$/.test(data.title) ? data.title : '';
    } else if (isReport(data)) {
      articles = inputsFromReport(data);
      report = data;
      this.title = '';
    } else {
      this.view.alert(`Could not import ${file.name}: it is neither a Corroborate export nor a report.`);
      return;
    }
    const bad = articles.findIndex((a) => !a || typeof a.text !== 'string');
    if (bad >= 0) {
      this.view.alert(`Could not import ${file.name}: article ${bad + 1} has no text.`);
      return;
    }
    const colours = [];
    this.articles = articles.map((a, i) => {
      const c = Number.isInteger(a.colour) && !colours.includes(a.colour) ? a.colour : freeColour(colours);
      colours.push(c);
      return normalise({ ...a, colour: c }, i);
    });
    await this.persist();
    this.view.notice(`Imported ${this.articles.length} article${this.articles.length === 1 ? '' : 's'} from ${file.name}.`);
    if (report) await this.show(report);
    else await this.analyze();
  }

  cancel() {
    this.engine.cancel();
  }
}

function normalise(a, i) {
  return {
    name: typeof a.name === 'string' ? a.name : '',
    text: String(a.text ?? ''),
    format: a.format === 'html' ? 'html' : 'text',
    url: typeof a.url === 'string' && a.url ? a.url : undefined,
    keep: Array.isArray(a.keep) ? a.keep.filter((l) => typeof l === 'string') : [],
    drop: Array.isArray(a.drop) ? a.drop.filter((l) => typeof l === 'string') : [],
    colour: Number.isInteger(a.colour) ? a.colour : i % 8,
  };
}

/** Read a file as text; for HTML honour a `<meta charset>` in its first bytes. */
async function readText(file, isHtml) {
  const buf = await file.arrayBuffer();
  let label = 'utf-8';
  if (isHtml) {
    const head = new TextDecoder('latin1').decode(buf.slice(0, 4096));
    const m = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head);
    if (m) label = m[1];
  }
  try {
    return new TextDecoder(label).decode(buf);
  } catch {
    return new TextDecoder('utf-8').decode(buf);
  }
}

function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function slug(s) {
  return String(s).toLowerCase().replace(/^sample:\s*/, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'corroborate';
}
