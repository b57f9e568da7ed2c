import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "@/components/highlighted-text";

const render = (text: string) => renderToStaticMarkup(createElement(HighlightedText, { text }));

describe("HighlightedText: search matches as <mark>", () => {
  it("marks each matched word", () => {
    expect(render("Talks on ««renewable»» ««energy»» and ««energy»» prices")).toBe(
      "Talks on <mark>renewable</mark> <mark>energy</mark> and <mark>energy</mark> prices",
    );
    expect(render("««Energy»» first")).toBe("<mark>Energy</mark> first");
    expect(render("last ««word»»")).toBe("last <mark>word</mark>");
  });

  it("keeps the text text: markup is escaped, and an unclosed mark is shown as written", () => {
    expect(render("a <b>bold</b> ««claim»»")).toBe("a &lt;b&gt;bold&lt;/b&gt; <mark>claim</mark>");
    expect(render("open ««only")).toBe("open ««only");
  });
});
