// Boot and wiring only: build the parts, connect DOM events to the
// controller, start. Rendering lives in view.js, state in controller.js,
// the engine (in a Web Worker) behind engine.js.

import { createEngine } from './engine.js';
import { openStore } from './store.js';
import { View } from './view.js';
import { Controller } from './controller.js';
import { bookmarkletHref, listenForPages } from './bookmarklet.js';
import { SAMPLE_TITLE, SAMPLE_ARTICLES } from './samples/sample.js';

const $ = (id) => document.getElementById(id);
const motion = window.matchMedia('(prefers-reduced-motion: reduce)');

async function main() {
  const view = new View(document);
  const engine = createEngine({
    onReady: (v) => view.setVersion(v),
    onRestart: (why) => view.alert(`${why} The engine was restarted; your articles are kept.`),
  });
  const store = await openStore();
  const app = new Controller({
    engine, store, view, sample: { title: SAMPLE_TITLE, articles: SAMPLE_ARTICLES }, reducedMotion: () => motion.matches,
  });
  window.corroborate = { app }; // for the console and the end-to-end tests

  wireToolbar(app, view);
  wireIntake(app, view);
  wireColumns(app, view);
  wireKeys(app, view);
  wireDrop(app, view);
  wireBookmarklet(app, view);

  await app.boot();
}

function wireToolbar(app, view) {
  $('open-intake').addEventListener('click', () => view.el.intake.showModal());
  $('view-articles').addEventListener('click', () => app.setMode('articles'));
  $('view-claims').addEventListener('click', () => app.setMode('claims'));
  $('markers').addEventListener('change', (e) => app.setMarkers(e.target.checked));
  $('export-json').addEventListener('click', () => { app.exportJson(); $('file-menu').open = false; });
  $('export-html').addEventListener('click', () => { app.exportHtml(); $('file-menu').open = false; });
  $('import-file').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    e.target.value = '';
    $('file-menu').open = false;
    if (file) await app.importFile(file);
  });
  $('open-keys').addEventListener('click', () => view.el.keys.showModal());
  $('keys-close').addEventListener('click', () => view.el.keys.close());
  $('busy-cancel').addEventListener('click', () => app.cancel());
  $('switcher-select').addEventListener('change', (e) => view.setActive(Number(e.target.value)));
  $('details-close').addEventListener('click', () => app.clearPin());
  document.addEventListener('click', (e) => {
    const b = e.target.closest('[data-action]');
    if (!b) return;
    const action = b.dataset.action;
    if (action === 'dismiss') b.closest('.alert')?.remove();
    else if (action === 'goto') app.reveal(b.dataset.id);
    else if (action === 'take-out') app.takeOut(b.dataset.id);
    else if (action === 'pin') app.pin(b.dataset.id);
    else if (action === 'open-intake') view.el.intake.showModal();
    else if (action === 'sample') app.loadSample();
    else if (action === 'undo') app.undo();
  });
  // Close dialogs by clicking the backdrop.
  for (const dlg of [view.el.intake, view.el.keys]) {
    dlg.addEventListener('click', (e) => { if (e.target === dlg) dlg.close(); });
  }
}

function wireIntake(app, view) {
  $('intake-close').addEventListener('click', () => view.el.intake.close());
  // A copy from a web page also carries the page's markup (text/html). The
  // cleaner does better with it (links, headings and paragraphs are marked:
  // measured on the development pages, word-4-gram F1 0.95 against 0.91 for
  // the plain text of the same selection), so when a paste fills the whole
  // box, its markup is kept and sent instead, until the text is edited.
  const area = $('paste-text');
  const kind = $('paste-kind');
  let pasted = null; // { html, text }: the markup of the last paste and the text it gave
  const showKind = () => { kind.hidden = !pasted; };
  area.addEventListener('paste', (e) => {
    const html = e.clipboardData?.getData('text/html') || '';
    const whole = area.selectionStart === 0 && area.selectionEnd === area.value.length;
    pasted = null;
    showKind();
    if (whole && /<[a-z][^>]*>/i.test(html)) {
      // the browser inserts the plain text after this handler
      setTimeout(() => { pasted = area.value.trim() ? { html, text: area.value } : null; showKind(); }, 0);
    }
  });
  area.addEventListener('input', () => {
    if (pasted && area.value !== pasted.text) {
      pasted = null;
      showKind();
    }
  });
  $('paste-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = $('paste-name').value;
    const text = area.value;
    if (!text.trim()) return;
    const html = pasted && pasted.text === text ? pasted.html : null;
    $('paste-name').value = '';
    area.value = '';
    pasted = null;
    showKind();
    view.el.intake.close();
    await app.addPasted(name, text, html);
  });
  $('file-input').addEventListener('change', async (e) => {
    const files = [...e.target.files];
    e.target.value = '';
    if (files.length) {
      view.el.intake.close();
      await app.addFiles(files);
    }
  });
  $('load-sample').addEventListener('click', async () => {
    view.el.intake.close();
    await app.loadSample();
  });
  $('clear-all').addEventListener('click', () => app.clearAll());
  const sources = view.el.sources;
  sources.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-action]');
    if (!b) return;
    e.stopPropagation();
    const i = Number(b.dataset.index);
    if (b.dataset.action === 'up') app.move(i, -1);
    else if (b.dataset.action === 'down') app.move(i, 1);
    else if (b.dataset.action === 'remove') app.remove(i);
  });
  sources.addEventListener('change', (e) => {
    if (e.target.classList.contains('src-name')) app.rename(Number(e.target.dataset.index), e.target.value);
  });
  sources.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target.classList.contains('src-name')) e.target.blur();
  });
  const zone = $('dropzone');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
}

function wireColumns(app, view) {
  const cols = view.el.columns;
  cols.addEventListener('mouseover', (e) => {
    const s = e.target.closest('.s[data-id]');
    if (s) app.hover(s.dataset.id);
  });
  cols.addEventListener('mouseleave', () => app.hover(null));
  cols.addEventListener('focusin', (e) => {
    const s = e.target.closest('.s[data-id]');
    if (s) app.hover(s.dataset.id);
  });
  cols.addEventListener('click', (e) => {
    const keep = e.target.closest('button[data-action="keep"], button[data-action="unkeep"], button[data-action="untake"]');
    if (keep) {
      e.stopPropagation();
      const i = Number(keep.dataset.article);
      if (keep.dataset.action === 'keep') app.keepLine(i, Number(keep.dataset.removed));
      else if (keep.dataset.action === 'untake') app.putBackTaken(i, Number(keep.dataset.removed));
      else app.unkeepLine(i, Number(keep.dataset.kept));
      return;
    }
    const seg = e.target.closest('.rail-seg');
    if (seg) {
      app.reveal(seg.dataset.id);
      return;
    }
    if (e.target.closest('a, button, summary, input')) return;
    if (window.getSelection()?.toString()) return; // selecting text, not clicking
    const s = e.target.closest('.s[data-id]');
    if (s) app.togglePin(s.dataset.id);
  });
}

function wireKeys(app, view) {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    const typing = t.closest?.('input:not([type="checkbox"]):not([type="file"]), textarea, select, [contenteditable="true"]');
    if (document.querySelector('dialog[open]')) return; // dialogs handle their own keys (Esc closes)
    if (e.key === 'Escape') {
      if ($('file-menu').open) $('file-menu').open = false;
      else app.clearPin();
      return;
    }
    if (typing) return;
    switch (e.key) {
      case 'j': app.step(1); break;
      case 'k': app.step(-1); break;
      case 'l': app.stepArticle(1); break;
      case 'h': app.stepArticle(-1); break;
      case 'Enter':
        if (!view.focusedSentence()) return;
        app.pinFocused();
        break;
      case '?': view.el.keys.showModal(); break;
      case 'm': app.setMarkers(!app.markers); break;
      case 'c': app.setMode(app.mode === 'claims' ? 'articles' : 'claims'); break;
      case 'x':
        if (!view.pinned) return;
        app.takeOut(view.pinned);
        break;
      default: return;
    }
    e.preventDefault();
  });
}

function wireDrop(app, view) {
  let depth = 0;
  // a drag that started in this page (a selection in a column) is not an article to add
  let internal = false;
  document.addEventListener('dragstart', () => { internal = true; });
  document.addEventListener('dragend', () => { internal = false; });
  const types = (e) => [...(e.dataTransfer?.types || [])];
  // files, or a selection dragged from another window (its text, often its markup too)
  const carries = (e) => types(e).includes('Files') || (!internal && types(e).includes('text/plain'));
  // a text field takes a dropped selection itself
  const intoField = (e) => e.target instanceof Element && Boolean(e.target.closest('textarea, input'));
  document.addEventListener('dragenter', (e) => {
    if (!carries(e) || intoField(e)) return;
    depth++;
    view.el.overlay.hidden = false;
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) view.el.overlay.hidden = true;
  });
  document.addEventListener('dragover', (e) => {
    if (carries(e) && !intoField(e)) e.preventDefault();
  });
  document.addEventListener('drop', async (e) => {
    const files = [...(e.dataTransfer?.files || [])];
    const text = files.length || internal || intoField(e) ? '' : e.dataTransfer?.getData('text/plain') || '';
    if (!files.length && !text.trim()) return;
    e.preventDefault();
    depth = 0;
    view.el.overlay.hidden = true;
    $('dropzone').classList.remove('over');
    if (view.el.intake.open) view.el.intake.close();
    if (files.length) {
      await app.addFiles(files);
    } else if (/^\s*\S+:\/\/\S+\s*$/.test(text)) {
      // a dragged link: its page cannot be fetched from here
      view.notice('That was a link: nothing leaves this tab, so its page cannot be fetched. Open it and use the bookmarklet, or save the page and drop the file.');
    } else {
      await app.addPasted('', text, e.dataTransfer.getData('text/html') || null);
    }
  });
}

function wireBookmarklet(app, view) {
  const link = $('bookmarklet');
  link.href = bookmarkletHref(location.origin + location.pathname);
  link.addEventListener('click', (e) => {
    e.preventDefault();
    view.notice('Drag “Send to Corroborate” to your bookmarks bar, then click it on a news page.');
  });
  listenForPages(window, async (page) => {
    window.focus();
    await app.loaded;
    await app.addPage(page);
  }, (reason) => view.notice(`Ignored a page sent to this tab: ${reason}.`));
}

main().catch((err) => {
  const box = document.getElementById('alerts');
  const p = document.createElement('p');
  p.className = 'alert';
  p.textContent = `Corroborate could not start: ${err.message || err}`;
  box.append(p);
  console.error(err);
});
