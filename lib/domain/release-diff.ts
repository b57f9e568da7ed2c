// Field-aware comparison of two stored states of a release (revision snapshots), for the history
// page. Pure: no Next, no Prisma. Agreements and quotes are matched by identity rather than by
// position, so reordering a list shows up as "moved" instead of "everything changed".
import { diffArrays } from "diff";
import { AGREEMENT_TYPE_LABELS, type AgreementTypeValue } from "./agreement-types";
import { formatDateline } from "./dateline";
import {
  diffList,
  matchByKey,
  matchBySimilarity,
  normaliseKey,
  similarity,
  type ItemChange,
  type ItemFieldChange,
  type ListDiff,
  type Pairs,
} from "./list-diff";
import type { ReleaseContent } from "./release-content";
import { diffText, replaced, type TextPart } from "./text-diff";

// ---------- input: the parts of a release the diff looks at ----------

export interface DiffAgreement {
  type: string;
  title: string;
  parties: string[];
  signedOn: string | null;
  note: string | null;
}

export interface DiffQuote {
  text: string;
  context: string | null;
  /** The slug, when known, identifies the person even if the name was respelled (an alias). */
  speaker: { name: string; slug?: string };
  speakerRole: string | null;
  speakerOrganisation: string | null;
}

/** An image or attachment as an edition uses it (issue 13); the file (assetId) is its identity. */
export interface DiffMedia {
  assetId: string;
  kind: string;
  role: string;
  filename: string;
  altText: string;
  caption: string | null;
  credit: string | null;
  title: string | null;
}

export interface DiffableRelease extends ReleaseContent {
  status: string;
  agreements: DiffAgreement[];
  quotes: DiffQuote[];
  /** Undefined in revisions written before issue 13: no media then. */
  media?: DiffMedia[];
}

// ---------- output (the list parts are in list-diff.ts, the text parts in text-diff.ts) ----------

export type TextFieldName = "headline" | "summary" | "body";
export interface TextFieldDiff {
  field: TextFieldName;
  label: string;
  changed: boolean;
  /** The texts differ only in spacing or line breaks, which a word diff does not mark. */
  whitespaceOnly: boolean;
  parts: TextPart[];
}

export type ValueFieldName =
  "dateline" | "issuer" | "sourceCredit" | "mediaContact" | "countries" | "topics" | "status";
export interface ValueFieldDiff {
  field: ValueFieldName;
  label: string;
  changed: boolean;
  /** Display text; "" when the field is empty. */
  before: string;
  after: string;
}

export interface ReleaseDiff {
  text: TextFieldDiff[];
  values: ValueFieldDiff[];
  agreements: ListDiff<DiffAgreement>;
  quotes: ListDiff<DiffQuote>;
  media: ListDiff<DiffMedia>;
  /** Anything at all differs, order included. */
  changed: boolean;
}

// ---------- fields of the release ----------

function textField(field: TextFieldName, label: string, before: string, after: string): TextFieldDiff {
  const parts = diffText(before, after);
  const changed = before !== after;
  return { field, label, changed, whitespaceOnly: changed && parts.every((p) => p.kind === "same"), parts };
}

function valueField(field: ValueFieldName, label: string, before: string, after: string): ValueFieldDiff {
  return { field, label, changed: before !== after, before, after };
}
// ---------- field-by-field comparison of matched items ----------

const blank = (value: string | null | undefined) => value ?? "";

function scalarChange(field: string, label: string, before: string, after: string): ItemFieldChange[] {
  return before === after ? [] : [{ field, label, before, after, parts: replaced(before, after) }];
}

function proseChange(field: string, label: string, before: string, after: string): ItemFieldChange[] {
  return before === after ? [] : [{ field, label, before, after, parts: diffText(before, after) }];
}

function listChange(field: string, label: string, before: string[], after: string[]): ItemFieldChange[] {
  if (before.length === after.length && before.every((value, i) => value === after[i])) return [];
  const parts = diffArrays(before, after).flatMap((change) =>
    change.value.map((text): TextPart => ({
      kind: change.added ? "added" : change.removed ? "removed" : "same",
      text,
    })),
  );
  return [{ field, label, before: before.join("; "), after: after.join("; "), parts }];
}

export function agreementTypeLabel(type: string): string {
  return AGREEMENT_TYPE_LABELS[type as AgreementTypeValue] ?? type;
}

function compareAgreements(a: DiffAgreement, b: DiffAgreement): ItemFieldChange[] {
  return [
    ...scalarChange("type", "Type", agreementTypeLabel(a.type), agreementTypeLabel(b.type)),
    ...proseChange("title", "Title", a.title, b.title),
    ...listChange("parties", "Parties", a.parties, b.parties),
    ...scalarChange("signedOn", "Signed on", blank(a.signedOn), blank(b.signedOn)),
    ...proseChange("note", "Note", blank(a.note), blank(b.note)),
  ];
}

function compareQuotes(a: DiffQuote, b: DiffQuote): ItemFieldChange[] {
  return [
    ...scalarChange("speaker", "Speaker", a.speaker.name, b.speaker.name),
    ...scalarChange("speakerRole", "Speaker role", blank(a.speakerRole), blank(b.speakerRole)),
    ...scalarChange(
      "speakerOrganisation",
      "Speaker organisation",
      blank(a.speakerOrganisation),
      blank(b.speakerOrganisation),
    ),
    ...proseChange("text", "Quote text", a.text, b.text),
    ...proseChange("context", "Context", blank(a.context), blank(b.context)),
  ];
}

// ---------- lists ----------

/**
 * Agreements matched by (type + normalised title), then by title similarity (same type preferred,
 * so a retyped agreement is one "changed" item), then by the same type and the same parties (a
 * rewritten title). Whatever is left was added or removed.
 */
export function diffAgreements(before: DiffAgreement[], after: DiffAgreement[]): ListDiff<DiffAgreement> {
  const pairs: Pairs = new Map();
  matchByKey(before, after, pairs, (a) => `${a.type}\u0000${normaliseKey(a.title)}`);
  matchBySimilarity(
    before,
    after,
    pairs,
    (a, b) => similarity(a.title, b.title),
    undefined,
    (a, b) => a.type === b.type,
  );
  matchByKey(before, after, pairs, (a) =>
    a.parties.length > 0 ? `${a.type}\u0000${a.parties.map(normaliseKey).join("\u0000")}` : null,
  );
  return diffList(before, after, pairs, compareAgreements);
}

function speakerKey(q: DiffQuote): string {
  return q.speaker.slug ? `slug:${q.speaker.slug}` : `name:${normaliseKey(q.speaker.name)}`;
}

/**
 * Quotes matched by (speaker + normalised text), then by the same speaker and a similar text, then
 * by the same text alone (the speaker's name was corrected). Whatever is left was added or removed.
 */
export function diffQuotes(before: DiffQuote[], after: DiffQuote[]): ListDiff<DiffQuote> {
  const pairs: Pairs = new Map();
  matchByKey(before, after, pairs, (q) => `${speakerKey(q)}\u0000${normaliseKey(q.text)}`);
  matchBySimilarity(
    before,
    after,
    pairs,
    (a, b) => similarity(a.text, b.text),
    (a, b) => speakerKey(a) === speakerKey(b),
  );
  matchByKey(before, after, pairs, (q) => normaliseKey(q.text) || null);
  return diffList(before, after, pairs, compareQuotes);
}

// ---------- media (issue 13) ----------

const isImage = (m: DiffMedia) => m.kind !== "ATTACHMENT";

function compareMedia(a: DiffMedia, b: DiffMedia): ItemFieldChange[] {
  const lead = (m: DiffMedia) => (m.role === "LEAD" ? "yes" : "no");
  return isImage(b)
    ? [
        ...proseChange("altText", "Alt text", a.altText, b.altText),
        ...proseChange("caption", "Caption", blank(a.caption), blank(b.caption)),
        ...scalarChange("credit", "Credit", blank(a.credit), blank(b.credit)),
        ...scalarChange("lead", "Lead image", lead(a), lead(b)),
      ]
    : [...proseChange("title", "Attachment title", blank(a.title), blank(b.title))];
}

/** Media matched by their file: the same upload used again is the same item, whatever its words. */
export function diffMedia(before: DiffMedia[], after: DiffMedia[]): ListDiff<DiffMedia> {
  const pairs: Pairs = new Map();
  matchByKey(before, after, pairs, (m) => m.assetId);
  return diffList(before, after, pairs, compareMedia);
}

/** "Image added", "Alt text changed, caption changed", "Attachment moved"; null when unchanged. */
export function mediaChangeSummary(item: ItemChange<DiffMedia>): string | null {
  const noun = isImage(item.kind === "removed" ? item.before : item.after) ? "Image" : "Attachment";
  if (item.kind === "added") return `${noun} added`;
  if (item.kind === "removed") return `${noun} removed`;
  if (item.kind === "moved") return `${noun} moved`;
  if (item.kind === "unchanged") return null;
  const fields = item.fields.map((f) => `${f.label.toLowerCase()} changed`).join(", ");
  return fields.charAt(0).toUpperCase() + fields.slice(1);
}

// ---------- the whole release ----------

const TEXT_FIELD_LABELS: Record<TextFieldName, string> = {
  headline: "Headline",
  summary: "Summary",
  body: "Body",
};

/** "Leyla Aliyeva · press@mfa.gov.az · +994 12 492 92 27", or "" when the release names no contact. */
function mediaContact(r: DiffableRelease): string {
  return [r.mediaContactName, r.mediaContactEmail, r.mediaContactPhone].filter(Boolean).join(" · ");
}

export function diffReleases(before: DiffableRelease, after: DiffableRelease): ReleaseDiff {
  const text = (Object.keys(TEXT_FIELD_LABELS) as TextFieldName[]).map((field) =>
    textField(field, TEXT_FIELD_LABELS[field], before[field], after[field]),
  );
  const dateline = (r: DiffableRelease) => formatDateline(r.datelineAt, r.datelineOffsetMinutes, r.datelinePlace);
  const values = [
    valueField("dateline", "Dateline", dateline(before), dateline(after)),
    valueField("issuer", "Issuer", before.issuer, after.issuer),
    valueField("sourceCredit", "Source credit", blank(before.sourceCredit), blank(after.sourceCredit)),
    valueField("mediaContact", "Media contact", mediaContact(before), mediaContact(after)),
    valueField("countries", "Countries", before.countries.join(", "), after.countries.join(", ")),
    valueField("topics", "Topics", before.topics.join(", "), after.topics.join(", ")),
    valueField("status", "Status", before.status.toLowerCase(), after.status.toLowerCase()),
  ];
  const agreements = diffAgreements(before.agreements, after.agreements);
  const quotes = diffQuotes(before.quotes, after.quotes);
  const media = diffMedia(before.media ?? [], after.media ?? []);
  return {
    text,
    values,
    agreements,
    quotes,
    media,
    changed:
      text.some((f) => f.changed) ||
      values.some((f) => f.changed) ||
      agreements.changed ||
      agreements.reordered ||
      quotes.changed ||
      quotes.reordered ||
      media.changed ||
      media.reordered,
  };
}
