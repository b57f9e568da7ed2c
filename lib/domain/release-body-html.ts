/**
 * The one renderer of a release's body (issue 17): Markdown → quotes marked up where the body says
 * them (lib/domain/quote-marks.ts) → HTML, plus the "Quoted in this release" index, as two HTML
 * strings. It runs when an edition goes live (the HTML is stored with it, lib/dal/releases/body-html.ts),
 * on a read that finds no stored HTML for the page's language (previews, editions live before
 * this existed), and in the editor's live preview in the browser: what editors preview is what readers get.
 *
 * Why a string and not React elements: the release page renders per request (its CSP nonce), and
 * react-markdown's Markdown → React pipeline cost ~6 ms of CPU per request, ~40 % of the page. Rendering
 * once per edition needs a string, and Next's app router refuses `react-dom/server` in server-component
 * code (vercel/next.js#43810) and replaces its legacy string renderers in client bundles with a stub
 * that throws (#57669), so the string comes from unified's own HTML serialiser, which runs anywhere.
 * Pure: no React, no Next, no Node built-ins (it also runs in the browser).
 *
 * Safety is the same as react-markdown's was, by the same means: raw HTML in the Markdown is never
 * HTML (it becomes text, shown as typed), and every URL attribute (href, src, cite …) that names a
 * scheme other than http(s), mailto, irc(s) or xmpp is emptied, so `javascript:` links go nowhere.
 * No attribute an editor types reaches the output: Markdown has no syntax for attributes, and the only
 * ones added (class, id, cite, aria-label, data-quotes) are built here from numbers and slugs.
 */
import type { Element, ElementContent, Properties, Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import { urlAttributes } from "html-url-attributes";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { BodyLabels } from "../i18n/body-labels";
import { markQuotes, type QuoteToMark } from "./quote-marks";

/**
 * Bump when a change here would change the HTML of a body already stored: stored HTML of another
 * version is then not used (rendered on read) and re-rendered by the backfill (lib/dal/releases/body-html.ts).
 */
export const BODY_RENDERER_VERSION = 1;

/** What the body needs of a quote; the speaker's slug is absent for a person not saved yet (preview). */
export interface BodyQuote {
  text: string;
  speaker: { name: string; slug?: string | null };
  speakerRole?: string | null;
  speakerOrganisation?: string | null;
  /** Issue 14: in a translation, "Translated from Azerbaijani": the words are not the speaker's own. */
  translatedFrom?: string | null;
}

/** The inner HTML of the page's `div.article-body`, and of its `section.quote-index` (null: no quotes, no section). */
export interface RenderedBody {
  body: string;
  index: string | null;
}

const personHref = (slug: string) => `/people/${encodeURIComponent(slug)}`;

// Parsing and Markdown → HTML tree, built once: the quote marking runs between them, per body.
const parser = unified().use(remarkParse).use(remarkGfm).freeze();
// allowDangerousHtml keeps raw HTML as "raw" nodes, which inert() below turns into text (shown as typed).
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();

const SAFE_SCHEME = /^(https?|ircs?|mailto|xmpp)$/i;

/** A URL as the body may carry it: relative, or with a safe scheme; anything else becomes "". */
export function safeUrl(value: string): string {
  const colon = value.indexOf(":");
  if (colon === -1) return value;
  // A colon after the first "/", "?" or "#" is part of a relative URL's path, query or fragment.
  const firstDelimiter = [value.indexOf("/"), value.indexOf("?"), value.indexOf("#")]
    .filter((i) => i !== -1)
    .reduce((a, b) => Math.min(a, b), Infinity);
  if (colon > firstDelimiter) return value;
  return SAFE_SCHEME.test(value.slice(0, colon)) ? value : "";
}

// Table parts whose whitespace-only text children are dropped, and data-* flags written "true": both
// as React wrote the body before (hast-util-to-jsx-runtime), so the page's DOM is unchanged.
const TABLE_PARTS = new Set(["table", "thead", "tbody", "tfoot", "tr"]);

/** Raw HTML becomes its text; URL attributes are made safe; React's spelling where it differed. In place. */
function inert(tree: HastRoot): void {
  visit(tree, (node, index, parent) => {
    if (node.type === "raw" && parent && typeof index === "number") {
      parent.children[index] = { type: "text", value: node.value };
      return index;
    }
    if (node.type !== "element") return;
    for (const [name, tags] of Object.entries(urlAttributes)) {
      if (!Object.hasOwn(node.properties, name) || (tags !== null && !tags.includes(node.tagName))) continue;
      const url = safeUrl(String(node.properties[name] ?? ""));
      // React left out an empty src, and an empty href but on <a>: so does this.
      if (url === "" && (name === "src" || (name === "href" && node.tagName !== "a"))) delete node.properties[name];
      else node.properties[name] = url;
    }
    for (const [name, value] of Object.entries(node.properties))
      if (value === true && /^data[A-Z]/.test(name)) node.properties[name] = "true";
    if (TABLE_PARTS.has(node.tagName))
      node.children = node.children.filter((child) => child.type !== "text" || child.value.trim() !== "");
  });
}

const h = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: "text", value });

/** "Name, Role, Organisation", the name linked to the person's page: every caption and index entry. */
function attribution(quote: BodyQuote): ElementContent[] {
  const { slug, name } = quote.speaker;
  const parts: ElementContent[] = [
    slug
      ? h("a", { className: ["speaker"], href: personHref(slug) }, [text(name)])
      : h("span", { className: ["speaker"] }, [text(name)]),
  ];
  const rest = [quote.speakerRole, quote.speakerOrganisation]
    .filter(Boolean)
    .map((part) => `, ${part}`)
    .join("");
  if (rest) parts.push(text(rest));
  if (quote.translatedFrom)
    parts.push(h("span", { className: ["quote-translated"] }, [text(` (${quote.translatedFrom})`)]));
  return parts;
}

/** A permanent address for a quote, for journalists citing it (the JSON-LD Quotation has the same URL). */
const permalink = (n: number, labels: BodyLabels) =>
  h("a", { className: ["quote-permalink"], href: `#quote-${n}`, ariaLabel: labels.linkToQuote(n) }, [text("#")]);

/**
 * Fills each figure's caption (quote-marks leaves it empty, with its quote numbers in data-quotes) and
 * puts each quote's permalink after it.
 */
function captions(tree: HastRoot, quotes: readonly BodyQuote[], labels: BodyLabels): void {
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName !== "figcaption" || !parent || typeof index !== "number") return;
    const numbers = String(node.properties.dataQuotes ?? "")
      .split(" ")
      .filter((n) => n !== "" && quotes[Number(n)])
      .map(Number);
    node.children = numbers.flatMap((i, k) => [...(k > 0 ? [text("; ")] : []), ...attribution(quotes[i]!)]);
    parent.children.splice(index + 1, 0, ...numbers.map((i) => permalink(i + 1, labels)));
    return index + 1 + numbers.length;
  });
}

/** Speakers in order of first appearance, each with the numbers of their quotes. */
function bySpeaker(quotes: readonly BodyQuote[]) {
  const groups = new Map<string, { quote: BodyQuote; numbers: number[] }>();
  quotes.forEach((quote, i) => {
    const key = quote.speaker.slug ?? `name:${quote.speaker.name}`;
    const group = groups.get(key) ?? { quote, numbers: [] };
    group.numbers.push(i + 1);
    groups.set(key, group);
  });
  return [...groups.values()];
}

/** The index's contents: the heading, one entry per speaker, then any quote the body does not hold. */
function quoteIndex(quotes: readonly BodyQuote[], unplaced: readonly number[], labels: BodyLabels): HastRoot {
  const entries = bySpeaker(quotes).map(({ quote, numbers }) =>
    h("li", {}, [
      ...attribution(quote),
      text(": "),
      ...numbers.flatMap((n, k) => [
        ...(k > 0 ? [text(", ")] : []),
        h("a", { href: `#quote-${n}` }, [text(labels.quote(n))]),
      ]),
    ]),
  );
  // A quote the body does not hold (published anyway, with a reason) is printed here, once.
  const figures = unplaced.map((i) => {
    const quote = quotes[i]!;
    const cite = quote.speaker.slug ? { cite: personHref(quote.speaker.slug) } : {};
    return h("figure", { className: ["quote"], id: `quote-${i + 1}` }, [
      h("blockquote", cite, [h("p", {}, [text(quote.text)])]),
      h("figcaption", {}, attribution(quote)),
      permalink(i + 1, labels),
    ]);
  });
  return {
    type: "root",
    children: [
      h("h2", { id: "quote-index-heading" }, [text(labels.quotedInThisRelease)]),
      h("ul", {}, entries),
      ...figures,
    ],
  };
}

/** The body's HTML and its quote index's, with `labels` in the page's language. */
export function renderReleaseBody(source: string, quotes: readonly BodyQuote[], labels: BodyLabels): RenderedBody {
  const mdast = parser.runSync(parser.parse(source)) as Root;
  const marking = markQuotes(
    mdast,
    quotes.map(
      (q) => ({ text: q.text, cite: q.speaker.slug ? personHref(q.speaker.slug) : undefined }) satisfies QuoteToMark,
    ),
  );
  const hast = toHast.runSync(mdast) as HastRoot;
  inert(hast);
  captions(hast, quotes, labels);
  return {
    body: toHtml(hast),
    index: quotes.length > 0 ? toHtml(quoteIndex(quotes, marking.unplaced, labels)) : null,
  };
}
