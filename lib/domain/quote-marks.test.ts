import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";
import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { checkConsistency } from "./consistency";
import { markQuotes, type QuoteMarking, type QuoteToMark } from "./quote-marks";

// Through react-markdown, the renderer of the page until issue 17 (a dev dependency now): the markup
// the plugin makes. The page's own renderer is tested in release-body-html.test.ts.
function render(body: string, quotes: QuoteToMark[]): { html: string; marking: QuoteMarking } {
  let marking: QuoteMarking = { placed: [], unplaced: [] };
  const plugin = () => (tree: Root) => void (marking = markQuotes(tree, quotes));
  const html = renderToStaticMarkup(createElement(Markdown, { remarkPlugins: [remarkGfm, plugin] }, body));
  return { html, marking };
}

const inBody = (body: string, text: string) =>
  checkConsistency(
    { body, agreements: [], quotes: [{ text, speaker: "" }], countries: [], datelineAt: new Date(0) },
    new Date(0),
  ).length === 0;

describe("issue 12.8: markQuotes", () => {
  it("makes a paragraph that is the quote a figure whose blockquote is the quotation", () => {
    const body = 'The ministers met.\n\n"We will build the line together."\n\nThey left.';
    const { html, marking } = render(body, [{ text: "We will build the line together.", cite: "/people/ann" }]);
    expect(html).toBe(
      "<p>The ministers met.</p>\n" +
        '<figure class="quote" id="quote-1"><blockquote cite="/people/ann">\n<p>&quot;We will build the line together.&quot;</p>\n</blockquote><figcaption data-quotes="0"></figcaption></figure>\n' +
        "<p>They left.</p>",
    );
    expect(marking).toEqual({ placed: [0], unplaced: [] });
  });

  it("keeps a sentence whole and marks the quote inside it as <q>, with its quotation marks and closing comma", () => {
    const body = 'They agreed. "This corridor will carry our goods faster than ever," said Leyla Mammadova.';
    const { html } = render(body, [
      { text: "This corridor will carry our goods faster than ever.", cite: "/people/l" },
    ]);
    expect(html).toBe(
      '<figure class="quote" id="quote-1"><blockquote>\n<p>They agreed. <q cite="/people/l">&quot;This corridor will carry our goods faster than ever,&quot;</q> said Leyla Mammadova.</p>\n</blockquote><figcaption data-quotes="0"></figcaption></figure>',
    );
  });

  it("puts two quotes of one paragraph in one figure, the second <q> with its own id", () => {
    const body = 'The plan is "fully funded" and "nothing is left to chance", she said.';
    const { html, marking } = render(body, [{ text: "nothing is left to chance" }, { text: "fully funded" }]);
    expect(html).toBe(
      '<figure class="quote" id="quote-2"><blockquote>\n<p>The plan is <q>&quot;fully funded&quot;</q> and <q id="quote-1">&quot;nothing is left to chance&quot;</q>, she said.</p>\n</blockquote><figcaption data-quotes="1 0"></figcaption></figure>',
    );
    expect(marking.placed).toEqual([0, 1]);
  });

  it("leaves a body without the quote alone and reports the quote as not placed", () => {
    const body = "The ministers met.\n\nThey left.";
    const { html, marking } = render(body, [{ text: "Words never printed." }]);
    expect(html).toBe("<p>The ministers met.</p>\n<p>They left.</p>");
    expect(marking).toEqual({ placed: [], unplaced: [0] });
  });

  it("finds a quote across Markdown emphasis and keeps the emphasis inside the <q>", () => {
    const body = "She said we will **expand** rail freight _this year_ and left.";
    const quote = "we will expand rail freight this year";
    const { html } = render(body, [{ text: quote }]);
    expect(html).toContain("<q>we will <strong>expand</strong> rail freight <em>this year</em></q> and left.");
    // The same notion as the consistency check: the check accepts it too (emphasis is not words).
    expect(inBody("She said we will **expand** rail freight this year.", quote)).toBe(true);
  });

  it("splits an emphasis the quote starts inside of", () => {
    const { html } = render("It is **truly historic** today.", [{ text: "historic today" }]);
    expect(html).toContain("<strong>truly </strong><q><strong>historic</strong> today</q>.");
  });

  it("uses the consistency check's notion: case and words must match, quotation-mark style need not", () => {
    const body = "He said: “we’re ready”.";
    expect(render(body, [{ text: "We're ready" }]).marking.unplaced).toEqual([0]);
    expect(inBody(body, "We're ready")).toBe(false);
    expect(render(body, [{ text: '"we\'re ready"' }]).html).toContain("<q>“we’re ready”</q>");
    expect(inBody(body, '"we\'re ready"')).toBe(true);
  });

  it("marks a quote spanning two paragraphs (marks reopened) as one figure", () => {
    const body = 'He said: "First part of it.\n\n"Second part of it," he added.';
    const { html } = render(body, [{ text: "First part of it. Second part of it." }]);
    expect(html).toBe(
      '<figure class="quote" id="quote-1"><blockquote>\n<p>He said: <q>&quot;First part of it.</q></p>\n<p><q>&quot;Second part of it,&quot;</q> he added.</p>\n</blockquote><figcaption data-quotes="0"></figcaption></figure>',
    );
  });

  it("gives each of two identical quotes its own occurrence, and none to a third", () => {
    const body = '"Yes."\n\nThen again: "Yes."';
    const { html, marking } = render(body, [{ text: "Yes." }, { text: "Yes." }, { text: "Yes." }]);
    expect(html).toContain('<figure class="quote" id="quote-1"><blockquote>\n<p>&quot;Yes.&quot;</p>');
    expect(html).toContain(
      '<figure class="quote" id="quote-2"><blockquote>\n<p>Then again: <q>&quot;Yes.&quot;</q></p>',
    );
    expect(marking).toEqual({ placed: [0, 1], unplaced: [2] });
  });

  it("finds quotes in list items and block quotes too", () => {
    const { html } = render("- One item says hello there.\n\n> Quoted: hello again.", [
      { text: "hello there" },
      { text: "hello again" },
    ]);
    expect(html).toContain('<li>\n<figure class="quote" id="quote-1">');
    expect(html).toContain('<blockquote>\n<figure class="quote" id="quote-2">');
  });

  it("never turns hostile text into HTML: raw HTML in the body stays text, quote and cite are escaped", () => {
    const body = 'Before <img src=x onerror=alert(1)> "<script>alert(1)</script> now" after.';
    const { html, marking } = render(body, [
      { text: "<script>alert(1)</script> now", cite: '/people/x" onmouseover="alert(1)' },
    ]);
    expect(marking.placed).toEqual([0]);
    expect(html).not.toMatch(/<(img|script)/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain(
      '<q cite="/people/x&quot; onmouseover=&quot;alert(1)">&quot;&lt;script&gt;alert(1)&lt;/script&gt; now&quot;</q>',
    );
  });
});
