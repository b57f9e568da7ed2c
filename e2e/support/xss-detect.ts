// Detection half of the XSS spec (e2e/xss.spec.ts): every payload calls a detector if it runs, and
// a DOM audit looks for markup that could run one. Split out so the spec holds only its journeys.
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "./test";
import { XSS_PAYLOADS } from "./xss-payloads";

// ---------- detection ----------

export interface Hit {
  id: number;
  via: string;
  step: string;
  url: string;
}

/** Creates instrumented browser contexts and records every sign of a payload running. */
export class Detector {
  readonly hits: Hit[] = [];
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly findings: string[] = [];
  readonly visited: string[] = [];
  /** What the test is doing now, so a hit says where it happened. */
  step = "set-up";

  constructor(private readonly browser: Browser) {}

  record(id: unknown, via: string, url: string) {
    this.hits.push({ id: Number(String(id)), via, step: this.step, url });
  }

  async newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await this.browser.newContext({ ...options, bypassCSP: true });
    // A binding survives navigations and exists in every frame; __xss is only the short name for it.
    await context.exposeBinding("__xssReport", (source, id: unknown) => this.record(id, "__xss()", source.frame.url()));
    await context.addInitScript(() => {
      const report = (window as unknown as { __xssReport?: (id: string) => unknown }).__xssReport;
      Object.defineProperty(window, "__xss", {
        value: (id: unknown) => void report?.(String(id)),
        writable: false,
        configurable: false,
      });
    });
    context.on("dialog", (dialog) => {
      this.record(dialog.message(), `${dialog.type()}()`, dialog.page()?.url() ?? "?");
      void dialog.dismiss().catch(() => {});
    });
    await context.route(/\/xss-hit\//, (route) => {
      const request = route.request();
      let from = "?";
      try {
        from = request.frame().url();
      } catch {
        // a request without a frame (service worker): the URL alone names the payload
      }
      this.record(/\/xss-hit\/(\d+)/.exec(request.url())?.[1], `request ${request.url()}`, from);
      return route.fulfill({ status: 204 });
    });
    context.on("weberror", (error) => this.pageErrors.push(`${this.step}: ${error.error().message}`));
    context.on("console", (message) => {
      if (message.type() === "error") this.consoleErrors.push(`${this.step}: ${message.text().slice(0, 300)}`);
    });
    return context;
  }

  async newPage(): Promise<Page> {
    return (await this.newContext()).newPage();
  }

  /** A Browser whose contexts are instrumented, for the shared helpers that open their own. */
  asBrowser(): Browser {
    return { newContext: (options?: BrowserContextOptions) => this.newContext(options) } as unknown as Browser;
  }

  private reported = { hits: 0, pageErrors: 0, findings: 0 };

  /** Everything recorded since the last call: checked after every page, so a failure names it. */
  newSinceLastCheck(): string {
    const since = this.reported;
    this.reported = { hits: this.hits.length, pageErrors: this.pageErrors.length, findings: this.findings.length };
    return this.report(since);
  }

  report(since = { hits: 0, pageErrors: 0, findings: 0 }): string {
    const byId = (h: Hit) => {
      const payload = XSS_PAYLOADS.find((p) => p.id === h.id);
      return `payload ${h.id} ${payload ? JSON.stringify(payload.text) : "(unknown id)"} ran via ${h.via} during "${h.step}" at ${h.url}`;
    };
    return [
      ...this.hits.slice(since.hits).map(byId),
      ...this.pageErrors.slice(since.pageErrors).map((e) => `uncaught page error: ${e}`),
      ...this.findings.slice(since.findings).map((f) => `DOM audit: ${f}`),
    ].join("\n");
  }
}

/**
 * Looks at the live DOM (HTML or XML) for markup that could run on a click or a hover: event
 * handler attributes, script-capable URLs, frames, <base>, <meta http-equiv=refresh>, and inline
 * scripts other than Next's own payload and the JSON-LD block (which must parse).
 */
export function auditDom(): string[] {
  const findings: string[] = [];
  const URL_ATTRIBUTES = new Set([
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "xlink:href",
    "poster",
    "background",
    "srcset",
  ]);
  const FORBIDDEN = new Set([
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "plaintext",
    "xmp",
    "marquee",
    "math",
    "noscript",
  ]);
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}>`;
  for (const el of Array.from(document.querySelectorAll("*"))) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN.has(tag)) findings.push(`${describe(el)} element`);
    for (const attribute of Array.from(el.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value;
      if (name.startsWith("on")) findings.push(`${describe(el)} has ${name}="${value.slice(0, 80)}"`);
      if (name === "srcdoc") findings.push(`${describe(el)} has srcdoc`);
      // The URL parser drops leading C0 controls and spaces and tabs/newlines anywhere.

      const url = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
      // React's own placeholder action of forms handled by JavaScript (it throws if ever submitted
      // natively) is the one script URL the app legitimately renders. React's OTHER placeholder,
      // "React has blocked a javascript: URL", would mean a typed URL reached an href: a finding.
      const reactFormPlaceholder =
        /^javascript:throw new Error\('(React form unexpectedly submitted\.|A React form was unexpectedly submitted\.)/;
      if ((name === "action" || name === "formaction") && reactFormPlaceholder.test(value)) continue;
      if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data):/.test(url))
        findings.push(`${describe(el)} has ${name}="${value.slice(0, 80)}"`);
      if (name === "style" && /\/xss-hit\/\d|url\(|expression\(/i.test(value))
        findings.push(`${describe(el)} has style="${value.slice(0, 80)}"`);
    }
    if (tag === "meta" && el.getAttribute("http-equiv")?.toLowerCase() === "refresh")
      findings.push("<meta http-equiv=refresh>");
    // (Slugs of the test's releases contain "xss-hit-2-js" and the like: only the detector's own
    // address, /xss-hit/<id>, counts here.)
    if (tag === "link" && /\/xss-hit\/\d/i.test(el.getAttribute("href") ?? ""))
      findings.push(`<link href="${el.getAttribute("href")}">`);
    if (tag === "style" && /\/xss-hit\/\d|__xss/i.test(el.textContent ?? ""))
      findings.push(`<style> with "${(el.textContent ?? "").slice(0, 80)}"`);
    if (tag === "script") {
      const type = el.getAttribute("type");
      const text = el.textContent ?? "";
      if (type === "application/ld+json") {
        try {
          JSON.parse(text);
        } catch {
          findings.push(`JSON-LD that does not parse: ${text.slice(0, 120)}`);
        }
      } else if (el.namespaceURI !== "http://www.w3.org/1999/xhtml") {
        findings.push(`a <script> in the ${el.namespaceURI} namespace`);
      } else if (!el.hasAttribute("src") && /__xss|\/xss-hit\/\d/.test(text) && !/^\s*\(?self\.__next_f/.test(text)) {
        // Next streams the page's data as JS string literals in self.__next_f.push(...) (escaped by
        // Next); any other inline script mentioning the detector is injected.
        findings.push(`inline <script>: ${text.slice(0, 120)}`);
      }
    }
  }
  return findings;
}

// ---------- visiting pages ----------

/**
 * Clicks every link with a script-capable URL (there should be none; the DOM audit reports them
 * anyway). Not form buttons: React renders its own javascript: placeholder as the action of forms it
 * handles, and clicking those would run the app's real actions (publish, withdraw, …).
 */
export async function clickScriptUrls(page: Page) {
  const selector = ["javascript:", "data:", "vbscript:", "JAVASCRIPT:", "JaVaScRiPt:"]
    .flatMap((scheme) => [`a[href^="${scheme}"]`, `area[href^="${scheme}"]`])
    .join(", ");
  const targets = page.locator(selector);
  for (let i = 0; i < (await targets.count()); i++)
    await targets
      .nth(i)
      .click({ timeout: 2_000, noWaitAfter: true })
      .catch(() => {});
}

export async function visit(
  detector: Detector,
  page: Page,
  url: string,
  opts: { status?: number; step?: string; html?: boolean } = {},
) {
  detector.step = opts.step ?? `visit ${url}`;
  detector.visited.push(url);
  const response = await page.goto(url, { waitUntil: "networkidle" });
  expect(response?.status(), `status of ${url}`).toBe(opts.status ?? 200);
  await auditAndClick(detector, page, opts.html !== false);
}

export async function auditAndClick(detector: Detector, page: Page, html = true) {
  const where = page.url();
  for (const finding of await page.evaluate(auditDom)) detector.findings.push(`${finding} at ${where}`);
  if (html) await clickScriptUrls(page);
  // Soft: the test goes on, so one run lists every page where something ran (a broken page may then
  // fail a later, ordinary assertion too; this message comes first).
  expect
    .soft(detector.newSinceLastCheck(), `no payload may run on ${where}, and it may hold no markup that could run one`)
    .toBe("");
}
