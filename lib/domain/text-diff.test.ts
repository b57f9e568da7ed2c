import { describe, expect, it } from "vitest";
import { diffText } from "./text-diff";

const joined = (parts: { kind: string; text: string }[], kind: string) =>
  parts
    .filter((p) => p.kind === kind)
    .map((p) => p.text.trim())
    .join(" | ");

describe("diffText (word level)", () => {
  it("marks the removed and the added words and keeps the rest", () => {
    const parts = diffText("The ministers met in the capital.", "The ministers met in Ganja.");
    expect(joined(parts, "removed")).toBe("the capital");
    expect(joined(parts, "added")).toBe("Ganja");
    expect(
      parts
        .filter((p) => p.kind === "same")
        .map((p) => p.text)
        .join(""),
    ).toContain("The ministers met in");
  });

  it("gives one same part for equal texts and nothing for two empty ones", () => {
    expect(diffText("Same words", "Same words")).toEqual([{ kind: "same", text: "Same words" }]);
    expect(diffText("", "")).toEqual([]);
  });

  it("shows a text written from nothing as added, and one deleted as removed", () => {
    expect(diffText("", "A new summary")).toEqual([{ kind: "added", text: "A new summary" }]);
    expect(diffText("An old summary", "")).toEqual([{ kind: "removed", text: "An old summary" }]);
  });

  it("keeps the body's paragraphs and marks a word changed in the second one only", () => {
    const before = "First paragraph stays.\n\nThey agreed to expand rail freight.";
    const after = "First paragraph stays.\n\nThey agreed to double rail freight.";
    const parts = diffText(before, after);
    expect(joined(parts, "removed")).toBe("expand");
    expect(joined(parts, "added")).toBe("double");
    expect(parts[0]).toEqual({
      kind: "same",
      text: expect.stringContaining("First paragraph stays.\n\nThey agreed to"),
    });
  });

  it("merges runs so one edit of several words is one removed and one added part", () => {
    const parts = diffText("signed a memorandum today", "agreed on a new treaty today");
    expect(parts.filter((p) => p.kind !== "same").length).toBeLessThanOrEqual(4);
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.kind).not.toBe(parts[i - 1]!.kind);
  });

  it("falls back to whole-text replacement for huge unrelated texts instead of blocking", () => {
    const a = Array.from({ length: 6000 }, (_, i) => `alpha${i}`).join(" ");
    const b = Array.from({ length: 6000 }, (_, i) => `beta${i}`).join(" ");
    const started = Date.now();
    const parts = diffText(a, b);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(parts).toEqual([
      { kind: "removed", text: a },
      { kind: "added", text: b },
    ]);
  });
});
