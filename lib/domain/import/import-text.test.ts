import { describe, expect, it } from "vitest";
import { htmlToImportText, markdownToPlainText } from "./import-text";

// Time one conversion: each of these inputs took seconds (the patterns were quadratic in its length).
const millis = (convert: () => string) => {
  const start = performance.now();
  convert();
  return performance.now() - start;
};

describe("issue 15: converting import text takes time in proportion to its length", () => {
  it("issue 15: Markdown built to make the link, bold and trailing-space patterns backtrack", () => {
    expect(millis(() => markdownToPlainText("[".repeat(100_000)))).toBeLessThan(500);
    expect(millis(() => markdownToPlainText("**a ".repeat(25_000)))).toBeLessThan(500);
    expect(millis(() => markdownToPlainText(`${" ".repeat(100_000)}x`))).toBeLessThan(500);
  });

  it("issue 15: HTML built to make the table row and cell patterns backtrack", () => {
    expect(millis(() => htmlToImportText("<tr>".repeat(80_000)))).toBeLessThan(500);
    expect(millis(() => htmlToImportText("<tr ".repeat(80_000)))).toBeLessThan(500);
    expect(millis(() => htmlToImportText(`<table><tr>${"<td>".repeat(25_000)}</tr></table>`))).toBeLessThan(500);
    expect(millis(() => htmlToImportText(`<table><tr><td>${"<".repeat(100_000)}</td></tr></table>`))).toBeLessThan(500);
    expect(millis(() => htmlToImportText(`<pre>${" ".repeat(100_000)}x</pre>`))).toBeLessThan(500);
  });

  it("issue 15: links, bold, tables and trailing spaces still convert as before", () => {
    expect(markdownToPlainText("A [link](https://x.example/a_(b)) and **bold** and __more__ and *it*.  \n")).toBe(
      "A link and bold and more and it.",
    );
    expect(markdownToPlainText("[a] [b](https://x.example) **a ** b**")).toBe("[a] b **a ** b**");
    expect(
      htmlToImportText(
        '<table><tr><th>No.</th><th>Title</th></tr><tr class="x"><td>1</td><td><p>Memorandum</p><p>on <b>rivers</b></p></td><td>Ministry A</td></tr></table>',
      ),
    ).toBe("No. – Title\n\n1. Memorandum on rivers – Ministry A");
  });
});
