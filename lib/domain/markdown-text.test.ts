import { describe, expect, it } from "vitest";
import { markdownToText, withoutMatchMarks } from "./markdown-text";

describe("markdownToText", () => {
  it("issue 12.9: drops emphasis, code and strike-through markers, keeping their words", () => {
    expect(markdownToText("The **first** train leaves on _Monday_, ~~not~~ `soon`.")).toBe(
      "The first train leaves on Monday, not soon.",
    );
  });

  it("issue 12.9: keeps a link's words and drops its address; an image stands for its description", () => {
    expect(markdownToText("See [the timetable](https://example.org/t) and ![a map of the line](map.png).")).toBe(
      "See the timetable and a map of the line.",
    );
    expect(markdownToText("Bare <https://example.org/t> stays readable.")).toBe(
      "Bare https://example.org/t stays readable.",
    );
  });

  it("issue 12.9: drops heading, quote and list markers without running blocks together", () => {
    const body = "## Timetable\n\nTrains run daily.\n\n> Passengers welcome it.\n\n- one\n- two\n\n1. first\n2. second";
    expect(markdownToText(body)).toBe("Timetable Trains run daily. Passengers welcome it. one two first second");
  });

  it("issue 12.9: a table's cells and a hard line break stay apart", () => {
    expect(markdownToText("| Party | Role |\n| --- | --- |\n| Azerbaijan | signatory |")).toBe(
      "Party Role Azerbaijan signatory",
    );
    expect(markdownToText("line one  \nline two")).toBe("line one line two");
  });

  it("issue 12.9: raw HTML stays the text the page shows", () => {
    // The release page shows raw HTML as text (no rehype-raw); the excerpt shows the same characters,
    // and React escapes them wherever they are rendered.
    expect(markdownToText('Hello <script>alert("x")</script> <b>there</b>')).toBe(
      'Hello <script>alert("x")</script> <b>there</b>',
    );
  });

  it("issue 12.9: leaves plain prose and escaped characters as they read", () => {
    expect(markdownToText("Plain text, 3 * 4 = 12 and a \\*literal\\* star.")).toBe(
      "Plain text, 3 * 4 = 12 and a *literal* star.",
    );
    expect(markdownToText("")).toBe("");
  });
});

describe("withoutMatchMarks", () => {
  const marks = { start: "««", stop: "»»" };

  it("issue 12.9: no start or stop mark survives, however many the text held", () => {
    for (const text of ["a ««b»» c", "««««x»»»»", "«««", "x»»»»»y"]) {
      const out = withoutMatchMarks(text, marks);
      expect(out).not.toContain("««");
      expect(out).not.toContain("»»");
    }
    expect(withoutMatchMarks("a ««b»» c", marks)).toBe("a «b» c");
  });

  it("issue 12.9: single guillemets and every other character are kept", () => {
    expect(withoutMatchMarks("«Quoted» text, **bold**", marks)).toBe("«Quoted» text, **bold**");
  });
});
