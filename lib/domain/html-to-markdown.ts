import TurndownService from "turndown";

/**
 * Clipboard HTML (Word, Google Docs, a web page) as release-body Markdown (issue 12.2): paragraphs,
 * headings, bold and italic, links and lists stay; everything else (styles, scripts, images, Office
 * markup, unsafe links) goes, its words kept where it has any. Turndown does the conversion; the
 * rules below teach it what Word and Google Docs put on the clipboard. In the browser it parses with
 * DOMParser, an inert document (no script runs, nothing loads); on the server with its own parser.
 */

// Turndown hands rules elements (its Node type also covers documents, which never reach a rule).
type Node = HTMLElement;
const element = (node: TurndownService.Node) => node as Node;

// Elements whose content is not text a reader should get: dropped with everything inside them.
const DROPPED = new Set([
  "head",
  "title",
  "meta",
  "link",
  "style",
  "script",
  "noscript",
  "template",
  "iframe",
  "frame",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "canvas",
  "img",
  "picture",
  "video",
  "audio",
  "map",
  "form",
  "input",
  "button",
  "select",
  "textarea",
]);

const SAFE_HREF = /^(https?:|mailto:)/i;

/** One CSS property of an element's inline style, as written ("font-weight: 700" → "700"). */
function styleOf(node: Node, property: string): string | undefined {
  const style = node.getAttribute("style") ?? "";
  // Anchored at a declaration's start, so "mso-bidi-font-weight:normal" is not read as font-weight.
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, "i").exec(style);
  return match?.[1]?.trim().toLowerCase();
}

const isBoldWeight = (weight: string | undefined) =>
  weight !== undefined && (weight === "bold" || weight === "bolder" || Number(weight) >= 600);
const isNormalWeight = (weight: string | undefined) =>
  weight !== undefined && (weight === "normal" || weight === "lighter" || Number(weight) < 600);

// Word writes a list as paragraphs styled "mso-list:l0 level1 lfo1", each starting with its bullet or
// number in a span styled "mso-list:Ignore" (inside a conditional comment only Word reads).
const WORD_LIST = /mso-list:\s*l\d+\s+level(\d+)/i;
const WORD_LIST_MARKER = /mso-list:\s*ignore/i;

function wordListMarker(node: Node): string {
  for (const span of Array.from(node.getElementsByTagName("span"))) {
    if (WORD_LIST_MARKER.test(span.getAttribute("style") ?? "")) return (span.textContent ?? "").trim();
  }
  return "";
}

const clean = (content: string) => content.replace(/^\n+|\n+$/g, "");

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    bulletListMarker: "-",
    emDelimiter: "*",
    strongDelimiter: "**",
    codeBlockStyle: "fenced",
    hr: "---",
    // A line break inside a paragraph becomes a space: Markdown's hard break (two trailing spaces) is
    // invisible in a text field and easily lost.
    br: "",
  });

  // Text that looks like HTML stays text: "<" escaped, or Markdown would read "<b>" as a tag.
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, "\\<");

  service.remove((node) => DROPPED.has(node.nodeName.toLowerCase()));
  // Turndown's own image rule would come before any removal: the body has no images.
  service.addRule("image", { filter: "img", replacement: () => "" });
  // Word's bullets and numbers: the paragraph rule below writes its own marker.
  service.remove(
    (node) => node.nodeName === "SPAN" && WORD_LIST_MARKER.test(element(node).getAttribute("style") ?? ""),
  );

  service.addRule("wordListParagraph", {
    filter: (node) => node.nodeName === "P" && WORD_LIST.test(element(node).getAttribute("style") ?? ""),
    replacement: (content, node) => {
      const level = Number(WORD_LIST.exec(element(node).getAttribute("style") ?? "")?.[1] ?? 1);
      const bullet = wordListMarker(element(node));
      const number = /^(\d+)[.)]/.exec(bullet);
      const ordered = number !== null || /^[a-z][.)]$|^[ivxlc]+[.)]$/i.test(bullet);
      const marker = ordered ? `${number?.[1] ?? 1}. ` : "- ";
      return `\n${"    ".repeat(Math.max(level - 1, 0))}${marker}${clean(content).trim()}\n`;
    },
  });

  // The release's headline is the page's h1: a pasted h1 is a section heading in the body, like h2.
  service.addRule("heading", {
    filter: ["h1", "h2", "h3", "h4", "h5", "h6"],
    replacement: (content, node) => {
      const level = Math.max(2, Number(node.nodeName.charAt(1)));
      const words = clean(content).replace(/\n+/g, " ").trim();
      return words ? `\n\n${"#".repeat(level)} ${words}\n\n` : "";
    },
  });

  // Tight list items ("- Rail"), whether or not the source wrapped each item in a paragraph (Google
  // Docs does); what follows a line inside an item is indented to stay in it.
  service.addRule("listItem", {
    filter: "li",
    replacement: (content, node) => {
      const parent = node.parentNode as Node | null;
      let prefix = "- ";
      if (parent?.nodeName === "OL") {
        const start = Number(parent.getAttribute("start") ?? 1) || 1;
        const items = Array.from(parent.children).filter((child) => child.nodeName === "LI");
        prefix = `${start + items.indexOf(node as unknown as Element)}. `;
      }
      const text = clean(content).replace(/\n/g, `\n${" ".repeat(prefix.length)}`);
      return `${prefix}${text}${node.nextSibling ? "\n" : ""}`;
    },
  });

  // Only web and mail addresses stay links: javascript:, data: and the like keep just their words.
  service.addRule("link", {
    filter: "a",
    replacement: (content, node) => {
      const href = (element(node).getAttribute("href") ?? "").trim();
      if (!content.trim() || !SAFE_HREF.test(href)) return content;
      // Percent-encoded, the characters that would end or break a Markdown link destination.
      const target = href.replace(
        /[\s()<>]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
      );
      return `[${content}](${target})`;
    },
  });

  // Google Docs wraps the whole clipboard in <b style="font-weight:normal">: not bold at all.
  service.addRule("strong", {
    filter: ["b", "strong"],
    replacement: (content, node) => {
      if (isNormalWeight(styleOf(element(node), "font-weight")) || !content.trim()) return content;
      return `**${content}**`;
    },
  });
  service.addRule("emphasis", {
    filter: ["i", "em"],
    replacement: (content, node) => {
      if (styleOf(element(node), "font-style") === "normal" || !content.trim()) return content;
      return `*${content}*`;
    },
  });
  // Google Docs (and many web editors) say bold and italic with a span's style instead of tags.
  service.addRule("styledSpan", {
    filter: (node) =>
      node.nodeName === "SPAN" &&
      (isBoldWeight(styleOf(element(node), "font-weight")) || styleOf(element(node), "font-style") === "italic"),
    replacement: (content, node) => {
      if (!content.trim()) return content;
      const bold = isBoldWeight(styleOf(element(node), "font-weight"));
      const italic = styleOf(element(node), "font-style") === "italic";
      const marker = (bold ? "**" : "") + (italic ? "*" : "");
      return `${marker}${content}${[...marker].reverse().join("")}`;
    },
  });
  return service;
}

let service: TurndownService | undefined;

export function htmlToMarkdown(html: string): string {
  service ??= createService();
  // Non-breaking spaces in pasted HTML are mostly layout (Word indents and spaces out with them):
  // as plain spaces they collapse like any other, instead of indenting a line into a code block.
  const markdown = service.turndown(html.replace(/&nbsp;|&#160;|&#xa0;|\u00a0/gi, " "));
  // Each line's end trimmed by a split, not `/[ \t]+$/gm` (quadratic in a long run of spaces).
  return markdown
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
