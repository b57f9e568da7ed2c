import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ENGLISH_BODY_LABELS } from "../i18n/body-labels";
import { readerMessages } from "../i18n/messages";
import { renderReleaseBody, safeUrl, type BodyQuote } from "./release-body-html";

// The page's markup as a reader's browser builds it from the rendered strings.
function page(body: string, quotes: BodyQuote[], labels = ENGLISH_BODY_LABELS) {
  const rendered = renderReleaseBody(body, quotes, labels);
  const index =
    rendered.index === null
      ? ""
      : `<section class="quote-index" aria-labelledby="quote-index-heading">${rendered.index}</section>`;
  const { document } = parseHTML(
    `<!doctype html><html><body><article><div class="article-body">${rendered.body}</div>${index}</article></body></html>`,
  );
  return { rendered, document };
}

const ann: BodyQuote = {
  text: "We will build the line together.",
  speaker: { name: "Ann Lee", slug: "ann-lee" },
  speakerRole: "Minister",
  speakerOrganisation: "Ministry of Transport",
};

describe("issue 17: renderReleaseBody", () => {
  it("marks a quote up where the body says it, with its caption linking the speaker's page and a permalink", () => {
    const { document, rendered } = page('The ministers met.\n\n"We will build the line together."\n\nThey left.', [
      ann,
    ]);
    const figure = document.querySelector(".article-body figure.quote#quote-1")!;
    expect(figure.querySelector("blockquote")!.getAttribute("cite")).toBe("/people/ann-lee");
    expect(figure.querySelector("blockquote")!.textContent!.trim()).toBe('"We will build the line together."');
    expect(figure.querySelector("figcaption")!.textContent).toBe("Ann Lee, Minister, Ministry of Transport");
    expect(figure.querySelector("figcaption a.speaker")!.getAttribute("href")).toBe("/people/ann-lee");
    const permalink = figure.querySelector("a.quote-permalink")!;
    expect(permalink.getAttribute("href")).toBe("#quote-1");
    expect(permalink.getAttribute("aria-label")).toBe("Link to quote 1");
    // The quote appears once in the body; the index names it without repeating it.
    expect(rendered.index).not.toContain("We will build");
    const entry = document.querySelector(".quote-index li")!;
    expect(entry.textContent).toBe("Ann Lee, Minister, Ministry of Transport: Quote 1");
    expect(entry.querySelector('a[href="#quote-1"]')!.textContent).toBe("Quote 1");
    expect(document.querySelector("#quote-index-heading")!.textContent).toBe("Quoted in this release");
  });

  it("keeps a sentence whole and marks a quote inside it as <q>", () => {
    const { document } = page('They agreed. "We will build the line together," said Ann Lee.', [ann]);
    const figure = document.querySelector("figure.quote#quote-1")!;
    expect(figure.querySelector("blockquote")!.hasAttribute("cite")).toBe(false);
    const q = figure.querySelector("blockquote p q")!;
    expect(q.getAttribute("cite")).toBe("/people/ann-lee");
    expect(q.textContent).toBe('"We will build the line together,"');
    expect(figure.querySelector("blockquote p")!.textContent).toBe(
      'They agreed. "We will build the line together," said Ann Lee.',
    );
  });

  it("prints a quote the body does not hold in the index, once, and names an unsaved speaker without a link", () => {
    const unsaved: BodyQuote = { text: "Not in the body.", speaker: { name: "New Person" } };
    const { document } = page("A body without quotes.", [ann, unsaved]);
    expect(document.querySelectorAll(".article-body figure")).toHaveLength(0);
    const figures = document.querySelectorAll(".quote-index figure.quote");
    expect([...figures].map((f) => f.id)).toEqual(["quote-1", "quote-2"]);
    expect(figures[0]!.querySelector("blockquote")!.getAttribute("cite")).toBe("/people/ann-lee");
    expect(figures[1]!.querySelector("blockquote")!.hasAttribute("cite")).toBe(false);
    expect(figures[1]!.querySelector("figcaption span.speaker")!.textContent).toBe("New Person");
    expect(figures[1]!.querySelector("a.speaker")).toBeNull();
  });

  it("groups a speaker's quotes in the index and joins two quotes sharing a paragraph in one caption", () => {
    const second: BodyQuote = { text: "Trade will double", speaker: { name: "Ann Lee", slug: "ann-lee" } };
    const bo: BodyQuote = { text: "We agree", speaker: { name: "Bo Chen", slug: "bo-chen" } };
    const { document } = page(
      '"We will build the line together," said Ann. "We agree," said Bo.\n\n"Trade will double."',
      [ann, bo, second],
    );
    const first = document.querySelector("figure#quote-1")!;
    expect(first.querySelector("figcaption")!.textContent).toBe("Ann Lee, Minister, Ministry of Transport; Bo Chen");
    expect([...first.querySelectorAll("a.quote-permalink")].map((a) => a.getAttribute("href"))).toEqual([
      "#quote-1",
      "#quote-2",
    ]);
    expect(first.querySelector("q#quote-2")).not.toBeNull();
    const entries = [...document.querySelectorAll(".quote-index li")].map((li) => li.textContent);
    expect(entries).toEqual(["Ann Lee, Minister, Ministry of Transport: Quote 1, Quote 3", "Bo Chen: Quote 2"]);
  });

  it("writes the index and permalinks in the page's language, and says when a quote is translated", () => {
    const chrome = readerMessages("ru");
    const translated = { ...ann, translatedFrom: chrome.translatedFrom("en") };
    const { document } = page('"We will build the line together."', [translated], chrome.bodyLabels);
    expect(document.querySelector("#quote-index-heading")!.textContent).toBe(chrome.bodyLabels.quotedInThisRelease);
    expect(document.querySelector('.quote-index li a[href="#quote-1"]')!.textContent).toBe(chrome.bodyLabels.quote(1));
    expect(document.querySelector("a.quote-permalink")!.getAttribute("aria-label")).toBe(
      chrome.bodyLabels.linkToQuote(1),
    );
    expect(document.querySelector("figcaption .quote-translated")!.textContent).toBe(" (Перевод с английского языка)");
    const arabic = readerMessages("ar").bodyLabels;
    expect(page("x", [ann], arabic).document.querySelector("#quote-index-heading")!.textContent).toBe(
      arabic.quotedInThisRelease,
    );
  });

  it("has no quote index without quotes", () => {
    expect(renderReleaseBody("Just text.", [], ENGLISH_BODY_LABELS)).toEqual({
      body: "<p>Just text.</p>",
      index: null,
    });
  });

  it("keeps Markdown's own structure: headings, lists, tables, emphasis, links", () => {
    const { document } = page(
      "## Heading\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n**bold** [site](https://example.org)",
      [],
    );
    expect(document.querySelector(".article-body h2")!.textContent).toBe("Heading");
    expect(document.querySelectorAll(".article-body li")).toHaveLength(2);
    expect(document.querySelector(".article-body td")!.textContent).toBe("1");
    expect(document.querySelector(".article-body strong")!.textContent).toBe("bold");
    expect(document.querySelector('.article-body a[href="https://example.org"]')!.textContent).toBe("site");
  });
});

describe("issue 17: what an editor types never becomes markup or a script", () => {
  const hostile = [
    "<script>alert(1)</script>",
    "",
    '<img src=x onerror="alert(1)"> <b onclick="alert(2)">bold</b> <a href="javascript:alert(3)">raw</a>',
    "",
    "[link](javascript:alert(4)) [upper](JAVASCRIPT:alert(5)) [vb](vbscript:msgbox) [data](data:text/html,<script>alert(6)</script>)",
    "",
    "![img](javascript:alert(7)) <svg onload=alert(8)> <iframe src=javascript:alert(9)></iframe>",
    "",
    "[ok](https://example.org/a:b) [mail](mailto:press@example.org) [rel](/people/x) [hash](#quote-1)",
  ].join("\n");
  const evil: BodyQuote = {
    text: "<script>alert(10)</script>",
    speaker: { name: '<img src=x onerror="alert(11)">', slug: 'x" onmouseover="alert(12)' },
    speakerRole: '"><script>alert(13)</script>',
  };
  const { document, rendered } = page(hostile, [evil]);
  const html = rendered.body + rendered.index;

  it("shows raw HTML as text: no script, img from HTML, svg or iframe element reaches the page", () => {
    expect(document.querySelectorAll("script, iframe, svg, b")).toHaveLength(0);
    expect(document.querySelector(".article-body")!.textContent).toContain("<script>alert(1)</script>");
    expect(document.querySelector(".article-body")!.textContent).toContain('<b onclick="alert(2)">bold</b>');
    expect(html).not.toMatch(/<script/i);
  });

  it("gives no element an event handler attribute", () => {
    const handlers = [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].map((a) => a.name).filter((name) => name.toLowerCase().startsWith("on")),
    );
    expect(handlers).toEqual([]);
  });

  it("drops javascript:, vbscript: and data: URLs and keeps http(s), mailto, relative and fragment ones", () => {
    const hrefs = [...document.querySelectorAll(".article-body a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([
      "",
      "",
      "",
      "",
      "https://example.org/a:b",
      "mailto:press@example.org",
      "/people/x",
      "#quote-1",
    ]);
    const img = document.querySelector(".article-body img")!;
    expect(img.hasAttribute("src")).toBe(false);
    const urls = [...document.querySelectorAll("[href], [src], [cite]")].flatMap((el) =>
      ["href", "src", "cite"].map((name) => el.getAttribute(name) ?? ""),
    );
    expect(urls.filter((url) => /^\s*(javascript|vbscript|data):/i.test(url))).toEqual([]);
  });

  it("escapes a speaker's name, slug and role: they stay text and one attribute", () => {
    const speaker = document.querySelector(".quote-index a.speaker")!;
    expect(speaker.textContent).toBe('<img src=x onerror="alert(11)">');
    expect(speaker.getAttribute("href")).toBe("/people/x%22%20onmouseover%3D%22alert(12)");
    expect(document.querySelector(".quote-index figure blockquote")!.textContent).toBe("<script>alert(10)</script>");
  });

  it("safeUrl: a colon after a path, query or fragment delimiter is no scheme", () => {
    expect(safeUrl("javascript:alert(1)")).toBe("");
    expect(safeUrl(" javascript:alert(1)")).toBe("");
    expect(safeUrl("/a/b:c")).toBe("/a/b:c");
    expect(safeUrl("?q=a:b")).toBe("?q=a:b");
    expect(safeUrl("#x:y")).toBe("#x:y");
    expect(safeUrl("HTTPS://example.org")).toBe("HTTPS://example.org");
    expect(safeUrl("ircs://irc.example.org")).toBe("ircs://irc.example.org");
  });
});
