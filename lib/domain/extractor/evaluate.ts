/**
 * Scoring an extraction against a hand-made expected structure (the fixtures' `.expected.json`).
 *
 * Matching rules:
 * - agreements: same type and same title, titles compared ignoring case, spaces and punctuation;
 * - parties: (agreement title, party) pairs, party names compared the same way and without a
 *   leading "the"; a party that is only a country name matches any name of that country;
 * - quotes: same speaker and same text, texts compared ignoring quotation-mark style,
 *   whitespace, case and a final comma or full stop;
 * - dateline: one item per release, right when place, date, time and offset all match.
 */

import type { AgreementType, ExtractJson } from "./types";
import { countryCodeOf } from "./countries";

export interface ExpectedRelease {
  source?: string;
  headline: string | null;
  dateline: { place: string | null; date: string | null; time: string | null; utcOffset: string | null };
  issuer: string | null;
  sourceCredit: string | null;
  countries: string[];
  agreements: { type: AgreementType; title: string; parties: string[] }[];
  quotes: { speaker: string | null; role?: string | null; organisation?: string | null; text: string }[];
}

export interface Counts {
  tp: number;
  predicted: number;
  expected: number;
}

export interface FixtureScore {
  agreements: Counts;
  parties: Counts;
  quotes: Counts;
  dateline: Counts;
  /** Headline, issuer, source credit and countries, each right or wrong. */
  fields: { headline: boolean; issuer: boolean; sourceCredit: boolean; countries: boolean };
  /** Among matched quotes, how many also have the expected role and organisation (not scored). */
  quoteDetails: { right: number; of: number };
  /** Every compared value right. */
  exact: boolean;
  mismatches: string[];
}

export function normTitle(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export function normParty(s: string): string {
  const code = countryCodeOf(s.replace(/^the\s+/i, "").trim());
  if (code) return `country:${code}`;
  return normTitle(s.replace(/^the\s+/i, ""));
}

export function normQuote(s: string): string {
  return s
    .replace(/["“”„«»‘’']/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,]$/, "")
    .toLowerCase();
}

function normSpeaker(s: string | null): string {
  return s === null ? "" : normTitle(s);
}

/** Count matches between two multisets of keys. */
function matchCount(predicted: string[], expected: string[]): number {
  const pool = new Map<string, number>();
  for (const e of expected) pool.set(e, (pool.get(e) ?? 0) + 1);
  let tp = 0;
  for (const p of predicted) {
    const n = pool.get(p) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(p, n - 1);
    }
  }
  return tp;
}

function counts(predicted: string[], expected: string[]): Counts {
  return { tp: matchCount(predicted, expected), predicted: predicted.length, expected: expected.length };
}

const eqText = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : normTitle(a) === normTitle(b);

export function scoreFixture(got: ExtractJson, want: ExpectedRelease): FixtureScore {
  const mismatches: string[] = [];
  const agreementKey = (a: { type: string; title: string }) => `${a.type}|${normTitle(a.title)}`;
  const agreements = counts(got.agreements.map(agreementKey), want.agreements.map(agreementKey));
  const partyKeys = (list: { title: string; parties: string[] }[]) =>
    list.flatMap((a) => a.parties.map((p) => `${normTitle(a.title)}|${normParty(p)}`));
  const parties = counts(partyKeys(got.agreements), partyKeys(want.agreements));
  const quoteKey = (q: { speaker: string | null; text: string }) => `${normSpeaker(q.speaker)}|${normQuote(q.text)}`;
  const quotes = counts(got.quotes.map(quoteKey), want.quotes.map(quoteKey));

  const d = got.dateline;
  const w = want.dateline;
  const some = (x: typeof d) => x.place !== null || x.date !== null || x.time !== null || x.utcOffset !== null;
  const datelineRight =
    eqText(d.place, w.place) && d.date === w.date && d.time === w.time && d.utcOffset === w.utcOffset;
  const dateline: Counts = {
    tp: datelineRight && some(w) ? 1 : 0,
    predicted: some(d) ? 1 : 0,
    expected: some(w) ? 1 : 0,
  };
  if (!datelineRight) mismatches.push(`dateline: got ${JSON.stringify(d)}, want ${JSON.stringify(w)}`);

  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const fields = {
    headline: eqText(got.headline, want.headline),
    issuer: eqText(got.issuer, want.issuer),
    sourceCredit: eqText(got.sourceCredit, want.sourceCredit),
    countries: sameSet(got.countries, want.countries),
  };
  if (!fields.headline)
    mismatches.push(`headline: got ${JSON.stringify(got.headline)}, want ${JSON.stringify(want.headline)}`);
  if (!fields.issuer) mismatches.push(`issuer: got ${JSON.stringify(got.issuer)}, want ${JSON.stringify(want.issuer)}`);
  if (!fields.sourceCredit)
    mismatches.push(`sourceCredit: got ${JSON.stringify(got.sourceCredit)}, want ${JSON.stringify(want.sourceCredit)}`);
  if (!fields.countries) mismatches.push(`countries: got ${got.countries.join(",")}, want ${want.countries.join(",")}`);

  const wantAgreements = new Set(want.agreements.map(agreementKey));
  const gotAgreements = new Set(got.agreements.map(agreementKey));
  for (const a of got.agreements)
    if (!wantAgreements.has(agreementKey(a))) mismatches.push(`extra agreement: ${a.type} "${a.title}"`);
  for (const a of want.agreements)
    if (!gotAgreements.has(agreementKey(a))) mismatches.push(`missed agreement: ${a.type} "${a.title}"`);
  for (const a of want.agreements) {
    const g = got.agreements.find((x) => agreementKey(x) === agreementKey(a));
    if (!g) continue;
    const gp = g.parties.map(normParty).sort().join(" / ");
    const wp = a.parties.map(normParty).sort().join(" / ");
    if (gp !== wp)
      mismatches.push(`parties of "${a.title}": got [${g.parties.join("; ")}], want [${a.parties.join("; ")}]`);
  }
  const wantQuotes = new Set(want.quotes.map(quoteKey));
  const gotQuotes = new Set(got.quotes.map(quoteKey));
  for (const q of got.quotes)
    if (!wantQuotes.has(quoteKey(q))) mismatches.push(`extra quote: ${q.speaker ?? "?"}: "${q.text.slice(0, 70)}"`);
  for (const q of want.quotes)
    if (!gotQuotes.has(quoteKey(q))) mismatches.push(`missed quote: ${q.speaker ?? "?"}: "${q.text.slice(0, 70)}"`);

  const quoteDetails = { right: 0, of: 0 };
  const wantByKey = new Map(want.quotes.map((q) => [quoteKey(q), q]));
  for (const q of got.quotes) {
    const w = wantByKey.get(quoteKey(q));
    if (!w || w.role === undefined) continue;
    quoteDetails.of++;
    if (eqText(q.role, w.role ?? null) && eqText(q.organisation, w.organisation ?? null)) quoteDetails.right++;
  }

  const full = (c: Counts) => c.tp === c.predicted && c.tp === c.expected;
  const exact =
    full(agreements) &&
    full(parties) &&
    full(quotes) &&
    datelineRight &&
    Object.values(fields).every(Boolean) &&
    got.agreements.length === want.agreements.length;
  return { agreements, parties, quotes, dateline, fields, quoteDetails, exact, mismatches };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, expected: a.expected + b.expected };
}

/** Precision and recall; an empty side counts as perfect (nothing to get wrong). */
export function precisionRecall(c: Counts): { precision: number; recall: number } {
  return {
    precision: c.predicted === 0 ? 1 : c.tp / c.predicted,
    recall: c.expected === 0 ? 1 : c.tp / c.expected,
  };
}
