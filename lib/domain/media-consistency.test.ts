import { describe, expect, it } from "vitest";
import {
  checkConsistency,
  consistencyFieldId,
  consistencyGate,
  consistencyInputOfRelease,
  type ConsistencyInput,
} from "./consistency";

// Issue 13: alt text is required before submitting or publishing, so the consistency check names
// each image without it and links to that row's Alt text field.

const NOW = new Date("2025-01-01T00:00:00Z");
const base: ConsistencyInput = {
  body: "The ministers met.",
  agreements: [],
  quotes: [],
  countries: [],
  datelineAt: new Date("2024-12-01T00:00:00Z"),
};
const img = (filename: string, altText: string) => ({ kind: "IMAGE" as const, filename, altText });
const pdf = (filename: string) => ({ kind: "ATTACHMENT" as const, filename, altText: "" });

describe("issue 13: images without alt text", () => {
  it("lists each image without alt text by number and file name, with its row's field", () => {
    const problems = checkConsistency(
      {
        ...base,
        media: [img("podium.jpg", "The minister at the podium"), img("signing.jpg", "  "), img("flags.png", "")],
      },
      NOW,
    );
    expect(problems).toEqual([
      { field: "media.1.altText", message: "Image 2 (signing.jpg) has no alt text.", blocking: true },
      { field: "media.2.altText", message: "Image 3 (flags.png) has no alt text.", blocking: true },
    ]);
    expect(consistencyFieldId("media.1.altText")).toBe("media-1-altText");
  });

  it("attachments need no alt text; no media, no problem", () => {
    expect(checkConsistency({ ...base, media: [pdf("memo.pdf")] }, NOW)).toEqual([]);
    expect(checkConsistency(base, NOW)).toEqual([]);
  });

  it("a stored release is checked in the form's order: images first, then attachments", () => {
    const input = consistencyInputOfRelease({
      ...base,
      quotes: [],
      media: [
        { kind: "ATTACHMENT", filename: "memo.pdf", altText: "" },
        { kind: "IMAGE", filename: "signing.jpg", altText: "" },
      ],
    });
    expect(checkConsistency(input, NOW)).toEqual([
      { field: "media.0.altText", message: "Image 1 (signing.jpg) has no alt text.", blocking: true },
    ]);
  });

  it('no reason lets an image without alt text through ("Publish anyway" covers judgement calls, not this)', () => {
    const problems = checkConsistency({ ...base, body: "x", countries: ["AZ"], media: [img("signing.jpg", "")] }, NOW);
    expect(consistencyGate(problems, "The desk says it is fine")).toEqual({
      ok: false,
      message: expect.stringContaining("Image 1 (signing.jpg) has no alt text."),
    });
    const withAlt = checkConsistency(
      { ...base, body: "x", countries: ["AZ"], media: [img("a.jpg", "Two ministers")] },
      NOW,
    );
    expect(consistencyGate(withAlt, "Azerbaijan is in the photo")).toEqual({
      ok: true,
      override: "Azerbaijan is in the photo",
    });
  });
});
