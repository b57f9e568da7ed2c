// The media rows of a release edition (issue 13), as the release form sends them, and the limits of
// uploads. Alt text may be empty while drafting: submitting and publishing ask for it (the
// consistency check), not saving, so a half-described gallery can still be saved.
import { z } from "zod";

export const MEDIA_LIMITS = {
  /** Images and attachments on one edition. */
  rows: 60,
  altText: 1_000,
  caption: 2_000,
  credit: 300,
  title: 300,
} as const;

export const EDITION_MEDIA_ROLES = ["LEAD", "GALLERY", "ATTACHMENT"] as const;

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max.toLocaleString("en")} characters`);
const optional = (label: string, max: number) => text(label, max).transform((v) => (v === "" ? null : v));

export const editionMediaSchema = z.object({
  assetId: z
    .string()
    .trim()
    .min(1, "This file was not uploaded: add it again")
    .max(64, "This file was not uploaded: add it again"),
  role: z.enum(EDITION_MEDIA_ROLES, { error: "Choose how the file is used" }),
  altText: text("Alt text", MEDIA_LIMITS.altText),
  caption: optional("Caption", MEDIA_LIMITS.caption),
  credit: optional("Credit", MEDIA_LIMITS.credit),
  title: optional("Attachment title", MEDIA_LIMITS.title),
});

/**
 * The edition's media list. Absent (undefined) means "keep what the edition has": the release form
 * before its Media section, restores of revisions made before issue 13 and other callers that do
 * not know about media then leave the rows alone (and a new edition carries its predecessor's over).
 * A present list, even empty, replaces them.
 */
export const editionMediaListSchema = z
  .array(editionMediaSchema)
  .max(MEDIA_LIMITS.rows, `At most ${MEDIA_LIMITS.rows} images and attachments`)
  .refine((rows) => rows.filter((r) => r.role === "LEAD").length <= 1, "Choose one lead image, not several")
  .optional();

export type EditionMediaInput = z.output<typeof editionMediaSchema>;

export interface EditionMediaFormValues {
  assetId: string;
  role: string;
  altText: string;
  caption: string;
  credit: string;
  title: string;
}
