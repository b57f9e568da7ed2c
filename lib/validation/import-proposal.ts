import type { ExtractedRelease } from "@/lib/domain/extractor";
import { cleanImportedBody } from "@/lib/domain/import/body-cleanup";
import type { Highlight } from "@/lib/validation/import";
import { emptyAgreement, type ReleaseFormValues } from "@/lib/validation/release";

/**
 * The extractor's proposal as release form values plus the source range of each value. Missing
 * values stay empty (no invented time or headline): validation then asks the person for them.
 */
export function proposalOf(
  rawText: string,
  r: ExtractedRelease,
): { values: ReleaseFormValues; highlights: Highlight[]; keepAgreements: boolean[]; keepQuotes: boolean[] } {
  const highlights: Highlight[] = [];
  const mark = (id: string, label: string, range: readonly [number, number] | null) => {
    if (range && range[0] < range[1]) highlights.push({ id: `mark-${id}`, label, start: range[0], end: range[1] });
  };
  mark("headline", "Headline", r.headlineRange);
  mark("dateline", "Dateline", r.dateline.range);
  mark("issuer", "Issuer", r.issuerRange);
  mark("sourceCredit", "Source credit", r.sourceCreditRange);
  r.agreements.forEach((a, i) => mark(`agreement-${i}`, `Agreement ${i + 1}`, a.range));
  r.quotes.forEach((q, i) => mark(`quote-${i}`, `Quote ${i + 1}`, q.range));

  // The dateline opening the first paragraph and the sign-offs at the end are not body text (the
  // page shows the dateline and the media contact on their own); the contact is proposed as such.
  const { body, contact } = cleanImportedBody(
    bodyOf(rawText, [r.headlineRange, r.dateline.range]),
    datelineOpening(rawText, r.dateline.range),
  );
  return {
    values: {
      headline: r.headline ?? "",
      summary: "",
      body,
      datelinePlace: r.dateline.place ?? "",
      date: r.dateline.date ?? "",
      time: r.dateline.time ?? "",
      utcOffset: r.dateline.utcOffset ?? "",
      issuer: r.issuer ?? "",
      sourceCredit: r.sourceCredit ?? "",
      mediaContactName: contact?.name ?? "",
      mediaContactEmail: contact?.email ?? "",
      mediaContactPhone: contact?.phone ?? "",
      countries: r.countries.join(", "),
      topics: "",
      changeNote: "",
      agreements: r.agreements.map((a) => ({
        ...emptyAgreement(),
        type: a.type,
        title: a.title,
        parties: a.parties.join("\n"),
      })),
      quotes: r.quotes.map((q) => ({
        speaker: q.speaker ?? "",
        speakerRole: q.role ?? "",
        speakerOrganisation: q.organisation ?? "",
        text: q.text,
        context: "",
      })),
    },
    highlights,
    keepAgreements: r.agreements.map(() => true),
    keepQuotes: r.quotes.map(() => true),
  };
}

/**
 * The start of the dateline's line up to the dateline's end ("RIVERTON, March 3, 2025"), when the
 * dateline opens its line (at most a short place before it); null otherwise.
 */
function datelineOpening(rawText: string, range: readonly [number, number] | null): string | null {
  if (!range) return null;
  const lineStart = rawText.lastIndexOf("\n", range[0] - 1) + 1;
  const before = rawText.slice(lineStart, range[0]);
  if (before.length > 60 || /[.!?]\s/.test(before)) return null;
  return rawText.slice(lineStart, range[1]).trim();
}

/** The text readers get: the raw text without its leading headline and dateline lines. */
function bodyOf(rawText: string, header: ReadonlyArray<readonly [number, number] | null>): string {
  const lines = rawText.split("\n"); // offsets stay those of the raw text (a "\r" is trimmed below)
  let offset = 0;
  let first = 0;
  for (const line of lines) {
    const start = offset;
    const end = offset + line.length;
    const covered =
      line.trim() === "" ||
      header.some(
        (h) =>
          h &&
          h[0] <= start + (line.length - line.trimStart().length) &&
          h[1] >= end - (line.length - line.trimEnd().length),
      );
    if (!covered) break;
    first += 1;
    offset = end + 1;
  }
  return lines
    .slice(first)
    .map((line) => line.replace(/\r$/, ""))
    .join("\n")
    .trim();
}
