import { describe, expect, it } from "vitest";
import { diffMedia, diffReleases, mediaChangeSummary, type DiffMedia, type DiffableRelease } from "./release-diff";

// Issue 13: images and attachments are part of the edition, so history shows their changes
// ("Image added", "Alt text changed" …), matched by the file rather than by position.

const photo = (assetId: string, overrides: Partial<DiffMedia> = {}): DiffMedia => ({
  assetId,
  kind: "IMAGE",
  role: "GALLERY",
  filename: `${assetId}.jpg`,
  altText: `Alt of ${assetId}`,
  caption: null,
  credit: null,
  title: null,
  ...overrides,
});
const memo: DiffMedia = {
  assetId: "memo",
  kind: "ATTACHMENT",
  role: "ATTACHMENT",
  filename: "memo.pdf",
  altText: "",
  caption: null,
  credit: null,
  title: "Signed memorandum",
};

describe("issue 13: media in the history diff", () => {
  it("an added and a removed image, an attachment's new title", () => {
    const diff = diffMedia(
      [photo("a"), photo("b"), memo],
      [photo("a"), photo("c"), { ...memo, title: "The memorandum" }],
    );
    expect(diff.changed).toBe(true);
    expect(diff.items.map(mediaChangeSummary)).toEqual([
      null,
      "Image removed",
      "Image added",
      "Attachment title changed",
    ]);
  });

  it("alt text, caption, credit and the lead choice are field changes of the same image", () => {
    const diff = diffMedia(
      [photo("a"), photo("b")],
      [
        photo("a", { altText: "New alt", role: "LEAD" }),
        photo("b", { caption: "At the signing", credit: "Press service" }),
      ],
    );
    const [a, b] = diff.items;
    expect(mediaChangeSummary(a!)).toBe("Alt text changed, lead image changed");
    expect(mediaChangeSummary(b!)).toBe("Caption changed, credit changed");
    expect(a!.kind === "changed" && a!.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ["Alt text", "Alt of a", "New alt"],
      ["Lead image", "no", "yes"],
    ]);
  });

  it("a reorder is a move, not a change of content", () => {
    const diff = diffMedia([photo("a"), photo("b"), photo("c")], [photo("c"), photo("a"), photo("b")]);
    expect(diff.changed).toBe(false);
    expect(diff.reordered).toBe(true);
    expect(diff.items.map(mediaChangeSummary)).toEqual(["Image moved", null, null]);
  });

  it("the release diff carries media; a revision from before issue 13 (no media) counts as none", () => {
    const release = (media?: DiffMedia[]): DiffableRelease => ({
      status: "DRAFT",
      headline: "H",
      summary: "",
      body: "B",
      datelinePlace: null,
      datelineAt: new Date("2025-01-01T00:00:00Z"),
      datelineOffsetMinutes: 0,
      issuer: "I",
      sourceCredit: null,
      mediaContactName: null,
      mediaContactEmail: null,
      mediaContactPhone: null,
      countries: [],
      topics: [],
      agreements: [],
      quotes: [],
      media,
    });
    const diff = diffReleases(release(undefined), release([photo("a")]));
    expect(diff.changed).toBe(true);
    expect(diff.media.items.map(mediaChangeSummary)).toEqual(["Image added"]);
    expect(diffReleases(release(undefined), release([])).changed).toBe(false);
  });
});
