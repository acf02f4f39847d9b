// The engine boundary. This is the only module that imports ./pkg/ (the
// wasm-bindgen output), and it does so only inside a module Web Worker, so
// the page never freezes while the engine runs.
//
// On the page:  `createEngine()` starts `new Worker(engine.js, {type:'module'})`
//               and returns an object whose `analyze()` returns a Promise.
// In the worker: this same file loads ./pkg/corroborate.js, initialises the
//               wasm module once and answers `{id, type, articles, options}`.
//
// If the worker dies (a panic traps the wasm module, or it fails to load),
// pending calls reject with an EngineError and a fresh worker is started;
// the page keeps its articles.

/**
 * @typedef {{name: string, text: string, format: 'text'|'html', url?: string, keep?: string[]}} ArticleInput
 * @typedef {{min_link_score?: number, keep_furniture?: boolean, compact_links?: boolean}} Options
 * @typedef {{text: string, reason: string}} Removed
 * @typedef {{id: string, paragraph: number, text: string, heading: boolean, support: number,
 *   independent_support: number, sources: number[], matches: string[], claims: string[], disputed: boolean}} Sentence
 * @typedef {{name: string, title: ?string, date: ?string, outlet: ?string, byline: ?string,
 *   removed: Removed[], sentences: Sentence[]}} ArticleReport
 * @typedef {{a: string, b: string, score: number, shared: string[], via?: string}} Link
 * @typedef {{terms: string[], rows: number[], via?: number[]}} LinkTable  (see docs/report.md; model.js `linkLookup` reads it)
 * @typedef {{id: string, representative: string, sentences: string[], articles: number[],
 *   support: number, independent_support: number}} Claim
 * @typedef {{from: number, to: number, score: number, evidence: string[]}} Derivation
 * @typedef {{kind: 'number'|'date'|'name', a: string, b: string, a_key?: string, b_key?: string}} Difference
 * @typedef {{a: string, b: string, differences: Difference[]}} Disagreement
 * @typedef {{articles: ArticleReport[], links: Link[], link_table?: LinkTable, claims: Claim[],
 *   derivations: Derivation[], disagreements: Disagreement[], warnings: string[],
 *   options: {min_link_score: number, keep_furniture: boolean, compact_links?: boolean}}} Report
 */

import { SAMPLE_ARTICLES } from './samples/sample.js';

const IN_WORKER = typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope;

if (IN_WORKER) {
  let loading = null;
  const load = () => {
    loading ??= import('./pkg/corroborate.js').then(async (pkg) => {
      await pkg.default();
      return pkg;
    });
    return loading;
  };
  globalThis.onmessage = async (event) => {
    const { id, articles, options, crash } = event.data || {};
    if (crash) {
      // Test hook: die the way an uncaught error would.
      setTimeout(() => {
        throw new Error(crash);
      });
      return;
    }
    try {
      const pkg = await load();
      globalThis.postMessage({ id, stage: 'analysing' });
      const t0 = performance.now();
      // JSON text both ways: one string crosses into wasm and one comes
      // back, and the page parses it (much faster than building the report
      // object by object across the boundary and cloning it again).
      // The compact link table comes apart from the rest of the report:
      // the page parses it only when a sentence is first opened.
      const [json, table] = pkg.analyzeJsonParts(JSON.stringify(articles), JSON.stringify(options || {}));
      globalThis.postMessage({ id, ok: true, json, table, ms: Math.round((performance.now() - t0) * 10) / 10 });
    } catch (err) {
      // A JsError from the facade is an ordinary Error: bad input, the module
      // is fine. A RuntimeError (panic -> unreachable) leaves it unusable.
      const fatal = typeof WebAssembly !== 'undefined' && err instanceof WebAssembly.RuntimeError;
      globalThis.postMessage({ id, ok: false, error: String((err && err.message) || err), fatal });
    }
  };
  // Warm-up while idle: browsers first run wasm through a baseline compiler
  // and optimise a function only once it has done enough work, so the first
  // analyses after loading would run several times slower than later ones.
  // Rounds on the built-in sample (one article of it as HTML, so the HTML
  // path warms up too), one round per task, so a user's request waits for
  // at most one round (1-3 ms once warm). Measured in headless Chromium: a
  // round of the sample takes 2.5-3.5 ms for the first 40 rounds and 1.3 ms
  // from about round 60 on (about 350 ms of worker time in all); the 12
  // rounds used before left the seeds at 6 ms instead of 3-4 ms.
  // Nothing is posted back but `{warm: true}` at the end.
  const WARM_UP_ROUNDS = 80;
  let warmed = 0;
  let warmInput = null;
  const warmUp = (pkg) => {
    if (warmed >= WARM_UP_ROUNDS) {
      globalThis.postMessage({ warm: true });
      return;
    }
    try {
      if (!warmInput) {
        const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const [first, ...rest] = SAMPLE_ARTICLES;
        const html = `<html><head><title>${esc(first.name)}</title></head><body><article>${
          first.text.split(/\n\s*\n/).map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
        warmInput = JSON.stringify([{ ...first, format: 'html', text: html }, ...rest]);
      }
      pkg.analyzeJsonParts(warmInput, '{"compact_links": true}');
      warmed += 1;
    } catch {
      return; // an engine that fails here says so on the user's own input
    }
    setTimeout(() => warmUp(pkg), 0);
  };
  load().then(
    (pkg) => {
      globalThis.postMessage({ ready: true, version: pkg.version() });
      setTimeout(() => warmUp(pkg), 0);
    },
    (err) => globalThis.postMessage({ ready: false, error: `The engine could not start: ${(err && err.message) || err}` }),
  );
}

/**
 * Give `report` its `link_table`, parsed from the JSON `text` on first read
 * (at 100 articles the table is a third of the report's JSON and parsing it
 * with the rest more than doubled the parse; the page reads it only when a
 * sentence is opened). An ordinary enumerable property once read, so
 * exports and copies see the table.
 */
export function attachLinkTable(report, text) {
  const settle = (value) => {
    Object.defineProperty(report, 'link_table', { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(report, 'link_table', {
    enumerable: true,
    configurable: true,
    get() {
      let table;
      try {
        table = JSON.parse(text);
      } catch {
        table = { terms: [], rows: [] }; // never expected: the engine wrote it
      }
      return settle(table);
    },
    set(value) {
      settle(value);
    },
  });
}

/** An error from the engine; `crashed` is true when the worker had to be restarted. */
export class EngineError extends Error {
  constructor(message, { crashed = false, cancelled = false } = {}) {
    super(message);
    this.name = 'EngineError';
    this.crashed = crashed;
    this.cancelled = cancelled;
  }
}

/**
 * Start the engine worker.
 * @param {{onReady?: (version: string) => void, onRestart?: (why: string) => void,
 *   onWarm?: () => void}} [hooks]  `onWarm`: the idle warm-up has finished.
 */
export function createEngine(hooks = {}) {
  let worker = null;
  let nextId = 1;
  const pending = new Map();
  const restarts = [];
  let version = '';
  let broken = null;

  function start() {
    worker = new Worker(new URL('./engine.js', import.meta.url), { type: 'module', name: 'corroborate-engine' });
    worker.onmessage = (event) => {
      const msg = event.data || {};
      if ('warm' in msg) {
        hooks.onWarm?.();
        return;
      }
      if ('ready' in msg) {
        if (msg.ready) {
          version = msg.version;
          hooks.onReady?.(version);
        } else {
          fail(msg.error, { crashed: true }, false);
        }
        return;
      }
      const call = pending.get(msg.id);
      if (!call) return;
      if (msg.stage) {
        call.onStage?.(msg.stage);
        return;
      }
      pending.delete(msg.id);
      if (msg.ok) {
        let report;
        try {
          report = JSON.parse(msg.json);
          if (msg.table) attachLinkTable(report, msg.table);
        } catch (err) {
          call.reject(new EngineError(`The engine's report could not be read: ${err.message}`));
          return;
        }
        call.resolve({ report, ms: msg.ms });
      }
      else {
        call.reject(new EngineError(msg.error, { crashed: msg.fatal }));
        if (msg.fatal) restart('The engine crashed and was restarted.');
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(`The engine stopped: ${event.message || 'it could not be loaded'}`, { crashed: true }, true);
    };
    worker.onmessageerror = () => fail('The engine sent a message the page could not read.', { crashed: true }, true);
  }

  function fail(message, flags, retry) {
    for (const call of pending.values()) call.reject(new EngineError(message, flags));
    pending.clear();
    if (retry) restart(message);
    else broken = message;
  }

  function restart(why) {
    worker?.terminate();
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && now - restarts[0] > 30000) restarts.shift();
    if (restarts.length > 3) {
      broken = `${why} It keeps failing; reload the page to try again.`;
      worker = null;
      return;
    }
    hooks.onRestart?.(why);
    start();
  }

  start();

  return {
    /** The engine version, once the worker reported ready. */
    get version() {
      return version;
    },
    /**
     * Analyse a cluster in the worker. The report's links come as one compact
     * `link_table` unless `options.compact_links` is false: at 100 articles
     * that is 2.5 times less JSON to make, send and parse.
     * @param {ArticleInput[]} articles
     * @param {Options} [options]
     * @param {(stage: string) => void} [onStage]
     * @returns {Promise<{report: Report, ms: number}>}
     */
    analyze(articles, options = {}, onStage) {
      if (broken || !worker) return Promise.reject(new EngineError(broken || 'The engine is not running.', { crashed: true }));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, onStage });
        worker.postMessage({ id, articles, options: { compact_links: true, ...options } });
      });
    },
    /** Stop the worker for good (pending calls are rejected). */
    close() {
      for (const call of pending.values()) call.reject(new EngineError('The engine was closed.', { cancelled: true }));
      pending.clear();
      worker?.terminate();
      worker = null;
      broken = 'The engine was closed.';
    },
    /** Make the worker die (for tests of the restart path). */
    simulateCrash() {
      worker?.postMessage({ crash: 'simulated crash' });
    },
    /** Stop whatever the worker is doing (it is replaced by a fresh one). */
    cancel() {
      for (const call of pending.values()) call.reject(new EngineError('Analysis cancelled.', { cancelled: true }));
      pending.clear();
      worker?.terminate();
      start();
    },
  };
}
