/**
 * Who speaks when the quotation does not say so by a name: "he said" after sentences about several
 * people, a role ("the High Commissioner"), a body ("the ministry said"), a sentence that reports
 * someone's words before the quotation.
 */

import {
  SPEECH_VERBS,
  parseSpeakerPhrase,
  type PeopleResolver,
  type PersonMention,
  type PersonRef,
  type SpeakerPhrase,
} from "./people";
import { nameFits } from "./names";
import { ROLE_ALT } from "./roles";
import { countryCodeOf, findCountryMentions } from "./countries";
import { sentenceAt, titleCase, type Span } from "./text-utils";

export interface Attribution {
  phrase: SpeakerPhrase;
  /** Where the speaker phrase is written (for resolving short forms to earlier full names). */
  at: number;
}

const ROLE_SUBJECT = new RegExp(`^(?:The|the)\\s+((?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}(?:${ROLE_ALT}))\\b`, "iu");

/** Keep the last clause of a long lead-in: "Reminding that ..., A. Hajizade" → last segments. */
export function lastClauses(s: string, n: number): string {
  const parts = s.split(/,\s*/);
  return parts.slice(Math.max(0, parts.length - n)).join(", ");
}

/** The last body named before `limit` whose name ends in the phrase's head word: "the ministry" → "Russian Foreign Ministry". */
export function namedOrganisation(text: string, phrase: string, limit: number): string | null {
  const head = phrase.trim().split(/\s+/).pop()!;
  const cap = head.charAt(0).toUpperCase() + head.slice(1).toLowerCase();
  const re = new RegExp(
    `(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}${cap}(?:\\s+of(?:\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*)+)?(?![\\p{L}])`,
    "gu",
  );
  let last: string | null = null;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) last = m[0].replace(/^The\s+/, "");
  return last;
}

const REPORTING = new RegExp(`^(.{2,160}?)\\s+(?:also\\s+)?(?:${SPEECH_VERBS}|implied|indicated|acknowledged)\\b`, "u");

/**
 * Who a sentence says is speaking, from its words before any quotation mark: the subject of a speech
 * verb ("X, the director, says the …", "He said …") or the name after it ("…, says Minister X.").
 */
// "Owharo listed the countries …, saying that …": a name (or "The <role>") as the subject of a
// sentence that reports speech with a participle.
const PARTICIPLE_REPORT =
  /^((?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+\p{Ll}[^"“”]*?,\s+(?:saying|adding|noting|stressing|explaining|insisting|declaring)\b/u;

// "This was stated by President X in a statement to the media following talks with Y in Kyiv.": the
// passive names who spoke after "by" (batch 19 dev).
const STATED_BY =
  /\b(?:was|were|has\s+been)\s+(?:stated|said|announced|noted|emphasi[sz]ed|declared|underlined|stressed)\s+by\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}'’-]*)/u;

function sentenceSpeaker(sentence: string): SpeakerPhrase | null {
  const plain = sentence.split(/["“”‘]/)[0] ?? "";
  const stated = STATED_BY.exec(plain);
  if (stated?.[1]) {
    const phrase = parseSpeakerPhrase(stated[1]);
    if (phrase.name) return phrase;
  }
  // "According to Lee, the deal will close in May.": Lee's words reported.
  const according = /^\s*According\s+to\s+([^,.;]{2,80}),/u.exec(plain);
  if (according?.[1]) {
    const phrase = parseSpeakerPhrase(according[1]);
    if (phrase.name || phrase.role) return phrase;
  }
  const participle = PARTICIPLE_REPORT.exec(plain);
  if (participle?.[1]) {
    const phrase = parseSpeakerPhrase(participle[1]);
    if (phrase.name || phrase.role) return phrase;
  }
  const m = REPORTING.exec(plain);
  if (m && m[1]) {
    const phrase = parseSpeakerPhrase(lastClauses(m[1].replace(/,\s*$/, ""), 3));
    if (phrase.name || phrase.pronoun || phrase.role) return phrase;
  }
  const after = new RegExp(`,\\s*(?:${SPEECH_VERBS})\\s+([^,.;]{3,120}?)\\.?\\s*$`, "u").exec(plain);
  if (after && after[1]) {
    const phrase = parseSpeakerPhrase(after[1]);
    if (phrase.name) return phrase;
  }
  return null;
}

/** The speaker of the sentence right before `open` when it reports speech: "X, the director, says the …". */
export function reportedSpeaker(text: string, open: number, sentenceSpans: readonly Span[]): Attribution | null {
  const prev = sentenceSpans.filter((s) => s.end <= open).pop();
  if (!prev || !/^\s*$/.test(text.slice(prev.end, open)) || /["“”‘’]/.test(prev.text)) return null;
  const phrase = sentenceSpeaker(prev.text);
  return phrase ? { phrase, at: prev.start } : null;
}

/**
 * "he added": the subject of the sentence before the quotation. When that sentence opens with a
 * role and names nobody ("The Executive Director praised ..."), the speaker is that unnamed role;
 * otherwise the person most recently named.
 */
export function pronounReferent(
  text: string,
  quoteStart: number,
  sentenceSpans: readonly Span[],
  resolver: PeopleResolver,
  mentions: readonly PersonMention[],
): PersonRef | null {
  const current = sentenceAt(sentenceSpans, quoteStart);
  const idx = current ? sentenceSpans.indexOf(current) : -1;
  const prevIdx = idx > 0 ? idx - 1 : sentenceSpans.filter((s) => s.end <= quoteStart).length - 1;
  const prev = sentenceSpans[prevIdx];
  // The sentences before that report speech, nearest first: "Kasoulides said he was “… with
  // Secretary Cleverly.”" / "“…,” he noted." is Kasoulides's; a "he said …" before it sends the
  // search one sentence further back; "The High Commissioner said this …" is the person given that role.
  // Only for a quotation that opens its sentence: one after other words ("…,” said X. He
  // continued, “…”) has its antecedent right there, the person named last.
  const opensSentence = !current || /^[\s"“‘«„]*$/.test(text.slice(current.start, quoteStart));
  for (let k = opensSentence ? prevIdx : -1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
    const said = sentenceSpeaker(sentenceSpans[k]!.text);
    if (!said) break;
    if (said.name) return resolver.resolve(said.name, sentenceSpans[k]!.start);
    if (said.role) {
      const holder = roleReferent(text, said, quoteStart, mentions, resolver);
      if (holder.name) return holder;
      break;
    }
  }
  if (prev) {
    const named = mentions.some((m) => m.start >= prev.start && m.end <= prev.end);
    const role = ROLE_SUBJECT.exec(prev.text);
    if (!named && role && role[1]) return { name: "", role: titleCase(role[1]), organisation: null };
  }
  // The subject of the sentence the pronoun continues is its antecedent before anyone named later
  // in it: "The DU VC thanked Prof Duan for … , he said" is the VC's.
  // A sentence whose subject is no person ("The memorandum will help, he said") hands over to the one before.
  const chain = opensSentence ? [prevIdx] : [idx, idx - 1];
  // "Mr Goff also met with Prime Minister Sir Allan Kemakeza. He also opened a course.": a pronoun
  // subject continues the subject of the sentence before it, not the person named last.
  if (opensSentence && prev && /^\s*(?:He|She)\s/.test(prev.text)) chain.push(prevIdx - 1);
  for (const k of chain) {
    const sentence = k >= 0 ? sentenceSpans[k] : undefined;
    const subject = sentence ? subjectOf(text, sentence, quoteStart, mentions, resolver) : null;
    if (subject) return subject;
  }
  const last = resolver.lastNamedBefore(quoteStart);
  if (!last) return null;
  const r = resolver.resolve(last.name, last.start);
  return r;
}

// What may stand before a sentence's subject: an opening phrase set off by a comma ("Speaking at the
// ceremony, …", "On Monday, …").
const OPENING_PHRASE = /^(?:[^,"“”]{2,60},\s+)?/u;
const TIME_THEN_SURNAME =
  /^(?:(?:Later|Earlier|Then|Meanwhile|Afterwards)\s+)?(?:(?:on|that|this|last|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|morning|afternoon|evening|week)\s+)?(\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u;

// "The Rector thanked Director …": the shortest role at the start (ROLE_SUBJECT's words may run on).
const LEAD_ROLE = new RegExp(`^(?:The|the)\\s+((?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}?(?:${ROLE_ALT}))\\b`, "iu");

/** The person a sentence opens with as its subject: a name (with its role before it) or "The <role>". */
function subjectOf(
  text: string,
  sentence: Span,
  limit: number,
  mentions: readonly PersonMention[],
  resolver: PeopleResolver,
): PersonRef | null {
  const opening = OPENING_PHRASE.exec(sentence.text)?.[0] ?? "";
  for (const lead of opening ? ["", opening] : [""]) {
    const from = sentence.start + lead.length;
    const first = mentions.find((m) => m.start >= from && m.end <= Math.min(sentence.end, limit));
    // Only capitalised words (a role, a title) between the start and the name: it is the subject.
    if (first && /^(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u.test(text.slice(from, first.start)))
      return resolver.resolve(first.name, first.start);
    // "Later on Tuesday Mitsotakis met …, where he …": a surname (after a time without a comma) of
    // someone named in full before is the subject.
    const surname = TIME_THEN_SURNAME.exec(text.slice(from, sentence.end))?.[1];
    const known = surname && mentions.find((m) => m.end <= sentence.start && nameFits(surname, m.name));
    if (known && surname) return resolver.resolve(known.name, from);
    const role = LEAD_ROLE.exec(text.slice(from, sentence.end));
    if (role?.[1]) {
      const holder = roleReferent(text, parseSpeakerPhrase(role[1]), limit, mentions, resolver);
      if (holder.name) return holder;
    }
  }
  return null;
}

/** "Belarusian President" → BY and "President"; a role with no country first is returned whole. */
function leadingCountry(role: string): { country: string | null; rest: string } {
  const m = /^(\p{Lu}[\p{L}'’-]*)\s+(.+)$/u.exec(role.trim());
  const country = m ? countryCodeOf(m[1]!) : null;
  return country ? { country, rest: m![2]! } : { country: null, rest: role };
}

// What follows a speaker's state or body and tells when or where: "… during a conversation with …".
const CIRCUMSTANCE = /\s+(?:during|at|after|following|before|while|when|as|in|on|with|to)\s.*$/;

const SPOKES = /^(?:spokesperson|spokesman|spokeswoman|press secretary)$/i;
// "the Norwegian envoy" is the ambassador (or high commissioner) the text names.
const ENVOYS = /^(?:envoy|ambassador|high commissioner)$/i;

/** "The Spokesperson of the Foreign Ministry emphasized:" → the person the text gave that role. */
export function roleReferent(
  text: string,
  phrase: SpeakerPhrase,
  quoteStart: number,
  mentions: readonly PersonMention[],
  resolver: PeopleResolver,
): PersonRef {
  // "India’s High Commissioner to Sri Lanka" holds the role "high commissioner".
  const head = (r: string) =>
    r
      .toLowerCase()
      .replace(/^\S+['’]s\s+/, "")
      .replace(/\s+(?:of|for|at|to|in)\b.*$/, "")
      .trim();
  // "the Belarusian president": the country is not part of the role the text gave the person
  // ("Belarus President Aleksandr Lukashenko" has the role President) but says which president.
  const lead = leadingCountry(phrase.role ?? "");
  const { rest } = lead;
  // "the head of state" (also "the Ukrainian Head of State") is the president (or monarch) the text
  // names; "the head of government" the prime minister.
  const headOf = /^head$/i.test(rest) ? /^(state|government)$/i.exec(phrase.organisation ?? "") : null;
  // "the head of the Uzbekistan Foreign Ministry" is the minister, of the country the ministry names.
  const ministry = /^head$/i.test(phrase.role ?? "") && /\bministry\b/i.test(phrase.organisation ?? "");
  // "the President of Ukraine emphasized": the country the role is of.
  // ("… said the President of Ukraine during a conversation with the media": what follows the state
  // tells when.)
  const ofState = phrase.organisation
    ? countryCodeOf(phrase.organisation.replace(/^the\s+/i, "").replace(CIRCUMSTANCE, ""))
    : null;
  const country = ministry
    ? (findCountryMentions(phrase.organisation ?? "")[0]?.code ?? null)
    : (lead.country ?? ofState);
  // "the Ukrainian leader": the president of that country.
  const wanted = headOf
    ? headOf[1]!.toLowerCase() === "state"
      ? "president"
      : "prime minister"
    : ministry
      ? "minister"
      : /^leader$/i.test(head(rest)) && lead.country
        ? "president"
        : head(rest);
  const fits = (m: PersonMention) => {
    if (!m.role) return false;
    const h = head(leadingCountry(m.role).rest);
    // "the Acme chief executive" is the chief executive the text names (of Acme, as it happens).
    return (
      h === wanted ||
      h.endsWith(` ${wanted}`) ||
      wanted.endsWith(` ${h}`) ||
      (SPOKES.test(h) && SPOKES.test(wanted)) ||
      (ENVOYS.test(h) && ENVOYS.test(wanted))
    );
  };
  const ofCountryCode = (m: PersonMention, code: string) =>
    findCountryMentions(
      `${text.slice(Math.max(0, m.start - 40), m.start)} ${m.role ?? ""} ${m.organisation ?? ""}`,
    ).some((c) => c.code === code);
  const ofCountry = (m: PersonMention) => country !== null && ofCountryCode(m, country);
  // The nearest holder of the role named before the quotation, else the first one after it; of the
  // country named, when the phrase names one and the text says whose the holders are.
  const holders = mentions.filter(fits);
  const ofIt = country ? holders.filter(ofCountry) : [];
  // "“…,” the President said" on a president's own site, which calls its president "President X"
  // and the guest "President of the Republic of Turkey Y": the bare role is the one given bare.
  // ("Thai Prime Minister Thaksin Shinawatra": the nationality before the role qualifies it too.)
  const nationalityBefore = (m: PersonMention) => {
    const roleAt = m.role ? text.lastIndexOf(m.role, m.start) : -1;
    return roleAt >= 0 && findCountryMentions(text.slice(Math.max(0, roleAt - 16), roleAt)).length > 0;
  };
  const bare = (m: PersonMention) =>
    !m.organisation && !leadingCountry(m.role ?? "").country && !/\bof\b/i.test(m.role ?? "") && !nationalityBefore(m);
  const unqualified = !country && !phrase.organisation && !headOf ? holders.filter(bare) : [];
  // Else "the Head of State", "the President" alone is the home state's (the first the text names),
  // when the holders are told apart by their countries: a presidential site's own president.
  // (The text is scanned for its first country only when that can decide.)
  const home =
    !country && (!phrase.organisation || headOf) && holders.length > 1
      ? (findCountryMentions(text)[0]?.code ?? null)
      : null;
  const homeOnes = home ? holders.filter((m) => ofCountryCode(m, home)) : [];
  const own = homeOnes.length > 0 && homeOnes.length < holders.length ? homeOnes : [];
  // "said the President of Chile" where every president the text names is another state's: none of
  // them (the holder is named only without the role, batch 24 dev).
  const othersOnly =
    country !== null &&
    ofIt.length === 0 &&
    holders.length > 0 &&
    holders.every((m) =>
      findCountryMentions(`${m.role ?? ""} ${m.organisation ?? ""}`).some((c) => c.code !== country),
    );
  const candidates = othersOnly ? [] : ([ofIt, unqualified, own].find((c) => c.length > 0) ?? holders);
  const before = candidates.filter((m) => m.start < quoteStart).pop();
  const pick = before ?? candidates[0];
  if (pick) return resolver.resolve(pick.name, pick.start);
  return { name: "", role: phrase.role, organisation: phrase.organisation?.replace(CIRCUMSTANCE, "") ?? null };
}
