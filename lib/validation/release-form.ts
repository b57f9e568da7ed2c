// The release form's values ↔ posted form fields and stored releases: what the editor's forms post
// is read here into plain strings (lib/validation/release.ts validates them), and a stored release or
// a new one is turned into the values the form starts from.
import { formatUtcOffset, instantToLocal, type DatelineOffset } from "../domain/dateline";
import { formString } from "./form";
import type { EditionMediaFormValues } from "./media";
import type { AgreementFormValues, QuoteFormValues, ReleaseFormValues } from "./release";

/** The hidden field the release form's Media section always posts (components/media-fieldset.tsx). */
export const MEDIA_LIST_MARKER = "mediaList";

const MAX_ROWS = 200; // beyond the schema's limits, so an oversized post still gets a clear message

/** Reads the release form's fields (`agreements[0][title]` …) into plain string values. */
export function releaseValuesFromForm(form: FormData): ReleaseFormValues {
  const str = (name: string) => formString(form, name);
  const rows = <T>(prefix: string, fields: readonly (keyof T & string)[]): T[] => {
    const indexes = new Set<number>();
    for (const key of form.keys()) {
      const match = new RegExp(`^${prefix}\\[(\\d+)\\]\\[`).exec(key);
      if (match) indexes.add(Number(match[1]));
    }
    return [...indexes]
      .sort((a, b) => a - b)
      .slice(0, MAX_ROWS)
      .map((i) => Object.fromEntries(fields.map((f) => [f, str(`${prefix}[${i}][${f}]`)])) as T);
  };
  return {
    headline: str("headline"),
    summary: str("summary"),
    body: str("body"),
    datelinePlace: str("datelinePlace"),
    date: str("date"),
    time: str("time"),
    utcOffset: str("utcOffset"),
    issuer: str("issuer"),
    sourceCredit: str("sourceCredit"),
    mediaContactName: str("mediaContactName"),
    mediaContactEmail: str("mediaContactEmail"),
    mediaContactPhone: str("mediaContactPhone"),
    countries: str("countries"),
    topics: str("topics"),
    // A translation's form shows its language without sending it (a disabled select).
    ...(form.has("language") ? { language: str("language") } : {}),
    changeNote: str("changeNote"),
    agreements: rows<AgreementFormValues>("agreements", ["type", "title", "parties", "signedOn", "note"]),
    quotes: rows<QuoteFormValues>("quotes", ["speaker", "speakerRole", "speakerOrganisation", "text", "context"]),
    // The Media section always sends its marker, so removing the last file is an empty list, not
    // "keep what is stored" (which is what a form without the section means).
    media: form.has(MEDIA_LIST_MARKER)
      ? rows<EditionMediaFormValues>("media", ["assetId", "role", "altText", "caption", "credit", "title"])
      : undefined,
  };
}

/** A stored release as form values (the inverse of the schema's transform). */
export function releaseToFormValues(r: {
  language?: string;
  headline: string;
  summary: string;
  body: string;
  datelinePlace: string | null;
  datelineAt: Date;
  datelineOffsetMinutes: DatelineOffset;
  issuer: string;
  sourceCredit: string | null;
  mediaContactName: string | null;
  mediaContactEmail: string | null;
  mediaContactPhone: string | null;
  countries: string[];
  topics: string[];
  changeNote?: string | null;
  agreements: Array<{ type: string; title: string; parties: string[]; signedOn: string | null; note: string | null }>;
  quotes: Array<{
    text: string;
    context: string | null;
    speaker: { name: string };
    speakerRole: string | null;
    speakerOrganisation: string | null;
  }>;
  /** Undefined for a revision written before issue 13. */
  media?: ReadonlyArray<{
    assetId: string;
    role: string;
    altText: string;
    caption: string | null;
    credit: string | null;
    title: string | null;
  }>;
}): ReleaseFormValues {
  const { date, time } = instantToLocal(r.datelineAt, r.datelineOffsetMinutes);
  return {
    headline: r.headline,
    summary: r.summary,
    body: r.body,
    datelinePlace: r.datelinePlace ?? "",
    date,
    time,
    utcOffset: r.datelineOffsetMinutes === null ? "" : formatUtcOffset(r.datelineOffsetMinutes),
    issuer: r.issuer,
    sourceCredit: r.sourceCredit ?? "",
    mediaContactName: r.mediaContactName ?? "",
    mediaContactEmail: r.mediaContactEmail ?? "",
    mediaContactPhone: r.mediaContactPhone ?? "",
    countries: r.countries.join(", "),
    topics: r.topics.join(", "),
    ...(r.language ? { language: r.language } : {}),
    changeNote: r.changeNote ?? "",
    agreements: r.agreements.map((a) => ({
      type: a.type,
      title: a.title,
      parties: a.parties.join("\n"),
      signedOn: a.signedOn ?? "",
      note: a.note ?? "",
    })),
    quotes: r.quotes.map((q) => ({
      speaker: q.speaker.name,
      speakerRole: q.speakerRole ?? "",
      speakerOrganisation: q.speakerOrganisation ?? "",
      text: q.text,
      context: q.context ?? "",
    })),
    // The form lists images before attachments, and posts them in that order.
    media: r.media
      ? [...r.media]
          .sort((a, b) => Number(a.role === "ATTACHMENT") - Number(b.role === "ATTACHMENT"))
          .map((m) => ({
            assetId: m.assetId,
            role: m.role,
            altText: m.altText,
            caption: m.caption ?? "",
            credit: m.credit ?? "",
            title: m.title ?? "",
          }))
      : undefined,
  };
}

/** Defaults for a new release: the current minute in UTC. */
export function newReleaseFormValues(now = new Date(), language = "en"): ReleaseFormValues {
  const { date, time } = instantToLocal(now, 0);
  return {
    headline: "",
    summary: "",
    body: "",
    datelinePlace: "",
    date,
    time,
    utcOffset: "+00:00",
    issuer: "",
    sourceCredit: "",
    mediaContactName: "",
    mediaContactEmail: "",
    mediaContactPhone: "",
    countries: "",
    topics: "",
    language,
    changeNote: "",
    agreements: [],
    quotes: [],
    media: [],
  };
}
