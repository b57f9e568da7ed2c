import { describe, expect, it } from "vitest";
import { checkConsistency } from "./consistency";
import {
  applyMarkdownFormat,
  changedRange,
  insertQuotation,
  quoteFromSelection,
  type MarkdownFormat,
  type TextSelection,
} from "./markdown-edits";

// A text with its selection written in: "[" and "]" around the selection, or "|" for a caret.
function parse(marked: string): TextSelection {
  const caret = marked.indexOf("|");
  if (caret >= 0) return { text: marked.replace("|", ""), start: caret, end: caret };
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  return { text: marked.replace("[", "").replace("]", ""), start, end };
}
function show({ text, start, end }: TextSelection): string {
  if (start === end) return `${text.slice(0, start)}|${text.slice(start)}`;
  return `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`;
}
const apply = (format: MarkdownFormat, marked: string) => show(applyMarkdownFormat(format, parse(marked)));

describe("issue 12.2: the body toolbar's Markdown edits", () => {
  it("bold wraps the selected words and keeps them selected; the spaces a double-click takes stay outside", () => {
    expect(apply("bold", "met in [Baku ]and")).toBe("met in [**Baku**] and");
  });

  it("bold on bold words, selected with or without their markers, unbolds them", () => {
    expect(apply("bold", "met in **[Baku]** and")).toBe("met in [Baku] and");
    expect(apply("bold", "met in [**Baku**] and")).toBe("met in [Baku] and");
  });

  it("italic wraps in one star, leaves bold alone and unwraps italic", () => {
    expect(apply("italic", "the [talks] went")).toBe("the [*talks*] went");
    expect(apply("italic", "the *[talks]* went")).toBe("the [talks] went");
    expect(apply("italic", "the **[talks]** went")).toBe("the **[*talks*]** went");
    expect(apply("bold", "the ***[talks]*** went")).toBe("the *[talks]* went");
  });

  it("with nothing selected, bold and italic insert a placeholder to type over", () => {
    expect(apply("bold", "Text |")).toBe("Text **[bold text]**");
    expect(apply("italic", "|")).toBe("*[italic text]*");
  });

  it("bold over several lines marks each line, since emphasis cannot cross paragraphs", () => {
    expect(apply("bold", "[One\n\nTwo]")).toBe("[**One**\n\n**Two**]");
  });

  it("link makes the selection the link's text and selects the address to type", () => {
    expect(apply("link", "signed [two agreements].")).toBe("signed [two agreements]([https://]).");
    expect(apply("link", "see |")).toBe("see [[link text]](https://)");
    expect(apply("link", "at [https://example.org/pact]")).toBe("at [[link text]](https://example.org/pact)");
    expect(apply("link", "at [www.example.org]")).toBe("at [[link text]](https://www.example.org)");
  });

  it("heading marks the caret's line as a section heading (h2), set apart by blank lines, and unmarks it", () => {
    expect(apply("heading", "Intro\nBackground|\nMore")).toBe("Intro\n\n## Background|\n\nMore");
    expect(apply("heading", "## Back|ground")).toBe("Back|ground");
    expect(apply("heading", "### Back|ground")).toBe("## Back|ground");
    expect(apply("heading", "|")).toBe("## |");
  });

  it("bulleted list marks every selected line, turns numbers into bullets and toggles off", () => {
    expect(apply("bulletList", "Intro\n\n[Rail\nCustoms]\n\nEnd")).toBe("Intro\n\n[- Rail\n- Customs]\n\nEnd");
    expect(apply("bulletList", "[1. Rail\n2. Customs]")).toBe("[- Rail\n- Customs]");
    expect(apply("bulletList", "[- Rail\n- Customs]")).toBe("[Rail\nCustoms]");
    // A new item next to a list joins it: no blank line in between.
    expect(apply("bulletList", "- Rail\nCus|toms")).toBe("- Rail\n- Cus|toms");
  });

  it("numbered list numbers the selected lines, skipping blank ones", () => {
    expect(apply("numberedList", "[- Rail\n- Customs\n\n- Energy]")).toBe("[1. Rail\n2. Customs\n\n3. Energy]");
    expect(apply("numberedList", "[1. Rail\n2. Customs]")).toBe("[Rail\nCustoms]");
  });

  it("quote marks every line, blank ones included so a quote of two paragraphs stays one, and toggles off", () => {
    expect(apply("quote", "Said:\n[One.\n\nTwo.]")).toBe("Said:\n\n[> One.\n>\n> Two.]");
    expect(apply("quote", "[> One.\n>\n> Two.]")).toBe("[One.\n\nTwo.]");
  });

  it("a selection ending at the start of a line leaves that line alone", () => {
    expect(apply("quote", "[One.\n]Two.")).toBe("[> One.]\n\nTwo.");
  });
});

describe("issue 12.3: quotes from the body and into it", () => {
  it("a selected passage loses its quotation marks and Markdown; a comma that went on into 'said' ends it", () => {
    expect(quoteFromSelection("  “We will double the trains by 2027,”  ")).toBe("We will double the trains by 2027.");
    expect(quoteFromSelection('"This corridor is **vital**."')).toBe("This corridor is vital.");
    expect(quoteFromSelection("> «First paragraph.\n>\n> Second paragraph.»")).toBe(
      "First paragraph.\n\nSecond paragraph.",
    );
    expect(quoteFromSelection("‘A single-quoted remark’")).toBe("A single-quoted remark");
    // An apostrophe is not a quotation mark.
    expect(quoteFromSelection("the ministers' talks")).toBe("the ministers' talks");
  });

  it("a quote goes into the body at the caret, in quotation marks, spaced from the words around it", () => {
    const sel = parse("The minister spoke.| Then the talks ended.");
    expect(show(insertQuotation(sel, "Rail is the future."))).toBe(
      "The minister spoke. “Rail is the future.”| Then the talks ended.",
    );
    expect(show(insertQuotation(parse("He said |today."), "Yes"))).toBe("He said “Yes”| today.");
    expect(show(insertQuotation(parse("|"), "  Yes  "))).toBe("“Yes”|");
  });

  it("it goes after a selection, never over it, and an empty quote changes nothing", () => {
    expect(show(insertQuotation(parse("The [minister] spoke."), "Yes"))).toBe("The minister “Yes”| spoke.");
    expect(show(insertQuotation(parse("Te|xt"), "   "))).toBe("Te|xt");
  });

  it("what Insert into body puts in, and Make quote from selection takes out, passes the consistency check", () => {
    const quote = "We will double the freight trains by 2027.";
    const { text: body } = insertQuotation(parse("Giorgi Beridze spoke in Tbilisi.|"), quote);
    const fromBody = quoteFromSelection(body.slice(body.indexOf("“"), body.indexOf("”") + 1));
    expect(fromBody).toBe(quote);
    const problems = checkConsistency(
      {
        body,
        agreements: [],
        quotes: [{ text: fromBody, speaker: "Giorgi Beridze" }],
        countries: [],
        datelineAt: new Date("2026-01-01T00:00:00Z"),
      },
      new Date("2026-01-02T00:00:00Z"),
    );
    expect(problems).toEqual([]);
  });
});

describe("changedRange: the part of the text an edit replaces", () => {
  it("is the middle between the common start and end", () => {
    expect(changedRange("met in Baku and", "met in **Baku** and")).toEqual({ start: 7, end: 11, inserted: "**Baku**" });
    expect(changedRange("abc", "abc")).toEqual({ start: 3, end: 3, inserted: "" });
    expect(changedRange("> One", "One")).toEqual({ start: 0, end: 2, inserted: "" });
    expect(changedRange("aaa", "aaaa")).toEqual({ start: 3, end: 3, inserted: "a" });
  });
});
