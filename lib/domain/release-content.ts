import type { DatelineOffset } from "./dateline";

/**
 * The content fields every view of a release shares: the DAL's DTOs, history diffs and structured
 * data all extend this one shape rather than each listing the fields again.
 */
export interface ReleaseContent {
  headline: string;
  summary: string;
  /** Markdown source. */
  body: string;
  datelinePlace: string | null;
  /** The dateline instant (UTC) and the writer's offset from UTC in minutes (null: date-only). */
  datelineAt: Date;
  datelineOffsetMinutes: DatelineOffset;
  issuer: string;
  sourceCredit: string | null;
  /** Media contact for journalists; all null when the release names none. */
  mediaContactName: string | null;
  mediaContactEmail: string | null;
  mediaContactPhone: string | null;
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  topics: string[];
}
