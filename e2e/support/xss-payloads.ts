// The XSS corpus of e2e/xss.spec.ts. Every payload calls a detector with its own id IF it ever runs:
// `__xss(id)` (window.__xss, defined in every frame by the spec's init script), alert/confirm/prompt
// (caught as dialogs) or a request to /xss-hit/<id> (caught by a route). So a hit names the payload.
//
// `live` says how the payload runs when a renderer puts it into its context WITHOUT escaping; the
// spec's sanity test renders each live payload that way and expects the detector to fire, so the
// corpus cannot go stale and the main test cannot pass vacuously. Payloads without `live` are inert
// even raw (fullwidth brackets, IE-only CSS, client-side template syntax, naive-strip bypasses…):
// they only become dangerous if some code normalises, decodes or strips them into live markup, which
// is exactly what the main test would then catch.

/** Where an unescaped copy of the payload executes (see `sanityDocument` in the spec). */
export type LiveContext =
  | "html" // element content:           <div>PAYLOAD</div>
  | "attr-dq" // double-quoted attribute:  <input value="PAYLOAD">
  | "attr-sq" // single-quoted attribute:  <input value='PAYLOAD'>
  | "js-dq" // double-quoted JS string:  <script>var s="PAYLOAD"</script>
  | "js-sq" // single-quoted JS string:  <script>var s='PAYLOAD'</script>
  | "js-template" // template literal:   <script>var s=`PAYLOAD`</script>
  | "json-ld" // JSON.stringify'd into <script type="application/ld+json"> without escaping "<"
  | "href" // a link's href (clicked):    <a href="PAYLOAD">
  | "frame-src" // an iframe's src:        <iframe src="PAYLOAD">
  | "xml" // element content of an XML document (a feed opened in the browser)
  | "xml-cdata"; // inside a CDATA section of an XML document

export interface XssPayload {
  id: number;
  kind:
    | "script"
    | "event"
    | "url"
    | "svg"
    | "markdown"
    | "attribute"
    | "broken"
    | "css"
    | "meta"
    | "template"
    | "unicode"
    | "xml";
  /** What a person types. */
  text: string;
  live?: {
    context: LiveContext;
    /** CSS selector of an element to click for the payload to run (a link, a form button). */
    click?: string;
    /**
     * For Markdown tricks: the value a careless Markdown renderer would put in the link's href or the
     * iframe's src (the destination with entities decoded), instead of the payload text itself.
     */
    value?: string;
  };
}

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

type Entry = [XssPayload["kind"], (id: number) => string, ((id: number) => XssPayload["live"])?];
const html = (click?: string) => () => ({ context: "html" as const, click });
const ctx = (context: LiveContext, value?: (id: number) => string) => (id: number) => ({ context, value: value?.(id) });

const ENTRIES: Entry[] = [
  // ---------- script elements ----------
  ["script", (n) => `<script>__xss(${n})</script>`, html()],
  ["script", (n) => `<SCRIPT SRC="/xss-hit/${n}.js"></SCRIPT>`, html()],
  ["script", (n) => `<script/x>__xss(${n})</script>`, html()],
  ["script", (n) => `<<script>__xss(${n});//<</script>`, html()],
  ["script", (n) => `<scr<script>ipt>__xss(${n})</scr</script>ipt>`], // defeats a strip-once filter; a syntax error raw
  ["script", (n) => `<script>eval(atob('${b64(`__xss(${n})`)}'))</script>`, html()],
  ["script", (n) => `<script>setTimeout('__xss(${n})')</script>`, html()],
  ["script", (n) => `</script><script>__xss(${n})</script>`, ctx("json-ld")],
  ["script", (n) => `"}]}</script><script>__xss(${n})</script>`, ctx("json-ld")],
  ["script", (n) => `\u2028</script>\u2029<script>__xss(${n})</script>`, ctx("json-ld")],
  ["script", (n) => `</script><svg onload=__xss(${n})>`, ctx("json-ld")],
  // Tries to swallow the rest of a <script> element (script-data-double-escaped state).
  ["script", (n) => `<!--<script>__xss(${n})//`],
  ["svg", (n) => `<svg><script>__xss(${n})</script></svg>`, html()],
  ["svg", (n) => `<svg><script href="data:text/javascript,__xss(${n})"></script></svg>`, html()],

  // ---------- event handlers ----------
  ["event", (n) => `<img src=x onerror=__xss(${n})>`, html()],
  ["event", (n) => `<img src="x" onerror="alert(${n})">`, html()],
  ["svg", (n) => `<svg onload=__xss(${n})>`, html()],
  ["svg", (n) => `<svg/onload=confirm(${n})>`, html()],
  ["event", (n) => `<body onload=__xss(${n})>`, html()],
  ["event", (n) => `<details open ontoggle=__xss(${n})>`, html()],
  ["event", (n) => `<input autofocus onfocus=__xss(${n})>`, html()],
  ["event", (n) => `<video><source onerror=__xss(${n})></video>`, html()],
  ["event", (n) => `<audio src=x onerror=prompt(${n})>`, html()],
  ["event", (n) => `<iframe onload=__xss(${n})></iframe>`, html()],
  ["event", (n) => `<style onload=__xss(${n})></style>`, html()],
  ["svg", (n) => `<svg><animate onbegin=__xss(${n}) attributeName=x dur=1s>`, html()],
  ["event", (n) => `<img src=x:x onerror=window['__x'+'ss'](${n})>`, html()],
  ["event", (n) => `<img src=x onerror=[${n}].find(__xss)>`, html()],
  ["event", (n) => `<img src=x onerror=__xss\`${n}\`>`, html()],
  ["event", (n) => `<img src=x onerror=&#95;&#95;xss&#40;${n}&#41;>`, html()],
  ["event", (n) => `<img src=x onerror="\\u005f\\u005fxss(${n})">`, html()],
  ["event", (n) => `<img src=x onerror=fetch('/xss-hit/${n}')>`, html()],

  // ---------- javascript: and data: URLs ----------
  ["url", (n) => `javascript:__xss(${n})`, ctx("href")],
  ["url", (n) => `JaVaScRiPt:__xss(${n})`, ctx("href")],
  ["url", (n) => `&#x6A;avascript:__xss(${n})`, ctx("href")],
  ["url", (n) => `java&#09;script:__xss(${n})`, ctx("href")],
  ["url", (n) => `\u0001javascript:__xss(${n})`, ctx("href")],
  ["url", (n) => `data:text/html,<script>alert(${n})</script>`, ctx("frame-src")],
  ["url", (n) => `data:text/html;base64,${b64(`<script>alert(${n})</script>`)}`, ctx("frame-src")],
  ["url", (n) => `vbscript:msgbox(${n})`],
  ["url", (n) => `<a href="javascript:__xss(${n})">click</a>`, html("a")],
  ["url", (n) => `<iframe src="javascript:parent.__xss(${n})"></iframe>`, html()],
  ["url", (n) => `<iframe srcdoc="<script>parent.__xss(${n})</script>"></iframe>`, html()],
  ["url", (n) => `<iframe src="data:text/html,<script>alert(${n})</script>"></iframe>`, html()],
  ["url", (n) => `<object data="data:text/html,<script>alert(${n})</script>"></object>`, html()],
  ["url", (n) => `<form action="javascript:__xss(${n})"><button>send</button></form>`, html("button")],
  ["svg", (n) => `<svg><a href="javascript:__xss(${n})"><text x=0 y=20>click</text></a></svg>`, html("text")],
  ["url", (n) => `<math><maction actiontype=statusline xlink:href="javascript:__xss(${n})">click</maction></math>`],

  // ---------- Markdown tricks (the body is Markdown) ----------
  ["markdown", (n) => `[click](javascript:__xss(${n}))`, ctx("href", (n) => `javascript:__xss(${n})`)],
  ["markdown", (n) => `[click](JAVASCRIPT:__xss(${n}))`, ctx("href", (n) => `JAVASCRIPT:__xss(${n})`)],
  ["markdown", (n) => `[click](<javascript:__xss(${n})>)`, ctx("href", (n) => `javascript:__xss(${n})`)],
  ["markdown", (n) => `[click](javascript&#58;__xss(${n}))`, ctx("href", (n) => `javascript:__xss(${n})`)],
  ["markdown", (n) => `<javascript:__xss(${n})>`, ctx("href", (n) => `javascript:__xss(${n})`)],
  [
    "markdown",
    (n) => `[click][x${n}]\n\n[x${n}]: javascript:__xss(${n})`,
    ctx("href", (n) => `javascript:__xss(${n})`),
  ],
  ["markdown", (n) => `![x](javascript:__xss(${n}))`],
  [
    "markdown",
    (n) => `[x](data:text/html;base64,${b64(`<script>alert(${n})</script>`)})`,
    ctx("frame-src", (n) => `data:text/html;base64,${b64(`<script>alert(${n})</script>`)}`),
  ],
  ["markdown", (n) => `[<img src=x onerror=__xss(${n})>](https://example.org)`, html()],
  ["markdown", (n) => `[a](https://example.org "t\\" autofocus onfocus=__xss(${n}) x=\\"")`],
  ["markdown", (n) => `https://example.org/"><svg/onload=__xss(${n})>`, html()],
  ["markdown", (n) => `<div>\n\n<script>__xss(${n})</script>\n\n</div>`, html()],
  ["markdown", (n) => `\`<script>__xss(${n})</script>\``, html()],

  // ---------- attribute and string breakouts ----------
  ["attribute", (n) => `"><svg onload=__xss(${n})>`, ctx("attr-dq")],
  ["attribute", (n) => `'><svg onload=__xss(${n})>`, ctx("attr-sq")],
  ["attribute", (n) => `" autofocus onfocus="__xss(${n})" x="`, ctx("attr-dq")],
  ["attribute", (n) => `' autofocus onfocus='__xss(${n})' x='`, ctx("attr-sq")],
  ["attribute", (n) => `" style="background:url(/xss-hit/${n})" x="`, ctx("attr-dq")],
  ["attribute", (n) => `'-__xss(${n})-'`, ctx("js-sq")],
  ["attribute", (n) => `";__xss(${n});//`, ctx("js-dq")],
  ["attribute", (n) => `\\";__xss(${n});//`], // only against escaping that forgets the backslash
  ["template", (n) => `\${__xss(${n})}`, ctx("js-template")],
  ["template", (n) => `{{constructor.constructor('__xss(${n})')()}}`],
  ["template", (n) => `<%= __xss(${n}) %>`],
  ["template", (n) => `#{__xss(${n})}`],

  // ---------- broken markup and parser differentials ----------
  ["broken", (n) => `<img """><script>__xss(${n})</script>">`, html()],
  ["broken", (n) => `<noscript><p title="</noscript><img src=x onerror=__xss(${n})>">`, html()],
  ["broken", (n) => `<svg></p><style><a id="</style><img src=1 onerror=__xss(${n})>">`, html()],
  [
    "broken",
    (n) =>
      `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=__xss(${n})&gt;">`,
  ],
  ["broken", (n) => `</title><script>__xss(${n})</script>`, html()],
  ["broken", (n) => `</textarea><script>__xss(${n})</script>`, html()],
  ["broken", (n) => `--><script>__xss(${n})</script>`, html()],
  ["broken", (n) => `<img src=x onerror=__xss(${n})`], // unterminated: what follows decides
  ["broken", (n) => `<xmp></xmp><script>__xss(${n})</script>`, html()],
  ["broken", (n) => `<plaintext><script>__xss(${n})</script>`],

  // ---------- CSS, <meta>, <base>, <link> ----------
  ["css", (n) => `<div style="background-image:url(/xss-hit/${n})">x</div>`, html()],
  ["css", (n) => `<style>@import '/xss-hit/${n}.css';</style>`, html()],
  ["css", (n) => `<link rel=stylesheet href=/xss-hit/${n}.css>`, html()],
  ["css", (n) => `<div style="width:expression(__xss(${n}))">x</div>`], // IE only
  ["meta", (n) => `<meta http-equiv="refresh" content="0;url=/xss-hit/${n}">`, html()],
  ["meta", (n) => `<meta http-equiv="refresh" content="0;url=javascript:__xss(${n})">`], // Chromium refuses
  ["meta", (n) => `<base href="/xss-hit/${n}/">`, html()],

  // ---------- XML (feeds opened as documents) ----------
  [
    "xml",
    (n) => `]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">__xss(${n})</x:script><![CDATA[`,
    ctx("xml-cdata"),
  ],
  ["xml", (n) => `<x:script xmlns:x="http://www.w3.org/1999/xhtml">__xss(${n})</x:script>`, ctx("xml")],

  // ---------- Unicode tricks: inert unless something normalises, decodes or strips them ----------
  ["unicode", (n) => `＜script＞__xss(${n})＜/script＞`],
  ["unicode", (n) => `＜img src=x onerror=__xss(${n})＞`],
  ["unicode", (n) => `﹤script﹥__xss(${n})﹤/script﹥`],
  ["unicode", (n) => `\u202E>tpircs/<)${String(n).split("").reverse().join("")}(ssx__>tpircs<`],
  ["unicode", (n) => `<scr\u200Bipt>__xss(${n})</scr\u200Bipt>`],
  ["unicode", (n) => `[click](java\u200Dscript:__xss(${n}))`],
  ["unicode", (n) => `<scr\u0131pt>__xss(${n})</scr\u0131pt>`],
  ["unicode", (n) => `<\u017Fvg onload=__xss(${n})>`],
  ["unicode", (n) => `»»<img src=x onerror=__xss(${n})>««`, html()], // the search highlighter's sentinels
  ["unicode", (n) => `%3Cscript%3E__xss(${n})%3C/script%3E`],
  ["unicode", (n) => `&lt;script&gt;__xss(${n})&lt;/script&gt;`],
  ["unicode", (n) => `\\u003cscript\\u003e__xss(${n})\\u003c/script\\u003e`],
];

export const XSS_PAYLOADS: XssPayload[] = ENTRIES.map(([kind, text, live], i) => {
  const id = i + 1;
  return { id, kind, text: text(id), ...(live ? { live: live(id) } : {}) };
});

/** Payloads that fit a one-line text input (no line breaks). */
export const SINGLE_LINE = XSS_PAYLOADS.filter((p) => !p.text.includes("\n"));

const attrEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/**
 * A document that embeds the payload UNESCAPED in its live context, as a vulnerable renderer would.
 * The sanity test serves it and expects the payload's detector to fire: proof that the payload and
 * the detection both work. `/xss-sandbox/pixel.png` (a relative "pixel.png") lets a <base> payload show.
 */
export function sanityDocument(p: XssPayload): { body: string; contentType: string } {
  const live = p.live;
  if (!live) throw new Error(`payload ${p.id} is not live`);
  const page = (inner: string) => ({
    body: `<!doctype html><html><head><title>sanity ${p.id}</title></head><body>${inner}<img src="pixel.png" alt=""></body></html>`,
    contentType: "text/html; charset=utf-8",
  });
  const value = live.value ?? p.text;
  switch (live.context) {
    case "html":
      return page(`<div>${p.text}</div>`);
    case "attr-dq":
      return page(`<input value="${p.text}">`);
    case "attr-sq":
      return page(`<input value='${p.text}'>`);
    case "js-dq":
      return page(`<script>var s="${p.text}";</script>`);
    case "js-sq":
      return page(`<script>var s='${p.text}';</script>`);
    case "js-template":
      return page(`<script>var s=\`${p.text}\`;</script>`);
    case "json-ld":
      return page(`<script type="application/ld+json">${JSON.stringify({ headline: p.text })}</script>`);
    case "href":
      // Raw, as a renderer that copies the URL into the attribute would: entities in it decode.
      return page(`<a id="xss-sanity-link" href="${live.value ? attrEscape(value) : value}">click</a>`);
    case "frame-src":
      return page(`<iframe src="${value}"></iframe>`);
    case "xml":
      return {
        body: `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${p.text}</title></feed>`,
        contentType: "application/xml; charset=utf-8",
      };
    case "xml-cdata":
      return {
        body: `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="html"><![CDATA[${p.text}]]></title></feed>`,
        contentType: "application/xml; charset=utf-8",
      };
  }
}

/** The element to click for a live payload, if it needs a click. */
export function sanityClickTarget(p: XssPayload): string | undefined {
  return p.live?.context === "href" ? "#xss-sanity-link" : p.live?.click;
}
