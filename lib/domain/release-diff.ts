// Field-aware comparison of two stored states of a release (revision snapshots), for the history
// page. Pure: no Next, no Prisma. Agreements and quotes are matched by identity rather than by
// position, so reordering a list shows up as "moved" instead of "everything changed".
import { diffArrays, diffWords } from "diff";
import { AGREEMENT_TYPE_LABELS, type AgreementTypeValue } from "./agreement-types";
import { formatDateline } from "./dateline";
import type { ReleaseContent } from "./release-content";

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

export interface DiffableRelease extends ReleaseContent {
  status: string;
  agreements: DiffAgreement[];
  quotes: DiffQuote[];
}

// ---------- output ----------

export type TextPartKind = "same" | "added" | "removed";
export interface TextPart {
  kind: TextPartKind;
  text: string;
}

export type TextFieldName = "headline" | "summary" | "body";
export interface TextFieldDiff {
  field: TextFieldName;
  label: string;
  changed: boolean;
  /** The texts differ only in spacing or line breaks, which a word diff does not mark. */
  whitespaceOnly: boolean;
  parts: TextPart[];
}

export type ValueFieldName = "dateline" | "issuer" | "sourceCredit" | "countries" | "topics" | "status";
export interface ValueFieldDiff {
  field: ValueFieldName;
  label: string;
  changed: boolean;
  /** Display text; "" when the field is empty. */
  before: string;
  after: string;
}

export interface ItemFieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** Word-level parts for prose, item-level parts for lists (parties), else removed-then-added. */
  parts: TextPart[];
}

export type ItemChange<T> =
  | { kind: "added"; toIndex: number; after: T }
  | { kind: "removed"; fromIndex: number; before: T }
  | {
      /** "moved": same content at a different place in the order; "changed" may also have moved. */
      kind: "changed" | "moved" | "unchanged";
      fromIndex: number;
      toIndex: number;
      before: T;
      after: T;
      moved: boolean;
      fields: ItemFieldChange[];
    };

export interface ListDiff<T> {
  /** In the new order, with removed items where they used to be. */
  items: ItemChange<T>[];
  /** Something was added, removed or edited (a pure reorder is not a change of content). */
  changed: boolean;
  /** Some items kept their content but changed place. */
  reordered: boolean;
}

export interface ReleaseDiff {
  text: TextFieldDiff[];
  values: ValueFieldDiff[];
  agreements: ListDiff<DiffAgreement>;
  quotes: ListDiff<DiffQuote>;
  /** Anything at all differs, order included. */
  changed: boolean;
}

// ---------- text ----------

/**
 * Edits (in word tokens) beyond which the diff gives up and shows "all removed, all added": Myers'
 * algorithm grows with N·D, and two unrelated 50,000-character bodies took seconds at D = 4,000
 * against ~150 ms at 1,000 — still room for hundreds of scattered edits in one body.
 */
const MAX_EDIT_LENGTH = 1_000;

/** Word-level diff of two texts. Equal texts give one "same" part (none when both are empty). */
export function diffText(before: string, after: string): TextPart[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: before }];
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return replaced(before, after);
  return merge(
    changes
      .filter((c) => c.value !== "")
      .map((c): TextPart => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value })),
  );
}

/** The whole value removed, then the whole new value added (empty sides left out). */
function replaced(before: string, after: string): TextPart[] {
  const parts: TextPart[] = [];
  if (before !== "") parts.push({ kind: "removed", text: before });
  if (after !== "") parts.push({ kind: "added", text: after });
  return parts;
}

/** Joins neighbouring parts of the same kind, so a reader hears one "added" per run. */
function merge(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

function textField(field: TextFieldName, label: string, before: string, after: string): TextFieldDiff {
  const parts = diffText(before, after);
  const changed = before !== after;
  return { field, label, changed, whitespaceOnly: changed && parts.every((p) => p.kind === "same"), parts };
}

function valueField(field: ValueFieldName, label: string, before: string, after: string): ValueFieldDiff {
  return { field, label, changed: before !== after, before, after };
}

// ---------- matching helpers ----------

/** Case, accents' composed forms, punctuation and spacing do not change an item's identity. */
export function normaliseKey(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const wordsA = new Set(normaliseKey(a).split(" ").filter(Boolean));
  const wordsB = new Set(normaliseKey(b).split(" ").filter(Boolean));
  if (wordsA.size === 0 && wordsB.size === 0) return 1;
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  let common = 0;
  for (const word of wordsA) if (wordsB.has(word)) common += 1;
  return (2 * common) / (wordsA.size + wordsB.size);
}

/** Below this, two titles (or quote texts) are different items rather than one edited item. */
export const SIMILARITY_THRESHOLD = 0.5;

type Pairs = Map<number, number>; // old index → new index

/** Pairs still-unmatched items whose keys are equal, first with first (duplicates in order). */
function matchByKey<T>(before: T[], after: T[], pairs: Pairs, key: (item: T) => string | null): void {
  const taken = new Set(pairs.values());
  const waiting = new Map<string, number[]>();
  after.forEach((item, j) => {
    if (taken.has(j)) return;
    const k = key(item);
    if (k === null) return;
    const list = waiting.get(k) ?? [];
    list.push(j);
    waiting.set(k, list);
  });
  before.forEach((item, i) => {
    if (pairs.has(i)) return;
    const k = key(item);
    const j = k === null ? undefined : waiting.get(k)?.shift();
    if (j !== undefined) pairs.set(i, j);
  });
}

/**
 * Pairs still-unmatched items by a score (best first), when `eligible` allows the pair and the score
 * reaches the threshold. Ties go to the pair closest in position, so similar items stay in order.
 */
function matchBySimilarity<T>(
  before: T[],
  after: T[],
  pairs: Pairs,
  score: (a: T, b: T) => number,
  eligible: (a: T, b: T) => boolean = () => true,
  preferred: (a: T, b: T) => boolean = () => false,
): void {
  const taken = new Set(pairs.values());
  const candidates: Array<{ i: number; j: number; score: number; preferred: boolean }> = [];
  before.forEach((a, i) => {
    if (pairs.has(i)) return;
    after.forEach((b, j) => {
      if (taken.has(j) || !eligible(a, b)) return;
      const s = score(a, b);
      if (s >= SIMILARITY_THRESHOLD) candidates.push({ i, j, score: s, preferred: preferred(a, b) });
    });
  });
  candidates.sort(
    (x, y) =>
      y.score - x.score ||
      Number(y.preferred) - Number(x.preferred) ||
      Math.abs(x.i - x.j) - Math.abs(y.i - y.j) ||
      x.i - y.i ||
      x.j - y.j,
  );
  for (const c of candidates) {
    if (pairs.has(c.i) || taken.has(c.j)) continue;
    pairs.set(c.i, c.j);
    taken.add(c.j);
  }
}

/**
 * The matched pairs that must count as moved: those outside a longest run that kept its relative
 * order (so moving one item marks that item, not everything it jumped over).
 */
function movedPairs(pairs: Pairs): Set<number> {
  const byNew = [...pairs.entries()].sort((a, b) => a[1] - b[1]); // [old, new] in new order
  const n = byNew.length;
  const length = new Array<number>(n).fill(1);
  const previous = new Array<number>(n).fill(-1);
  for (let k = 0; k < n; k++) {
    for (let m = 0; m < k; m++) {
      if (byNew[m]![0] < byNew[k]![0] && length[m]! + 1 > length[k]!) {
        length[k] = length[m]! + 1;
        previous[k] = m;
      }
    }
  }
  let end = -1;
  for (let k = 0; k < n; k++) if (end === -1 || length[k]! > length[end]!) end = k;
  const kept = new Set<number>();
  for (let k = end; k !== -1; k = previous[k]!) kept.add(byNew[k]![0]);
  return new Set(byNew.map(([i]) => i).filter((i) => !kept.has(i)));
}

function diffList<T>(before: T[], after: T[], pairs: Pairs, compare: (a: T, b: T) => ItemFieldChange[]): ListDiff<T> {
  const moved = movedPairs(pairs);
  const oldOf = new Map([...pairs.entries()].map(([i, j]) => [j, i]));
  const items: ItemChange<T>[] = after.map((item, j): ItemChange<T> => {
    const i = oldOf.get(j);
    if (i === undefined) return { kind: "added", toIndex: j, after: item };
    const fields = compare(before[i]!, item);
    const isMoved = moved.has(i);
    const kind = fields.length > 0 ? "changed" : isMoved ? "moved" : "unchanged";
    return { kind, fromIndex: i, toIndex: j, before: before[i]!, after: item, moved: isMoved, fields };
  });

  // A removed item goes right after the entry of its nearest earlier neighbour in the old list.
  before.forEach((item, i) => {
    if (pairs.has(i)) return;
    let at = 0;
    for (let k = i - 1; k >= 0; k--) {
      const index = items.findIndex((entry) => entry.kind !== "added" && entry.fromIndex === k);
      if (index !== -1) {
        at = index + 1;
        break;
      }
    }
    items.splice(at, 0, { kind: "removed", fromIndex: i, before: item });
  });

  return {
    items,
    changed: items.some((entry) => entry.kind === "added" || entry.kind === "removed" || entry.kind === "changed"),
    reordered: moved.size > 0,
  };
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

export function compareAgreements(a: DiffAgreement, b: DiffAgreement): ItemFieldChange[] {
  return [
    ...scalarChange("type", "Type", agreementTypeLabel(a.type), agreementTypeLabel(b.type)),
    ...proseChange("title", "Title", a.title, b.title),
    ...listChange("parties", "Parties", a.parties, b.parties),
    ...scalarChange("signedOn", "Signed on", blank(a.signedOn), blank(b.signedOn)),
    ...proseChange("note", "Note", blank(a.note), blank(b.note)),
  ];
}

export function compareQuotes(a: DiffQuote, b: DiffQuote): ItemFieldChange[] {
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

// ---------- the whole release ----------

export const TEXT_FIELD_LABELS: Record<TextFieldName, string> = {
  headline: "Headline",
  summary: "Summary",
  body: "Body",
};

export function diffReleases(before: DiffableRelease, after: DiffableRelease): ReleaseDiff {
  const text = (Object.keys(TEXT_FIELD_LABELS) as TextFieldName[]).map((field) =>
    textField(field, TEXT_FIELD_LABELS[field], before[field], after[field]),
  );
  const dateline = (r: DiffableRelease) => formatDateline(r.datelineAt, r.datelineOffsetMinutes, r.datelinePlace);
  const values = [
    valueField("dateline", "Dateline", dateline(before), dateline(after)),
    valueField("issuer", "Issuer", before.issuer, after.issuer),
    valueField("sourceCredit", "Source credit", blank(before.sourceCredit), blank(after.sourceCredit)),
    valueField("countries", "Countries", before.countries.join(", "), after.countries.join(", ")),
    valueField("topics", "Topics", before.topics.join(", "), after.topics.join(", ")),
    valueField("status", "Status", before.status.toLowerCase(), after.status.toLowerCase()),
  ];
  const agreements = diffAgreements(before.agreements, after.agreements);
  const quotes = diffQuotes(before.quotes, after.quotes);
  return {
    text,
    values,
    agreements,
    quotes,
    changed:
      text.some((f) => f.changed) ||
      values.some((f) => f.changed) ||
      agreements.changed ||
      agreements.reordered ||
      quotes.changed ||
      quotes.reordered,
  };
}
