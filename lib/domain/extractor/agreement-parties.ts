/**
 * Agreement parties from the sentence around a mention ("X and Y signed ...", "signed by X and Y",
 * "the heads of state of A and B ..."); a parties clause on its own is read in agreement-party-lists.
 */

import type { ExtractedAgreement } from "./types";
import { countryCodeOf, findCountryMentions, preferredCountryName } from "./countries";
import { cleanParty, expandCollective, type OrgContext } from "./organisations";
import { hasRoleHead } from "./roles";
import { LEAD_ADVERBIAL, type Span, squeeze } from "./text-utils";
import { bodiesSigning, signatoryBody, statesOfSignatories } from "./agreement-signatories";
import { distributivePlural, formalParty, portfolioPlural, splitParties } from "./agreement-party-lists";
import { CONGRATULATED_ON_SIGNING, SIGNING_CIRCUMSTANCE } from "./agreement-signals";
import { counterpartAfter } from "./agreement-counterparts";

/** Where a mention stands in the text. */
type Extent = Pick<Span, "start" | "end">;

// ---------------------------------------------------------------------------------------------
// Parties from the sentence around a mention

const DESCRIBED_BODY =
  /^(?:[\p{Ll}-]+\s+){0,3}(?:company|firm|group|manufacturer|maker|producer|operator|provider|developer|start-?up|carrier|airline|bank|insurer|retailer|supplier|exporter|importer|miner|utility)\s+(?=\p{Lu})/u;
// "announced today the signing of", "formalised their partnership with the signing of", "has
// executed": the verbs whose subject signs.
// "… signed with the Prime Minister": the leader the speaker signed with.
const WITH_LEADER = /^\s*with\s+(?:the\s+|my\s+)?(?:Prime\s+Minister|President|Chancellor|counterpart|colleague)\b/iu;
// "co-signed", "countersigned": signed with another.
const SUBJECT_VERB =
  /\s+(?:(?:have|has|had|also|jointly|today|formally|officially)\s+)*(?:(?:co-|counter)?signed|inked|concluded|sealed|executed|sign|signs|entered\s+into|(?:became|become|becomes)\s+(?:a|the\s+\S+)\s+signatory\s+to|entered(?=\s+an?\s)|obtained|formed|been\s+granted|announced(?=\s+(?:today\s+)?an?\s)|(?:(?:are|is)\s+(?:proud|pleased|delighted|happy|glad)\s+to\s+)?(?:announce[ds]?|celebrate[ds]?|welcome[ds]?)(?:\s+today)?\s+the\s+(?:signing|execution)\s+of|\p{Ll}+(?:\s+(?:their|its|the)\s+\p{Ll}+)?\s+(?:with|through|by)\s+the\s+signing\s+of)\b/giu;
const COORDINATED_PREDICATE =
  /^(.+?)\s+(?:held|met|made|took|gave|led|began|spoke|went|came|(?:also\s+)?\p{Ll}{3,}ed)(?:\s[^]*?)?\s+and$/u;
// "At the same meeting the Heads of Government also signed …": an occasion without its comma.
const OCCASION_BEFORE =
  /^(?:At|During|After|Following)\s+(?:the|this|that)\s+(?:same\s+)?(?:meeting|ceremony|event|occasion|talks|visit|summit|session)\s+(?=the\s|\p{Lu})/u;
const PASSIVE_CLAUSE_BEFORE =
  /^[^;]*\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\p{Ll}+\s+)?\p{Ll}+ed\b[^;]*?(?:,\s+and|;)\s+(?=\S)/u;
// "The two cities also signed …", "both universities": the parties of the document named before.
const COLLECTIVE_NOUN =
  "sides|parties|companies|partners|firms|organisations|organizations|countries|nations|states|governments|delegations|neighbou?rs|cities|municipalities|universities|institutions|institutes|colleges|schools|banks|agencies|ministries|foundations|associations|regions|provinces";
const COLLECTIVE = new RegExp(
  `^(?:(?:the|both|both\\s+the|our|their|these)\\s+)?(?:two\\s+)(?:${COLLECTIVE_NOUN})$|^(?:the|both|both\\s+the|our|their)\\s+(?:${COLLECTIVE_NOUN})$|^(?:they|both)$`,
  "i",
);

/** The two states a release about two is about, by the names it gives them; none otherwise. */
export function twoStates(ctx: OrgContext): string[] {
  return ctx.acting.length === 2 ? ctx.acting.map((code) => preferredCountryName(code, ctx.mentions)) : [];
}

/** "X and Y signed ...", "X has signed ... with Y" → [X, Y]. */
export function subjectParties(
  text: string,
  sentence: Span,
  mention: Extent,
  ctx: OrgContext,
  previous: ExtractedAgreement | undefined,
): string[] {
  // The dateline on the sentence's line is no part of it ("LAKEPORT, Calif.--(BUSINESS WIRE)--Tarn
  // Systems Inc. … signed"); Markdown's bold neither ("**GE Healthcare and X **signed an MOU").
  const from =
    ctx.bodyFrom && ctx.bodyFrom > sentence.start && ctx.bodyFrom <= mention.start ? ctx.bodyFrom : sentence.start;
  const before = text.slice(from, mention.start).replace(/\*\*|__/g, "");
  let verb: RegExpExecArray | null = null;
  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(before); m; m = SUBJECT_VERB.exec(before)) verb = m;
  if (!verb) return [];
  // "Acme Inc. announced that it has signed …", "Acme said it had signed …": the company is the subject.
  let s = before
    .slice(0, verb.index)
    .replace(
      /\s+(?:today\s+)?(?:announced|said|says|stated|confirmed|reported|(?:is|are)\s+(?:proud|pleased|delighted|happy|glad)\s+to\s+announce)(?:\s+(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:this|last)\s+week))?(?:\s+that)?\s+(?:it|they)\s*$/i,
      "",
    );
  // "welcomed the announcement by Telco and Tarn Net that they had entered into …": those who announced.
  const announcement = /\bannouncement\s+(?:by|from)\s+(.+?)\s+that\s+(?:they|it)(?:\s+(?:had|have|has))?\s*$/iu.exec(
    s,
  );
  if (announcement?.[1]) s = announcement[1];
  // "The Prime Minister, Mr Whitlam, announced today that Australia and Japan had signed …": the
  // subject of what was announced ("announced the Government and SkyCity … signed", without "that").
  s = s.replace(
    /^[^.;"“]*?\b(?:announced|said|stated|confirmed|reported)\b(?:\s+(?:today|yesterday))?\s+(?:that\s+(?=\S)|(?=the\s+\p{Lu}[^.;]*\s+and\s+\p{Lu}))/iu,
    "",
  );
  // "Minister Jane Doe said Acme and Beta signed …", "The Minister welcomed the news that Acme had
  // signed …", "has welcomed news the Transport Agency has signed …": a name right after the report.
  s = s.replace(
    /^[^.;"“]*?\b(?:[Aa]nnounced|[Ss]aid|[Ss]tated|[Cc]onfirmed|[Rr]eported|[Rr]evealed|welcomed\s+(?:the\s+)?news)(?:\s+(?:today|yesterday))?(?:\s+that)?\s+(?=(?:the\s+)?\p{Lu})/u,
    "",
  );
  // "Also signed were an agreement on … and a memorandum …": an adverb before the verb is no subject.
  // Signed by those of the document named before, if any.
  if (/^\s*(?:also|then|later|further|additionally|moreover|likewise|similarly|in\s+addition)\s*$/i.test(s))
    return previous ? [...previous.parties] : [];
  // "- GE Healthcare and Semmelweis University signed an MOU": a list's bullet is no part of the
  // subject (a batch 15 development fact sheet), nor is its label ("- Plant extension: A and B signed").
  const item = /^\s*(?:[-–—•*·]|\d{1,2}[.)])\s+(?:[^:.;"“]{1,60}:\s*(?=\p{Lu}))?/u.exec(s);
  if (item) s = s.slice(item[0].length);
  // A transcript's speaker and the people addressed ("President of Russia Vladimir Putin: Colleagues,
  // a package of documents has been signed") are no subject, nor a fact sheet's label ("Cooperation in
  // Space Science and Exploration: NASA and MSIT signed …").
  s = s.replace(
    /^\s*(?:\p{Lu}[\p{L}.'’-]*|of|the|and)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the|and|in|on|for|to|with|&)){0,8}:\s+(?:(?:Mr|Madam)\s+President,\s+|(?:[Ll]adies\s+and\s+gentlemen|[Cc]olleagues|[Ff]riends),\s+)*/u,
    "",
  );
  // A transcript's speaker saying "we" ("President of Russia Vladimir Putin: Mr President, colleagues,
  // today we signed …", "The documents we signed today"): in a release about two states, the two.
  if (/(?:^|[\s,:])we(?:\s+(?:have|had|also|just|today|jointly|both|all))*\s*$/i.test(s)) return twoStates(ctx);
  // "Mr Prime Minister and I have just signed …", "Today I signed with the Prime Minister …": the
  // speaker and the leader addressed, their two states.
  const afterVerb = before.slice(verb.index + verb[0].length);
  if (
    /(?:^|[\s,:])\S.*\s+and\s+I(?:\s+(?:have|had|also|just|today|jointly))*\s*$/u.test(s) ||
    (/(?:^|[\s,:])I(?:\s+(?:have|had|also|just|today))*\s*$/u.test(s) && WITH_LEADER.test(afterVerb))
  )
    return twoStates(ctx);
  // Drop a dateline ("BAKU, Feb. 21 (Report) - ") and a leading adverbial ("During the forum,").
  const dash = /^[\s\S]*\s(?:--|—|–|-)\s+(?=["“\p{Lu}])/u.exec(s);
  if (dash) s = s.slice(dash[0].length);
  // "Monrovia, Sep 9 (IANS) The University of …": a dateline closed by its agency's credit.
  const credited = /^[^()\n]{0,60}\d[^()\n]{0,10}\(\s*\p{Lu}[^()\n]{1,30}\)\s*(?=["“\p{Lu}])/u.exec(s);
  if (credited) s = s.slice(credited[0].length);
  // "LAKEPORT, Oct 22: Ovel University …", "Lakeport [Freedonia], May 3 : …": a dateline closed by
  // a colon (a place, then a date or a bracket).
  const colon =
    /^[^:()]{0,20}\p{Lu}[^:()]{0,40}(?:\d|\]|\p{Lu}{3,}[^:()]{0,20}\d?)[^:()\d]{0,3}\s*:\s*(?=["“\p{Lu}])/u.exec(s);
  if (colon && /\d|\]|^\s*\p{Lu}{3,}/u.test(colon[0])) s = s.slice(colon[0].length);
  // "The Joint Action Plan was adopted, and the sides signed …": a clause of its own before ", and"
  // is no part of the subject.
  s = s.replace(PASSIVE_CLAUSE_BEFORE, "");
  for (let k = 0; k < 3; k++) s = s.replace(LEAD_ADVERBIAL, "").replace(OCCASION_BEFORE, "");
  s = squeeze(s.replace(/\s*\([^)]*\)/g, ""));
  // "On Tuesday, aerospace company Rocket Lab signed …": what the body is, before its name.
  s = s.replace(DESCRIBED_BODY, "");
  // Appositives: "Caspian Coffee Company, the operator of ..., has"; "X, the UK developer, and Y";
  // but "Acme, the Government of Norway, and Tarn University" names a third party.
  s = s.replace(
    /,\s+(?!the\s+(?:Government|Ministry|Republic|Kingdom|State|University)\b)(?:the|a|an|which|who|one|its)\b[^,]*(?:,|$)/gi,
    " ",
  );
  s = squeeze(s).replace(/[,\s]+$/, "");
  // "Several U.S. companies including GE Vernova, Holtec, and Westinghouse signed": those named.
  s = s.replace(/^(?:\S+\s+){1,4}(?:including|such\s+as)\s+(?=\p{Lu})/u, "");
  // "The Presidents of A and B held talks in C and signed …": the subject ends before the first verb
  // of a predicate the signing is coordinated with.
  const coordinated = COORDINATED_PREDICATE.exec(s);
  if (coordinated?.[1]) s = coordinated[1];
  // "Nigeria and France on Tuesday signed …": when, not who.
  s = s.replace(/\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)$/i, "");
  // "the delegations of A, B and C had met for their summit, …, to sign": the subject ends at its verb.
  s = s.replace(/\s+(?:had|has|have)\s+(?:met|gathered|convened)\b.*$/u, "");
  const role =
    /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:ministers|heads|leaders|presidents|representatives|delegations|officials|chief executives)\s+of\s+(?:the\s+)?(?!(?:state|government)$)(.+)$/iu.exec(
      s,
    );
  if (role && role[1]) s = role[1];
  // "the two ministers signed …" in a release about two countries: the two states.
  if (
    /^(?:the\s+)?(?:two\s+)?(?:(?:foreign|prime)\s+)?(?:ministers|presidents|leaders|heads of state|heads of government)$/i.test(
      s,
    ) &&
    ctx.acting.length === 2
  )
    return ctx.acting.map((code) => preferredCountryName(code, ctx.mentions));
  // A subject that runs into a quotation ("Sharing a post, X wrote, \"The academies of A & B": an
  // unpaired mark) is not a list of parties; names in marks ('the "Acme" and "Zeta" companies') are.
  if (!s || s.split(/\s+/).length > 30 || (s.match(/["“”]/g) ?? []).length % 2 === 1) return [];
  // "The Norwegian and Finnish foreign ministers signed …": two country adjectives before the
  // people who signed are the two states.
  const adjectives =
    /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]+)\s+and\s+(\p{Lu}[\p{L}-]+)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s$/u.exec(s);
  if (adjectives && adjectives[1] && adjectives[2]) {
    const [a, b] = [countryCodeOf(adjectives[1]), countryCodeOf(adjectives[2])];
    if (a && b && a !== b) return [preferredCountryName(a, ctx.mentions), preferredCountryName(b, ctx.mentions)];
  }
  if (COLLECTIVE.test(s)) {
    // "both countries" are the two states, whatever the sentence before was about.
    const states = /\b(?:countries|nations|states|governments|delegations|neighbou?rs)$/i.test(s);
    if (states && ctx.acting.length === 2) return ctx.acting.map((code) => preferredCountryName(code, ctx.mentions));
    if (previous) return [...previous.parties];
    // "the sides signed" in a release about two countries: the two states.
    if (/\b(?:sides|parties|countries|nations|states|governments)$/i.test(s) && ctx.acting.length === 2)
      return ctx.acting.map((code) => preferredCountryName(code, ctx.mentions));
    return [];
  }
  // "The Ministries of Foreign Affairs of Norway and Finland": the plural names each body itself.
  const plural = distributivePlural(s) ?? portfolioPlural(s);
  if (plural) return plural.map(cleanParty);
  const collective = expandCollective(s, ctx);
  if (collective) return collective;
  // "This partnership, sealed through …": a phrase pointing back names no party.
  if (
    !/^(?:the\s+)?["“]?[\p{Lu}\d]/u.test(s) ||
    /^(?:(?:so|and|but|now)\s+)?(?:this|that|these|those|it|its|our|their|we|i|they)\b/i.test(s)
  )
    return [];
  const parties = splitParties(s).map((p) => formalParty(p, ctx.mentions));
  const other = counterpartAfter(text, mention, sentence, parties.length);
  if (other) parties.push(formalParty(other, ctx.mentions));
  return statesOfSignatories(parties, ctx);
}

// A full stop after a single capital is an initial ("A. Momen"), after an honorific an abbreviation
// ("H.E. Mr. Ryoichi Horie"): neither ends the list of signatories.
const CLAUSE_END = "(?<!\\b(?:\\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Hon|St|Jr|Sr))[.;]";

// "signed in Berlin on Monday by …": where and when the signing was, between the verb and its "by".
const SIGNED_BY = String.raw`\bsigned${SIGNING_CIRCUMSTANCE}\s+by`;

/**
 * The signers named before the signing without being its subject: "welcomes the Victorian
 * Government’s signing of contracts to build …" (batch 59 dev), "I congratulate Turkey, Finland and
 * Sweden on signing a trilateral memorandum" (batch 60 dev).
 */
export function signersBefore(text: string, sentence: Span, mention: Extent): string[] {
  const before = text.slice(sentence.start, mention.start);
  const congratulated = CONGRATULATED_ON_SIGNING.exec(before);
  if (congratulated?.[1]) return splitParties(congratulated[1]);
  const m =
    /((?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*)[’']s\s+(?:signing|signature)\s+of\s+(?:[\p{L}-]+\s+){0,4}$/u.exec(
      before,
    );
  return m?.[1] ? splitParties(m[1].replace(/^The\s+/, "")) : [];
}

const SIGNED_ON_BEHALF = /^\s*(?:(?:was|were|has\s+been|have\s+been)\s+)?signed\s+(?:\S+\s+){0,3}?on\s+behalf\s+of\b/i;

/** "The contract was signed by X and Y" in the same sentence. */
export function signedByParties(text: string, sentence: Span, mention: Extent, ctx: OrgContext): string[] {
  const after = text.slice(mention.end, sentence.end);
  // "by Jane Doe on behalf of A and by John Roe, Director of B": each signatory with the body named
  // beside them.
  // "Signing the agreement were Mr A, Chairman of X, and Ms B, CEO of Y." likewise.
  // "signed on Monday by Chile and Peru, sets up a joint commission": the sentence goes on after the
  // signatories with its verb ("sets", "marking"); a role after a comma ("Ana Ruiz, president of …") stays.
  const cut = (who: string) => who.replace(/,\s+\p{Ll}+(?:ing|s|ed)\b(?!\s+(?:of|for|at)\b).*$/su, "");
  const list = new RegExp(
    `(?:${SIGNED_BY}|\\bsigned\\s+between|^\\s*Signing\\s+(?:it|the\\s+[\\p{L}-]+)\\s+(?:were|was))\\s+(.+?)(?:${CLAUSE_END}|$)`,
    "iu",
  ).exec(after);
  const bodies = list?.[1] ? bodiesSigning(cut(list[1]), ctx) : null;
  if (bodies) return bodies.map((p) => formalParty(p, ctx.mentions));
  const m = new RegExp(`${SIGNED_BY}\\s+(.+?)(?:\\s+(?:on behalf|in|at|on|during)\\b|${CLAUSE_END}|$)`, "iu").exec(
    after,
  );
  // "by A on behalf of Norway and B on behalf of Finland": each behalf ends where the next signatory starts.
  // "… signed on behalf of the Government of Japan by Ambassador X and on behalf of …": the body, not
  // its signatory (there "by" comes after the first body).
  const behalf = [...after.matchAll(/on behalf of\s+(?:the\s+)?([^,.;]+?)(?=\s+and\s+|\s+by\s+|\s*[,.;]|$)/gi)].map(
    (x) => cleanParty(x[1] ?? ""),
  );
  if (m?.[1] && behalf.length >= 2) return behalf;
  // "signed on behalf of the Government of Japan by …": a government is named by its state, as the
  // signatories' states are.
  if (SIGNED_ON_BEHALF.test(after) && behalf.length >= 2)
    return behalf.map((b) => {
      const state = b.replace(/^Government\s+of\s+(?:the\s+)?/, "");
      return state !== b && countryCodeOf(state) ? formalParty(state, ctx.mentions) : b;
    });
  if (!m || !m[1]) return [];
  // "signed by the two delegations": the two states.
  if (/^(?:the\s+)?(?:two\s+)?(?:delegations|sides|parties|countries|governments)$/i.test(m[1].trim()))
    return twoStates(ctx);
  const parties = splitParties(cut(m[1]));
  // "A new air services agreement with Belgium … has been signed by Transport Minister Jane Doe": the
  // other party is written after the document, the signatory after "signed by".
  const other = parties.length === 1 ? counterpartAfter(text, mention, sentence, 1) : null;
  if (other && !parties.includes(other)) parties.push(other);
  // Signatories named as people ("Foreign Minister A. Momen", "his Finnish counterpart Ana Ruiz")
  // are not the parties themselves: their states are, when their roles tell them.
  if (parties.some((p) => hasRoleHead(p) || /^(?:his|her|their|the heads?)\b/i.test(p))) {
    const states = statesOfSignatories(
      parties.map((p) => p.replace(/^(?:his|her|their)\s+/i, "")),
      ctx,
    );
    // The signatory's state untold: the signatory, and the other party as written.
    return states.length > 0 || !other ? states : parties.map((p) => formalParty(p, ctx.mentions));
  }
  return parties.map((p) => formalParty(p, ctx.mentions));
}

/** "the heads of state of Azerbaijan and China ... issued a Joint Declaration" → the two states. */
export function countryPairParties(sentence: Span, ctx: OrgContext): string[] {
  const ms = findCountryMentions(sentence.text).filter((m) => m.kind !== "adjective");
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (/^\s+and\s+(?:the\s+)?$/.test(sentence.text.slice(a.end, b.start)) && a.code !== b.code)
      return [preferredCountryName(a.code, ctx.mentions), preferredCountryName(b.code, ctx.mentions)];
  }
  return [];
}

/** "the Norway-Finland agreement": the pair written right before the document (`before` ends there). */
export function hyphenPairParties(before: string, ctx: OrgContext): string[] {
  const m = /(?<![\p{L}.])(\p{Lu}[\p{L}.]+)\s?[-–]\s?(\p{Lu}[\p{L}.]+)\s+$/u.exec(before);
  const [a, b] = m ? [countryCodeOf(m[1]!), countryCodeOf(m[2]!)] : [null, null];
  return a && b && a !== b ? [preferredCountryName(a, ctx.mentions), preferredCountryName(b, ctx.mentions)] : [];
}

// "The documents signed include …", "Several documents were signed": the documents are no party.
// "A package of intergovernmental and interdepartmental documents was signed": a collective of
// documents however its subject was cut ("package of intergovernmental").
export const DOCUMENT_COLLECTIVE =
  /^(?:(?:an?|the)\s+)?(?:package|set|series|range|number)\s+of\b|^(?:(?:the|an?|several|many|various|some|a\s+number\s+of|(?:a\s+)?(?:package|set|series|range)\s+of|among|(?:a\s+)?total\s+of|in\s+all|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)*(?:[\p{L}-]+\s+)?(?:documents|agreements|memoranda|instruments|papers|deals|accords)(?:\s+(?:were|was|have|has))?$/iu;

/**
 * A document signed by no one named ("The visit saw the signing of …", "A protocol on customs was
 * signed too"), in a release about two states that its sentence or the two before name both of, or
 * call bilateral or the two: theirs.
 */
export function statesAround(at: number, sentences: readonly Span[], ctx: OrgContext): string[] {
  if (ctx.acting.length !== 2) return [];
  const i = sentences.findIndex((x) => x.start <= at && at < x.end);
  const near = sentences
    .slice(Math.max(0, i - 2), i + 1)
    .map((x) => x.text)
    .join(" ");
  const named = new Set(findCountryMentions(near).map((m) => m.code));
  // "A package of bilateral documents was signed in the presence of the two heads of state.": theirs.
  const two =
    /\b(?:bilateral|the\s+two\s+(?:countries|states|sides|heads\s+of\s+state|leaders|presidents|governments))\b/i.test(
      near,
    );
  return two || ctx.acting.every((c) => named.has(c))
    ? ctx.acting.map((c) => preferredCountryName(c, ctx.mentions))
    : [];
}

// A clause read on past a party's name: "Treaty on Collective Security was", "our two countries
// recognises the increasing importance of …".
// "The agreement signed today by Chile and Norway opens direct flights": what the document does.
const VERB_TAIL =
  /\s+(?:was|were|is|are|has|have|had|will|recognises|recognizes|welcomes|notes|became|becomes|opens|sets|marks|paves|allows|provides|aims|covers|enables|establishes|creates|gives|includes|seeks|brings|means|makes)\b.*$/u;

// Words in lower case that name no one in particular: "participants", "energy ministers", "here we",
// "The talks ended with the signing of …",
// "our two countries" in a release about more than two.
const NO_ONE_NAMED =
  /^(?:(?:here|then|now)\s+)?(?:we|our\b.*|their\b.*|its\b.*|(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:participants|ministers|leaders|officials|delegations|representatives|sides|parties|talks|meeting|visit|negotiations|ceremony|summit|forum))$/u;

/**
 * Parties as bodies a reader would name: for "our two countries" or "relevant agencies of both
 * sides" the two states (expandCollective), nothing for "participants" or "here we"; a clause read
 * on past a name is cut, and a lone signatory is the state the role serves.
 */
export function namedParties(parties: readonly string[], ctx: OrgContext): string[] {
  const out: string[] = [];
  for (const raw of parties) {
    const p = raw.replace(VERB_TAIL, "");
    // "Ministers also signed …", "Leaders further welcomed …": a plural at a sentence's start names no one either.
    const plural = /^(\p{Lu}\p{Ll}+s)(?:\s+(?:further|also|then|jointly|together|later))?$/u.exec(p);
    if (plural && NO_ONE_NAMED.test(plural[1]!.toLowerCase())) continue;
    if (/^[\p{Lu}\d"“]/u.test(p)) {
      const body = hasRoleHead(p) ? signatoryBody(p, ctx) : null;
      if (body) out.push(body);
      else if (p === raw || !/^(?:Treaty|Agreement|Convention|Protocol|Memorandum)\b/.test(p)) out.push(p);
      continue;
    }
    const collective = expandCollective(p, ctx);
    if (collective) return collective;
    // "shareholders of Anatolia Freight Ltd.", "foreign ministries" still name someone.
    if (!NO_ONE_NAMED.test(p)) out.push(p);
  }
  return out;
}
