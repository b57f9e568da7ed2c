/**
 * Deterministic press-release extractor: proposes the structure of a release from its raw text.
 * Pure functions only — no network, no model, no framework — so it runs the same in the editor,
 * in scripts and in tests. Every value keeps the character range it came from.
 */

import type { ExtractJson, ExtractOptions, ExtractedRelease, Range } from "./types";
import { bodyAfterDateline, extractDateline } from "./dateline";
import { readHeader } from "./header";
import { actingCountries, countryOfCapital, findCountryMentions } from "./countries";
import { expandAcronym, qualifyOrganisation, type OrgContext } from "./organisations";
import { PeopleResolver, findPersonMentions } from "./people";
import { extractQuotes } from "./quotes";
import { findQuoteSpans } from "./quote-spans";
import { extractAgreements } from "./agreements";
import { extractIssuer, extractSourceCredit } from "./source";
import { paragraphs, sentences } from "./text-utils";
import { asSeen, prepareText } from "./prepared-text";

export type {
  AgreementType,
  ExtractJson,
  ExtractOptions,
  ExtractedAgreement,
  ExtractedDateline,
  ExtractedQuote,
  ExtractedRelease,
  KnownPerson,
  Range,
} from "./types";

export function extractRelease(rawText: string, options: ExtractOptions = {}): ExtractedRelease {
  // The rules read a prepared text (line ends, wrapped lines, runs of spaces); every range is
  // reported against the text as given.
  const prepared = prepareText(rawText);
  const text = prepared.text;
  const raw = prepared.toRaw;
  const rawOrNull = (r: Range | null) => (r ? raw(r) : null);
  const paras = paragraphs(text);
  const sents = sentences(text);

  const dateline = extractDateline(text);
  const header = readHeader(text, dateline);

  const mentions = findCountryMentions(text);
  const acting = actingCountries(text, mentions);
  const homeCode = (dateline.place ? countryOfCapital(dateline.place) : null) ?? acting[0] ?? null;
  // "Statements for the press following Russia-Turkmenistan talks": a report naming other countries
  // on its way is about the two its headline names; "both countries", "we" and the sides are those.
  const [hs, he] = header.headlineRange ?? [0, 0];
  const headlineStates = acting.filter((code) => mentions.some((m) => m.code === code && m.start >= hs && m.end <= he));
  const pair = acting.length > 2 && headlineStates.length === 2 ? headlineStates : acting;
  const ctx: OrgContext = { homeCode, acting: pair, mentions, bodyFrom: bodyAfterDateline(text, dateline) };

  const people = findPersonMentions(sents);
  const resolver = new PeopleResolver(options.knownPeople ?? [], people);

  const spans = findQuoteSpans(text, paras);
  const { quotes, titles } = extractQuotes(text, spans, sents, resolver, people);

  const agreements = extractAgreements(text, {
    releaseYear: dateline.date ? Number(dateline.date.slice(0, 4)) : null,
    releaseDate: dateline.date,
    titleQuotes: titles,
    sentences: sents,
    headlineRange: header.headlineRange,
    headings: prepared.headings,
    ctx,
  });

  const issuer = extractIssuer(text, header, dateline, ctx);
  const headlineRange = rawOrNull(header.headlineRange);
  const credit = extractSourceCredit(text, dateline, people);

  return {
    // The headline as written: a headline in capitals was read in title case (prepared-text.ts).
    headline: headlineRange ? asSeen(rawText.slice(...headlineRange)) : header.headline,
    headlineRange,
    dateline: {
      place: dateline.place,
      date: dateline.date,
      time: dateline.time,
      utcOffset: dateline.utcOffset,
      range: rawOrNull(dateline.range),
    },
    issuer: issuer?.value ?? null,
    issuerRange: rawOrNull(issuer?.range ?? null),
    sourceCredit: credit?.value ?? null,
    sourceCreditRange: rawOrNull(credit?.range ?? null),
    countries: acting,
    agreements: agreements.map((a) => ({ ...a, range: raw(a.range) })),
    quotes: quotes.map((q) => ({
      ...q,
      range: raw(q.range),
      organisation: q.organisation ? qualifyOrganisation(expandAcronym(q.organisation, text), ctx) : null,
    })),
  };
}

/** The public JSON shape (what `scripts/extract.ts` prints). */
export function toExtractJson(r: ExtractedRelease): ExtractJson {
  return {
    headline: r.headline,
    dateline: {
      place: r.dateline.place,
      date: r.dateline.date,
      time: r.dateline.time,
      utcOffset: r.dateline.utcOffset,
    },
    issuer: r.issuer,
    sourceCredit: r.sourceCredit,
    countries: r.countries,
    agreements: r.agreements.map((a) => ({ type: a.type, title: a.title, parties: a.parties, range: a.range })),
    quotes: r.quotes.map((q) => ({
      speaker: q.speaker,
      role: q.role,
      organisation: q.organisation,
      text: q.text,
      range: q.range,
    })),
  };
}
