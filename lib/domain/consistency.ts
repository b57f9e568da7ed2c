/**
 * Consistency check of a release: do the structured fields agree with the body the readers see?
 * Pure (no framework, no database) so the editor page, the submit/publish gate and the tests all
 * run the same rules. Lenient on purpose: it flags what is clearly missing, not style.
 */

import { findCountryMentions } from "./extractor/countries";
import { countryName } from "./countries";
import { MAX_OFFSET_MINUTES, type DatelineOffset } from "./dateline";

export interface ConsistencyInput {
  body: string;
  agreements: ReadonlyArray<{ title: string }>;
  quotes: ReadonlyArray<{ text: string; speaker: string; speakerAliases?: readonly string[] }>;
  countries: readonly string[];
  datelineAt: Date;
  /** Null for a date-only dateline (issue 15): its instant is 00:00 UTC of the date. */
  datelineOffsetMinutes?: DatelineOffset;
  /** The scheduled publication instant; `now` when absent. */
  publishAt?: Date | null;
  /** Images and attachments in the form's order: images first (issue 13). */
  media?: ReadonlyArray<ConsistencyMedia>;
  /** Issue 14: the language of the body (BCP 47): a country may be named in it. */
  language?: string;
}

export interface ConsistencyMedia {
  kind: "IMAGE" | "ATTACHMENT";
  filename: string;
  altText: string;
}

export interface ConsistencyProblem {
  /** The form field at fault, as in the validation errors: "agreements.1.title", "quotes.0.text", "date" … */
  field: string;
  message: string;
  /** No reason lets it through ("Publish anyway" does not apply): an image without alt text. */
  blocking?: true;
}

// Quotation marks of every style count as the same (absent) character: the words are what must
// match, and a multi-paragraph quote reopens its marks at each paragraph in the body.
const QUOTE_MARKS = new Set(['"', "“", "”", "„", "‟", "«", "»", "‹", "›"]);
const APOSTROPHES = new Set(["‘", "’", "‚", "‛", "`", "´"]);

export const isQuotationMark = (c: string): boolean => QUOTE_MARKS.has(c);

/**
 * Text as compared: no quotation marks, one apostrophe style, no Markdown emphasis, single spaces.
 * `map[i]` is the index in `s` of the normalised text's character `i`, so a match found in the
 * normalised text can be located in the original (lib/domain/quote-marks.ts marks quotes that way).
 */
export function normaliseWithMap(s: string): { text: string; map: number[] } {
  let text = "";
  const map: number[] = [];
  let space = -1; // where a pending run of white space (or quotation marks) began
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "*") continue;
    if (QUOTE_MARKS.has(c) || /\s/.test(c)) {
      if (space < 0) space = i;
      continue;
    }
    if (space >= 0 && text !== "") {
      text += " ";
      map.push(space);
    }
    space = -1;
    text += APOSTROPHES.has(c) ? "'" : c;
    map.push(i);
  }
  return { text, map };
}

function normalise(s: string): string {
  return normaliseWithMap(s).text;
}

/** A quote's words as looked for in the body: normalised, without its closing punctuation. */
export function quoteNeedle(text: string): string {
  // Only quotation-mark style and spacing may differ, and the closing punctuation ("…qualitatively,"
  // A. Hajizadeh said → "…qualitatively.").
  return normalise(text).replace(/[.,;:]+$/, "");
}

/** Normalised and case-folded, with spaces around punctuation-free words for whole-word search. */
function words(s: string): string[] {
  return (
    normalise(s)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

function containsPhrase(haystackWords: readonly string[], needle: string): boolean {
  const n = words(needle);
  if (n.length === 0) return false;
  const hay = ` ${haystackWords.join(" ")} `;
  return hay.includes(` ${n.join(" ")} `);
}

// The words that say what kind of document it is; a body often abbreviates them ("MoU") or
// moves them ("… The Memorandum of Understanding on …"), so they do not have to appear.
const TYPE_WORDS = new Set([
  "joint",
  "declaration",
  "memorandum",
  "memoranda",
  "understanding",
  "mou",
  "agreement",
  "agreements",
  "treaty",
  "contract",
  "protocol",
  "convention",
  "accord",
]);
const STOP_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "on",
  "in",
  "for",
  "to",
  "and",
  "or",
  "between",
  "with",
  "by",
  "at",
  "from",
  "into",
  "its",
  "their",
  "as",
]);

/**
 * An agreement title "appears" when the title itself is in the body, or every distinctive word of
 * it (not a type word, not a small word) is — in any order, since press texts often rephrase
 * ("Belt and Road … The Memorandum of Understanding on … the Initiative").
 */
function titleInBody(title: string, bodyWords: readonly string[], bodySet: ReadonlySet<string>): boolean {
  if (containsPhrase(bodyWords, title)) return true;
  const titleWords = words(title);
  const distinctive = titleWords.filter((w) => !TYPE_WORDS.has(w) && !STOP_WORDS.has(w));
  if (distinctive.length === 0) {
    // Only type words ("Joint Declaration"): the phrase or its abbreviation must be there.
    // "MoU" keeps the "of", "JD" drops it: try both.
    const all = titleWords.map((w) => w[0]).join("");
    const main = titleWords
      .filter((w) => !STOP_WORDS.has(w))
      .map((w) => w[0])
      .join("");
    return [all, main].some((initials) => initials.length > 1 && bodySet.has(initials));
  }
  return distinctive.every((w) => bodySet.has(w));
}

function nameInBody(names: readonly string[], bodyWords: readonly string[]): boolean {
  return names.some((name) => name.trim() !== "" && containsPhrase(bodyWords, name));
}

function countryInBody(
  code: string,
  mentioned: ReadonlySet<string>,
  bodyWords: readonly string[],
  body: { text: string; language?: string },
): boolean {
  if (mentioned.has(code)) return true;
  // Codes the extractor's table does not know: their official English name will do.
  const name = countryName(code);
  if (name !== code && containsPhrase(bodyWords, name)) return true;
  // Issue 14: a body in another language names the country in it ("Azərbaycan", "Азербайджан",
  // "أذربيجان"). Looked for inside words: those languages inflect and prefix it ("Azərbaycanın",
  // "Азербайджана", "وأذربيجان").
  if (!body.language || body.language === "en") return false;
  const local = localCountryName(code, body.language);
  return local !== null && body.text.includes(local);
}

function localCountryName(code: string, language: string): string | null {
  try {
    const name = new Intl.DisplayNames([language], { type: "region", fallback: "none" }).of(code);
    // The stem: an inflected form keeps the first letters of the name (Азербайджан → Азербайджана).
    return name
      ? normalise(name)
          .toLowerCase()
          .slice(0, Math.max(4, name.length - 2))
      : null;
  } catch {
    return null;
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function checkConsistency(release: ConsistencyInput, now: Date): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const bodyWords = words(release.body);
  const bodySet = new Set(bodyWords);
  const bodyText = normalise(release.body);

  release.agreements.forEach((a, i) => {
    if (a.title.trim() !== "" && !titleInBody(a.title, bodyWords, bodySet)) {
      problems.push({
        field: `agreements.${i}.title`,
        message: `Agreement ${i + 1}: its title “${a.title.trim()}” is not mentioned in the body.`,
      });
    }
  });

  release.quotes.forEach((q, i) => {
    // Word for word and case-sensitive (see quoteNeedle).
    const text = quoteNeedle(q.text);
    if (text !== "" && !bodyText.includes(text)) {
      problems.push({
        field: `quotes.${i}.text`,
        message: `Quote ${i + 1}: its text is not in the body word for word.`,
      });
    }
    const names = [q.speaker, ...(q.speakerAliases ?? [])];
    if (q.speaker.trim() !== "" && !nameInBody(names, bodyWords)) {
      problems.push({
        field: `quotes.${i}.speaker`,
        message: `Quote ${i + 1}: the speaker “${q.speaker.trim()}” is not named in the body.`,
      });
    }
  });

  const publication = release.publishAt ?? now;
  // A date-only dateline is in the future only once its date has begun nowhere on Earth: the date
  // starts 14 hours before 00:00 UTC at the easternmost offset, and a release dated "today" is fine.
  const earliest =
    release.datelineOffsetMinutes === null
      ? release.datelineAt.getTime() - MAX_OFFSET_MINUTES * 60_000
      : release.datelineAt.getTime();
  if (earliest > publication.getTime()) {
    problems.push({
      field: "date",
      message: release.publishAt
        ? "The dateline is after the scheduled publication time."
        : "The dateline is in the future: it is after the publication time.",
    });
  }

  const mentioned = new Set(findCountryMentions(release.body).map((m) => m.code));
  const lowerBody = { text: bodyText.toLowerCase(), language: release.language };
  const missing = release.countries.filter((code) => !countryInBody(code, mentioned, bodyWords, lowerBody));
  if (missing.length > 0) {
    problems.push({
      field: "countries",
      message: `${plural(missing.length, "country is", "countries are")} not mentioned in the body: ${missing.map((c) => `${countryName(c)} (${c})`).join(", ")}.`,
    });
  }

  // Issue 13: alt text may wait while drafting, not past submit or publish. Images come first in the
  // form, so an image's number is also its row index there.
  (release.media ?? []).forEach((m, i) => {
    if (m.kind === "IMAGE" && m.altText.trim() === "") {
      problems.push({
        field: `media.${i}.altText`,
        message: `Image ${i + 1} (${m.filename}) has no alt text.`,
        blocking: true,
      });
    }
  });

  return problems;
}

/** "2 consistency problems: …" — the refusal a submit or publish answers with. */
export function consistencyRefusal(problems: readonly ConsistencyProblem[]): string {
  return `${plural(problems.length, "consistency problem", "consistency problems")}: ${problems.map((p) => p.message).join(" ")} Fix them, or give a reason to publish anyway.`;
}

export type GateResult = { ok: true; override: string | undefined } | { ok: false; message: string };

/**
 * Submit, schedule and publish refuse content whose structure disagrees with its body, unless the
 * person gives a reason ("Publish anyway"): the reason is then the override the DAL records. A
 * blocking problem (an image without alt text, issue 13) is refused whatever the reason.
 */
export function consistencyGate(problems: readonly ConsistencyProblem[], reason: string | undefined): GateResult {
  if (problems.length === 0) return { ok: true, override: undefined };
  // Alt text is required, not a judgement call: readers who cannot see the photo get nothing else.
  const blocking = problems.filter((p) => p.blocking);
  if (blocking.length > 0)
    return {
      ok: false,
      message: `${blocking.map((p) => p.message).join(" ")} Alt text is required before submitting or publishing: a reason cannot replace it.`,
    };
  const given = reason?.trim() ?? "";
  if (given === "") return { ok: false, message: consistencyRefusal(problems) };
  return { ok: true, override: given };
}

/** The element id of a problem's field in the release form (components/release-form.tsx). */
export function consistencyFieldId(field: string): string {
  const row = /^(agreements|quotes|media)\.(\d+)\.(\w+)$/.exec(field);
  if (row)
    return `${row[1] === "agreements" ? "agreement" : row[1] === "quotes" ? "quote" : "media"}-${row[2]}-${row[3]}`;
  return field;
}

/** A stored release (the editor DTO's shape) as check input: its speakers with their aliases. */
export function consistencyInputOfRelease(
  r: {
    body: string;
    agreements: ReadonlyArray<{ title: string }>;
    quotes: ReadonlyArray<{ text: string; speaker: { name: string; aliases: readonly string[] } }>;
    countries: readonly string[];
    datelineAt: Date;
    datelineOffsetMinutes?: DatelineOffset;
    media?: ReadonlyArray<ConsistencyMedia>;
    language?: string;
  },
  publishAt?: Date | null,
): ConsistencyInput {
  return {
    language: r.language,
    body: r.body,
    agreements: r.agreements,
    quotes: r.quotes.map((q) => ({ text: q.text, speaker: q.speaker.name, speakerAliases: q.speaker.aliases })),
    countries: r.countries,
    datelineAt: r.datelineAt,
    datelineOffsetMinutes: r.datelineOffsetMinutes,
    publishAt,
    // Images before attachments, as the form lists and posts them (numbers and row ids then agree).
    media: (r.media ?? [])
      .filter((m) => m.kind === "IMAGE")
      .concat((r.media ?? []).filter((m) => m.kind !== "IMAGE"))
      .map((m) => ({ kind: m.kind, filename: m.filename, altText: m.altText })),
  };
}
