import { describe, expect, it } from "vitest";
import { releaseFormValues } from "@/test/factories";
import { fieldErrorsOf, releaseInputSchema } from "./release";
import { releaseToFormValues, releaseValuesFromForm } from "./release-form";

// Issue 13: the release form's Media section posts one row per image or attachment
// (media[N][assetId] …) and a marker saying the section was there; the save stores exactly that list.

function mediaForm(rows: Array<Record<string, string>>, marker = true): FormData {
  const form = new FormData();
  form.set("headline", "A headline");
  if (marker) form.set("mediaList", "1");
  rows.forEach((row, i) => {
    for (const [field, value] of Object.entries(row)) form.set(`media[${i}][${field}]`, value);
  });
  return form;
}

const image = (overrides: Record<string, string> = {}) => ({
  assetId: "asset-1",
  role: "GALLERY",
  altText: "Two ministers sign",
  caption: "",
  credit: "",
  title: "",
  ...overrides,
});

describe("issue 13: the release form's media rows", () => {
  it("reads the rows in index order, each field as typed", () => {
    const form = mediaForm([
      image({ assetId: "a1", role: "LEAD", caption: " At the signing ", credit: "Press service" }),
      image({ assetId: "a2", altText: "" }),
      { assetId: "p1", role: "ATTACHMENT", altText: "", caption: "", credit: "", title: "Signed memorandum" },
    ]);
    const values = releaseValuesFromForm(form);
    expect(values.media).toEqual([
      {
        assetId: "a1",
        role: "LEAD",
        altText: "Two ministers sign",
        caption: " At the signing ",
        credit: "Press service",
        title: "",
      },
      { assetId: "a2", role: "GALLERY", altText: "", caption: "", credit: "", title: "" },
      { assetId: "p1", role: "ATTACHMENT", altText: "", caption: "", credit: "", title: "Signed memorandum" },
    ]);
    const input = releaseInputSchema.parse({ ...releaseFormValues(), media: values.media });
    expect(input.media).toEqual([
      {
        assetId: "a1",
        role: "LEAD",
        altText: "Two ministers sign",
        caption: "At the signing",
        credit: "Press service",
        title: null,
      },
      { assetId: "a2", role: "GALLERY", altText: "", caption: null, credit: null, title: null },
      { assetId: "p1", role: "ATTACHMENT", altText: "", caption: null, credit: null, title: "Signed memorandum" },
    ]);
  });

  it("an empty Media section is an empty list (remove every file); no section at all keeps the stored rows", () => {
    expect(releaseValuesFromForm(mediaForm([])).media).toEqual([]);
    expect(releaseInputSchema.parse({ ...releaseFormValues(), media: [] }).media).toEqual([]);
    expect(releaseValuesFromForm(mediaForm([], false)).media).toBeUndefined();
    expect(releaseInputSchema.parse(releaseFormValues()).media).toBeUndefined();
  });

  it("a row's problem is reported on the row's field, and a draft without alt text still saves", () => {
    const long = "x".repeat(1_001);
    const parsed = releaseInputSchema.safeParse({
      ...releaseFormValues(),
      media: [image({ altText: "" }), image({ assetId: "a2", altText: long }), image({ assetId: "", role: "LEAD" })],
    });
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!);
    expect(errors["media.1.altText"]).toBe("Alt text must be at most 1,000 characters");
    expect(errors["media.2.assetId"]).toMatch(/not uploaded/);
    expect(errors["media.0.altText"]).toBeUndefined();
  });

  it("two lead images are one message on the list", () => {
    const parsed = releaseInputSchema.safeParse({
      ...releaseFormValues(),
      media: [image({ role: "LEAD" }), image({ assetId: "a2", role: "LEAD" })],
    });
    expect(fieldErrorsOf(parsed.error!).media).toBe("Choose one lead image, not several");
  });

  it("a stored edition's media become form rows, images before attachments, and round-trip through the schema", () => {
    const stored = {
      ...releaseInputSchema.parse(releaseFormValues()),
      agreements: [],
      quotes: [],
      media: [
        { assetId: "p1", role: "ATTACHMENT", altText: "", caption: null, credit: null, title: "Memorandum" },
        { assetId: "a1", role: "LEAD", altText: "Signing", caption: "Caption", credit: null, title: null },
      ],
    };
    const values = releaseToFormValues(stored);
    expect(values.media).toEqual([
      { assetId: "a1", role: "LEAD", altText: "Signing", caption: "Caption", credit: "", title: "" },
      { assetId: "p1", role: "ATTACHMENT", altText: "", caption: "", credit: "", title: "Memorandum" },
    ]);
    expect(releaseInputSchema.parse(values).media).toHaveLength(2);
    // A revision written before issue 13 has no media: restoring it keeps the current rows.
    expect(releaseToFormValues({ ...stored, media: undefined }).media).toBeUndefined();
  });
});
