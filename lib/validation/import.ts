// Inputs of the "Import release" page: the pasted text and the highlights the review screen carries.
import { z } from "zod";
import type { FieldErrors, ReleaseFormValues } from "./release";

export const RAW_TEXT_MAX = 100_000;
/** The most HTML or text a file or page gives the converters (their time grows with it): ten releases. */
export const IMPORT_TEXT_MAX_CHARS = 10 * RAW_TEXT_MAX;

export const rawTextSchema = z
  .string()
  .max(
    RAW_TEXT_MAX,
    `Raw text must be at most ${RAW_TEXT_MAX.toLocaleString("en")} characters: paste one release at a time`,
  )
  .refine((v) => v.trim() !== "", "Paste the text of a release");

/** A proposed value's source: `[start, end)` in the raw text, shown as <mark id={id}>. */
export interface Highlight {
  id: string;
  label: string;
  start: number;
  end: number;
}

// The highlights travel through the review form (a hidden field) so a failed "Create draft" can show
// them again without extracting twice. Anything malformed is simply dropped.
const highlightsSchema = z
  .array(
    z.object({
      id: z
        .string()
        .max(50)
        .regex(/^mark-[\w-]{1,40}$/),
      label: z.string().max(100),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
    }),
  )
  .max(220);

export function parseHighlights(json: string, textLength: number): Highlight[] {
  try {
    const parsed = highlightsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data.filter((h) => h.start < h.end && h.end <= textLength) : [];
  } catch {
    return [];
  }
}

export type ImportActionState =
  | { status: "idle" }
  | {
      status: "invalid";
      stage: "paste";
      message: string;
      rawText: string;
      /** The "URL" field as typed, kept when a fetch is refused. */
      url?: string;
      fieldErrors: FieldErrors;
    }
  | {
      status: "review" | "invalid" | "error";
      stage: "review";
      message: string | null;
      rawText: string;
      url?: string;
      highlights: Highlight[];
      values: ReleaseFormValues;
      /** Per proposed agreement / quote: kept (checked) or dropped. */
      keepAgreements: boolean[];
      keepQuotes: boolean[];
      fieldErrors: FieldErrors;
    };
