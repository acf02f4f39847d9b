// The offline export: one self-contained HTML file with the page's styles
// inlined, the articles rendered statically (markers, links between
// matching sentences as in-page anchors, the claims digest), and the JSON
// export embedded so the file can be imported again. It carries no script
// that runs and its own CSP forbids any.

import { buildColumn, buildClaims, h } from './view.js';

/** The text of the page's own style sheets (read from the CSSOM: no request). */
export function collectCss(doc) {
  const parts = [];
  for (const sheet of doc.styleSheets) {
    try {
      for (const rule of sheet.cssRules) parts.push(rule.cssText);
    } catch {
      /* a sheet we may not read */
    }
  }
  return parts.join('\n');
}

/**
 * Build the export file.
 * @param {ReturnType<import('./model.js').indexReport>} idx
 * @param {{title: string, css: string, data: object}} meta
 */
export function buildExportHtml(idx, inputs, colours, meta) {
  const wrap = document.createElement('div');
  wrap.append(
    h('header', { class: 'topbar' },
      h('div', { class: 'brand' }, h('h1', { text: 'Corroborate' }), h('p', { class: 'tagline', text: meta.title }))),
    h('p', { class: 'export-note', text: `Exported ${new Date().toLocaleString()} · ${idx.n} articles · engine ${meta.data.engine || ''}. Markers: “3/5” = carried by 3 of 5 sources (stronger colour = more); dashed “copied” = support from copies or rewrites; “only here” = single source; “differs” = sources disagree on a number, date or name. The arrows link to the matching sentences.` }),
  );
  const cols = h('div', { class: `columns${idx.n > 3 ? ' many' : ''}` });
  for (let i = 0; i < idx.n; i++) cols.append(buildColumn(idx, i, inputs[i], colours, { interactive: false }));
  for (const d of cols.querySelectorAll('details')) d.open = false;
  for (const r of cols.querySelectorAll('.rail')) r.remove();
  wrap.append(cols);
  const claims = h('section', { class: 'claims', 'aria-labelledby': 'claims-h' }, h('h2', { id: 'claims-h', text: 'Claims' }));
  claims.append(buildClaims(idx, colours, { interactive: false }));
  wrap.append(claims);

  const json = JSON.stringify(meta.data).replace(/</g, '\\u003c');
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  return '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    + `<meta http-equiv="Content-Security-Policy" content="${csp}">\n`
    + '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n'
    + `<title>${escapeText(meta.title)} · Corroborate</title>\n`
    + `<style>\n${meta.css.replace(/<\/style/gi, '<\\/style')}\n</style>\n</head>\n`
    + `<body class="export">\n${wrap.innerHTML}\n`
    + `<script type="application/json" id="corroborate-data">${json}</script>\n</body>\n</html>\n`;
}

function escapeText(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
