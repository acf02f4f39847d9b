// The bookmarklet: from any news page, one click opens (or focuses) the
// reader in its own tab and sends it the page's HTML, URL and title with
// postMessage.
//
// Protocol
//   1. The bookmarklet runs `window.open(READER + '#from-bookmarklet', 'corroborate-reader')`.
//      The hash arms the reader: it accepts one page, then disarms.
//   2. The bookmarklet posts {type: 'corroborate:page', nonce, html, url, title}
//      to the reader's origin every 250 ms (the reader may still be loading)
//      until the reader answers {type: 'corroborate:received', nonce} from
//      the reader's origin and window, or 15 s pass.
//   3. The reader accepts a message only while armed, only if the message's
//      origin is the origin of the URL it claims to come from (an http(s)
//      page), only with the right shape and size, and once per nonce.

export const PAGE_TYPE = 'corroborate:page';
export const ACK_TYPE = 'corroborate:received';
export const ARM_HASH = '#from-bookmarklet';
const MAX_HTML = 15 * 1024 * 1024;

/** The bookmarklet's source, for the reader at `readerUrl` (no hash). */
export function bookmarkletSource(readerUrl) {
  const code = `(()=>{const R=${JSON.stringify(readerUrl)},O=new URL(R).origin;`
    + `const w=window.open(R+${JSON.stringify(ARM_HASH)},'corroborate-reader');`
    + `if(!w){alert('Corroborate: allow pop-ups for this page, then click the bookmarklet again.');return}`
    + `const m={type:${JSON.stringify(PAGE_TYPE)},nonce:Math.random().toString(36).slice(2)+Date.now(),`
    + `html:document.documentElement.outerHTML,url:location.href,title:document.title};`
    + `let n=0;const h=e=>{if(e.origin===O&&e.source===w&&e.data&&e.data.type===${JSON.stringify(ACK_TYPE)}&&e.data.nonce===m.nonce){clearInterval(t);removeEventListener('message',h)}};`
    + `addEventListener('message',h);`
    + `const t=setInterval(()=>{if(++n>60){clearInterval(t);removeEventListener('message',h);return}try{w.postMessage(m,O)}catch(x){}},250);})()`;
  return code;
}

/** The `javascript:` URL of the bookmarklet link. */
export function bookmarkletHref(readerUrl) {
  return `javascript:${encodeURIComponent(bookmarkletSource(readerUrl))}`;
}

/**
 * Listen for pages sent by the bookmarklet.
 * @param {Window} win the reader's window
 * @param {(page: {html: string, url: string, title: string, origin: string}) => void} onPage
 * @param {(reason: string) => void} [onReject]
 * @returns {{armed: () => boolean, stop: () => void}}
 */
export function listenForPages(win, onPage, onReject = () => {}) {
  let armed = win.location.hash === ARM_HASH;
  const seen = new Set();
  const disarm = () => {
    armed = false;
    if (win.location.hash === ARM_HASH) {
      win.history.replaceState(null, '', win.location.pathname + win.location.search);
    }
  };
  const onHash = () => {
    if (win.location.hash === ARM_HASH) armed = true;
  };
  const onMessage = (event) => {
    const d = event.data;
    if (!d || typeof d !== 'object' || d.type !== PAGE_TYPE) return;
    if (event.origin === win.location.origin) return; // not from another page
    if (typeof d.nonce !== 'string' || seen.has(d.nonce)) {
      ackTo(event, d);
      return;
    }
    if (!armed) {
      onReject('a page was sent without the bookmarklet opening this tab');
      return;
    }
    let claimed;
    try {
      claimed = new URL(d.url);
    } catch {
      onReject('the page sent no valid address');
      return;
    }
    if (!/^https?:$/.test(claimed.protocol) || claimed.origin !== event.origin) {
      onReject(`the message came from ${event.origin}, not from ${claimed.origin}`);
      return;
    }
    if (typeof d.html !== 'string' || d.html.length === 0 || d.html.length > MAX_HTML) {
      onReject('the page was empty or too large');
      return;
    }
    seen.add(d.nonce);
    ackTo(event, d);
    disarm();
    onPage({ html: d.html, url: claimed.href, title: typeof d.title === 'string' ? d.title.slice(0, 500) : '', origin: event.origin });
  };
  function ackTo(event, d) {
    try {
      event.source?.postMessage({ type: ACK_TYPE, nonce: d.nonce }, event.origin);
    } catch {
      /* the sender went away */
    }
  }
  win.addEventListener('message', onMessage);
  win.addEventListener('hashchange', onHash);
  return {
    armed: () => armed,
    stop() {
      win.removeEventListener('message', onMessage);
      win.removeEventListener('hashchange', onHash);
    },
  };
}
