/**
 * Earlier or referenced documents: named here, signed before ("under the Framework Agreement", "the
 * Treaty … entered into force in 2019", "20 years since the signing of …"), or only described.
 */

import { IN_YEAR, MONTH_NAME, SIGNING_WORD } from "./agreement-signals";
import { keywordsIn } from "./agreement-keywords";
import { MONTHS, WEEKDAY } from "./date-forms";

// An agreement named as the ground or the object of what happens here was signed before:
// "upgraded from an MoU", "to implement a memorandum", "under the Framework Agreement", "met to
// reactivate an MoU", "the Framework follows on from the Joint Declaration signed during …"; the
// name may be quoted ("falls under the “Framework Agreement Between …”").
// "signed a term sheet … for a supply agreement": what the signed document prepares. "The Accords
// strengthen the commitment by A and B to the Registration Convention": an obligation already held.
// "When CER was signed in 1983, it was hailed as a world-leading agreement": what a document was called.
// "signed the Federal Law On Ratifying the Treaty …", "its withdrawal from the Convention": a document
// ratified, left or ended is one signed before.
const REFERENCE_BEFORE =
  /\b(?:for|recall(?:s|ed|ing)?|ratif(?:y|ying|ies|ied|ication\s+of)|withdraw(?:s|ing|al)?\s+from|denounc\w*|terminat(?:e|es|ing|ion\s+of)|exit\s+from|upgraded\s+from|reactivat\w*|reviv\w*|implement(?:ing|ation\s+of)?|under|pursuant\s+to|in\s+line\s+with|(?:(?:wholly|fully|also)\s+)?consistent\s+(?:(?:also|wholly|fully)\s+)?with|(?:forms?|formed|forming)\s+(?:an?\s+)?(?:(?:key|central|integral|important)\s+)?part\s+of|within\s+the\s+framework\s+of|in\s+accordance\s+with|(?:international\s+)?law,?\s+(?:including|such\s+as)|based\s+on|builds?\s+(?:up)?on|follows?\s+(?:on\s+)?from|extending|amend(?:ing|ments?\s+to)?|replac(?:e|es|ing)|supersed(?:e|es|ing)|grounded\s+in|rooted\s+in|enshrined\s+in|advanc(?:e|ing)|first\s+signed\s+in\s+\d{4},?|(?:commitments?|obligations?|adherence),?\s+(?:[^.;]{0,80}?\s)?(?:to|under|including|of)|(?:unequivocally\s+|firmly\s+|fully\s+)?committed\s+to|(?:co-)?guarantors?\s+of|terms\s+of|(?:breach(?:es)?|violations?|contraventions?|infringements?)\s+of|(?:compliance|comply(?:ing)?)\s+with|(?:hailed|described|regarded|seen|known|praised|touted|billed)\s+as)\s+(?:(?:a|an|the|this|that|its|their)\s+)?["“«]?(?:[\p{L}\d-]+\s+){0,3}$/iu;
// "… commitment to the Registration Convention, the Rescue and Return Agreement": a document listed
// after one the marker points at is pointed at too.
const LISTED_BEFORE =
  /(?:(?:the\s+)?(?:\d{4}\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,6}(?:Treaty|Convention|Agreement|Accords?|Protocol|Charter|Declaration)(?:\s*\([^()]*\))?(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+))+(?=(?:the\s+)?$)/u;
// "last December", "two years ago": a time before this release's, in front of a signing or after it.
// "… in Adelaide last Sunday", "earlier this month": a signing the release looks back on (its own it
// dates "today", "yesterday" or by its day).
const EARLIER_TIME = String.raw`\b(?:last\s+(?:year|week|month|weekend|${MONTH_NAME}|${WEEKDAY}|spring|summer|autumn|fall|winter)|earlier\s+this\s+(?:year|month|week)|(?:a|one|two|three|\d+)\s+(?:years?|weeks?|months?)\s+ago)\b`;
const EARLIER_TIME_BEFORE = new RegExp(
  String.raw`${EARLIER_TIME}[^.;]*?\b(?:signed|concluded|inked)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  "iu",
);
const EARLIER_TIME_AFTER = new RegExp(String.raw`^[^.;]{0,80}?${EARLIER_TIME}`, "iu");
// "following on the signature in Canberra last November of the Australian-Japanese Cultural
// Agreement": the time between the signing and what was signed.
const SIGNING_EARLIER_OF_BEFORE = new RegExp(
  String.raw`\b(?:signing|signature|conclusion)\s+(?:(?:in|at)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})?${EARLIER_TIME}\s+of\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  "u",
);
const IN_FORCE_AFTER = /^[^.;]{0,60}?\b(?:entered|enters|came|comes)\s+into\s+force\b/i;
// "the most comprehensive Free Trade Agreement to enter into force", "… will come into force on 1
// January": unless signed right here ("signed a Treaty, which will enter into force next year"), a
// document soon in force was signed before.
const SOON_IN_FORCE_AFTER = /^[^.;]{0,60}?\b(?:will|to)\s+(?:come|enter)\s+into\s+force\b/i;
// "a contract for five more was signed in March": a month without its day is a time before the
// release's (a release dates its own signing "today" or by its day).
const SIGNED_IN_MONTH_AFTER = new RegExp(
  String.raw`^\s*(?:was|were|had\s+been)\s+signed\s+in\s+(?:early\s+|late\s+|mid-)?${MONTH_NAME}(?!\s+\d)`,
  "u",
);
// "Ngati Kahu signed an Agreement in Principle with the Crown in January": the same, told actively.
const SIGNED_BEFORE = /\b(?:signed|concluded|inked)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const IN_MONTH_AFTER = new RegExp(
  String.raw`^[^.;]{0,80}?\sin\s+(?:early\s+|late\s+|mid-)?${MONTH_NAME}(?!\s+\d)(?!\s+(?:this|next)\b)`,
  "u",
);
// "Less than nine months after the Prime Minister witnessed the signing of a landmark MOU between …":
// a signing the release counts time from.
const TIME_AFTER_SIGNING_BEFORE =
  /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:years?|months?|weeks?)\s+(?:after|since)\b[^.;]*?\b(?:signed|concluded|inked|signing\s+of)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
// "The TSA is a bilateral treaty between …": what a document named before is, not another one (not
// "Also signed was an Exchange of Notes", "Next was an MoU on …, signed between …").
const DESCRIBED_AS = /\b(?:is|was)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "This is the third Bilateral Agreement between the Commonwealth and a state signed under the Plan":
// the document the release told of before, counted among others of its kind.
const COUNTED_AS =
  /\b(?:this|it)\s+(?:is|was)\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "20 years since the signing of the … Treaty", "the anniversary of the signing of …".
// "marking 20 years of the Treaty of Friendship", "the 30th anniversary of the Treaty": a document of
// before, remembered.
const ANNIVERSARY_BEFORE =
  /\b(?:years?|anniversary|anniversaries)\s+(?:since|of)\s+(?:the\s+)?(?:signing\s+of\s+(?:the\s+)?)?(?:[\p{L}-]+\s+){0,3}$/iu;
// "The possibility of a broad treaty between A and B has a long history", "negotiations for a treaty":
// a document talked about, not one signed.
// "the possibility of a free trade agreement", "a joint feasibility study on a possible free trade agreement".
const HYPOTHETICAL_BEFORE =
  /\b(?:(?:hope[sd]?|hoping|aim(?:s|ed)?|seek(?:s|ing)?)\s+to\s+(?:produce|reach|achieve|negotiate|conclude|secure)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}|(?:possibility|prospect|idea|notion|proposals?|need|case|negotiations?)\s+(?:of|for|on)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}|(?:a|an|the)\s+(?:possible|potential|prospective|eventual|hypothetical|proposed)\s+(?:[\p{L}-]+\s+){0,2})$/iu;
const EARLIER_DOCUMENT_BEFORE =
  /\b(?:the|its|their|our)\s+(?:previous|existing|current|original|old|former|earlier|prior)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "… which was adopted", "The Leaders Declaration agreed today moved forward …": a text agreed, not signed.
const ADOPTED_AFTER =
  /^(?:(?:[^.;]{0,60}?,\s*which\s+)?\s*(?:was|were|has\s+been|have\s+been)\s+adopted\b|\s+agreed\s+(?:today|yesterday|this\s+(?:morning|afternoon|week)|at\s+the)\b)/i;
const ADOPTED = /\badopted\s+(?:(?:an?|the|their|its)\s+)?(?:(?!(?:and|signed)\s)[\p{L}-]+\s+){0,3}$/iu;
// "signed in 2015", and a whole date: "signed … on 1 August 1962", "on August 1, 1962".
const YEAR_AFTER = new RegExp(
  String.raw`^[^.;]*?(?:${IN_YEAR}|\bon\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}|${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+((?:19|20)\d{2})\b)`,
  "u",
);

const YEAR_LEAD = new RegExp(String.raw`^\s*(?:In|Back\s+in)\s+(?:${MONTH_NAME}\s+)?((?:19|20)\d{2}),?\s+[^.;]*$`, "u");
const PASSIVE_SIGNING_AFTER = /^[^.;]*?\b(?:was|were)\s+(?:\p{Ll}+\s+)?(?:signed|concluded|inked)\b/u;

const SIGNED_TODAY_AFTER_YEAR =
  /,\s+[^.;]*\b(?:today|yesterday|this\s+(?:morning|afternoon|evening|week))\s+(?:(?:also|formally|jointly)\s+)?(?:signed|concluded|inked)\b[^.;]*$/i;

const YEAR_BEFORE = new RegExp(
  `\\b(?:in|since)\\s+(?:${MONTH_NAME}\\s+)?((?:19|20)\\d{2})\\b[^.;]*?\\b(?:signed|concluded|inked)\\b[^.;]*$`,
  "iu",
);

// "On November 27, Turkey and Libya signed …", "… was signed on 27 November": a day without its year.
const DAY_OF_MONTH = String.raw`(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAME})|(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?)(?![\d,]*\s*\d{4})`;
const DAY_BEFORE_SIGNING = new RegExp(
  String.raw`\b[Oo]n\s+${DAY_OF_MONTH}\b[^.;]*?\b(?:signed|concluded|inked)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  "u",
);
const DAY_AFTER_SIGNING = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:signed|concluded|inked)\s+on\s+(?:\p{Lu}\p{Ll}+day,?\s+)?${DAY_OF_MONTH}\b`,
  "u",
);

// "the Paris Agreement of 27 January, 1973", "the Agreement on … in Laos signed in Vientiane on 21
// February, 1973": a document dated by its day and year (the groups in DAY_OF_MONTH's order, then the year).
const DATED_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:of|dated|(?:was\s+)?signed\s+(?:(?:in|at)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?on)\s+(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAME})|(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?),?\s+((?:19|20)\d{2})\b`,
  "u",
);

/**
 * A signing or a document dated by its day more than a month before the release: one the release
 * looks back on. Without a year, the day is in the release's year, or the year before when that day
 * is still to come.
 */
function datedWeeksBefore(before: string, after: string, releaseDate: string | null): boolean {
  const release = releaseDate ? Date.parse(`${releaseDate}T00:00:00Z`) : NaN;
  if (!releaseDate || Number.isNaN(release)) return false;
  const weeksBefore = (m: RegExpExecArray | null) => {
    if (!m) return false;
    const day = Number(m[1] ?? m[4]);
    const month = (MONTHS[(m[2] ?? m[3] ?? "").toLowerCase()] ?? 0) - 1;
    if (month < 0 || !day) return false;
    const year = m[5] ? Number(m[5]) : Number(releaseDate.slice(0, 4));
    let signed = Date.UTC(year, month, day);
    if (!m[5] && signed > release + 3 * 86_400_000) signed = Date.UTC(year - 1, month, day);
    return release - signed > 31 * 86_400_000;
  };
  return (
    weeksBefore(DAY_BEFORE_SIGNING.exec(before) ?? DAY_AFTER_SIGNING.exec(after)) ||
    weeksBefore(DATED_AFTER.exec(after))
  );
}

// "the ultimate elimination of nuclear weapons, as agreed by the international community in the
// Nuclear Non-Proliferation Treaty": a document where something was agreed or laid down before.
const LAID_DOWN_IN_BEFORE =
  /\b(?:as\s+)?(?:agreed|set\s+out|provided\s+for|laid\s+down|stipulated|embodied|spelt\s+out|spelled\s+out)\b[^.;]{0,60}?\bin\s+(?:the\s+)?(?:\d{4}\s+)?$/iu;

const RECENT_SIGNING_BEFORE =
  /\brecent(?:ly)?\b[^.;]{0,80}?\b(?:signing|signature|signed|concluded|conclusion)\s+(?:of\s+)?(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
// "historical Treaty of Waitangi claims", "Minister for Treaty of Waitangi Negotiations", "Kyoto
// Protocol emissions units": a document's name qualifying what the sentence is about.
const NAMES_ANOTHER_THING_AFTER =
  /^\s+(?:claims?|negotiations?|settlements?|obligations|goals|targets|commitments|emissions|units|process|principles|regime|framework|partners|members|era)\b/iu;
// "the Conference of the Parties of the United Nations Framework Convention on Climate Change",
// "States Parties to the Convention": the forum or members of a treaty, not its signing.
const FORUM_OF_BEFORE =
  /\b(?:(?:Conference|Meeting|Session)\s+(?:of|to)\s+(?:the\s+)?)?Parties\s+(?:of|to|on)\s+(?:the\s+)?$/i;

// "The Minister in Charge of Treaty of Waitangi Negotiations", "the Office of Treaty Settlements": an
// office named after documents.
const PORTFOLIO_BEFORE =
  /\b(?:Minister|Ministry|Office|Spokes(?:person|man|woman))\s+(?:in\s+[Cc]harge\s+)?(?:of|for)\s+$/;

export function referencedOnly(
  before: string,
  after: string,
  signedHere: boolean,
  releaseYear: number | null,
  releaseDate: string | null = null,
): boolean {
  if (datedWeeksBefore(before, after, releaseDate)) return true;
  if (NAMES_ANOTHER_THING_AFTER.test(after) || FORUM_OF_BEFORE.test(before) || PORTFOLIO_BEFORE.test(before))
    return true;
  if (REFERENCE_BEFORE.test(before) || REFERENCE_BEFORE.test(before.replace(LISTED_BEFORE, ""))) return true;
  // "concluding the Investment Promotion and Protection Agreement will contribute toward …": a signing
  // as the subject of what it will bring, still to come.
  if (
    /\b(?:concluding|signing)\s+(?:the|this|an?)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before) &&
    /^\s+(?:will|would|could|should|shall|is\s+expected\s+to)\b/i.test(after)
  )
    return true;
  // "Other major declarations New Zealand has signed since the start of … include the …": signed before.
  if (/\b(?:has|have|had)\s+(?:already\s+)?signed\s+(?:since|previously|before|in\s+the\s+past)\b[^.;]*$/i.test(before))
    return true;
  // "I sign today the instrument of ratification by which Australia will become a party to the …
  // Treaty": a treaty ratified was signed before; what is signed here is no document of its own kind.
  if (/\binstruments?\s+of\s+ratification\b[^.;]*$/i.test(before)) return true;
  // "the two presidents adopted a Joint Statement on …", "A joint statement was adopted", "a joint
  // action plan on culture, which was adopted": a text adopted, not a document signed (the convention
  // of the gold annotations, README).
  if (ADOPTED.test(before) || ADOPTED_AFTER.test(after)) return true;
  // "To date, A and B have signed 288 documents, including the Treaty of …": a tally of the years.
  if (/^\s*(?:to\s+date|over\s+the\s+(?:years|past\s+(?:\p{L}+\s+)?(?:years|decades)))\b/iu.test(before)) return true;
  // "In 2015 the two countries signed an agreement": dated before the release, in front.
  const datedBefore = YEAR_BEFORE.exec(before);
  // Without a date of its own, a release that dates a signing in front tells of an earlier one.
  // (Not "Under the Framework Agreement signed in 2010, A and B today signed an MoU": the year is the
  // framework's, the MoU's signing is today's.)
  if (
    datedBefore &&
    (releaseYear === null || +datedBefore[1]! < releaseYear) &&
    !SIGNED_TODAY_AFTER_YEAR.test(datedBefore[0])
  )
    return true;
  // "In 2017, a memorandum of understanding about the pipeline was signed between …": the year leads.
  const leadYear = YEAR_LEAD.exec(before);
  if (leadYear && PASSIVE_SIGNING_AFTER.test(after) && (releaseYear === null || +leadYear[1]! < releaseYear))
    return true;
  // "Four and a half months have passed since the Declaration … was signed": a signing of before.
  if (/\bsince\s+(?:the\s+)?(?:signing\s+of\s+(?:the\s+)?)?(?:[\p{L}-]+\s+){0,2}$/iu.test(before)) return true;
  // "acknowledged the recent positive developments … such as the signing of the …", "recently
  // concluded an Agreement on …": a signing the release looks back on.
  if (RECENT_SIGNING_BEFORE.test(before) || LAID_DOWN_IN_BEFORE.test(before)) return true;
  // "Last December, we signed a Declaration …": a signing before this release's.
  if (
    EARLIER_TIME_BEFORE.test(before) ||
    TIME_AFTER_SIGNING_BEFORE.test(before) ||
    SIGNING_EARLIER_OF_BEFORE.test(before)
  )
    return true;
  // "The Prime Minister said a treaty between Egypt and Israel would be an historic event": a document
  // imagined.
  if (!signedHere && /^\s+(?:would|could|might)\s/.test(after)) return true;
  // "signed a memorandum on tourism last year", "the Treaty … entered into force in 2019", "the
  // previous contract", "the 2008 Agreement on Trade" (in a later release): a document of before.
  // (Not "welcomed the entry into force of the … Agreement": the synthetic fixtures count that one.)
  if (EARLIER_TIME_AFTER.test(after) || IN_FORCE_AFTER.test(after) || SIGNED_IN_MONTH_AFTER.test(after)) return true;
  if (SIGNED_BEFORE.test(before) && IN_MONTH_AFTER.test(after)) return true;
  if (!signedHere && SOON_IN_FORCE_AFTER.test(after)) return true;
  if (
    ANNIVERSARY_BEFORE.test(before) ||
    (DESCRIBED_AS.test(before) && !SIGNING_WORD.test(before) && !SIGNING_WORD.test(after))
  )
    return true;
  if (EARLIER_DOCUMENT_BEFORE.test(before) || HYPOTHETICAL_BEFORE.test(before) || COUNTED_AS.test(before)) return true;
  // "the terms of the S&T Agreement and related agreements govern …", "and subsequent agreements".
  if (/\b(?:related|subsequent|existing|previous|prior)\s+$/i.test(before)) return true;
  const yearBefore = /\b((?:19|20)\d{2})\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.exec(before);
  if (yearBefore && (releaseYear === null || +yearBefore[1]! < releaseYear)) return true;
  // "signed … in 2015", "the agreement reached in 2005": dated another year than the release.
  const dated = YEAR_AFTER.exec(after);
  // "signed an agreement to expand work on the rover, a mission launching in 2028": past a comma, the
  // year is another verb's (a batch 15 development release).
  // Nor when another document is named before the year ("signed an MoU under the Framework Agreement
  // signed in 2010"): the year is that one's.
  const ofTheSigning =
    signedHere &&
    dated !== null &&
    !dated[0].includes(",") &&
    keywordsIn(after, 0, dated.index + dated[0].length).length === 0;
  // "a twinning agreement, upgraded from an MoU signed in 2019": a verb after another document named
  // in between is that document's.
  const verb = /^[^.;]*?\b(?:signed|reached|concluded)\b/i.exec(after);
  const ofThis = verb !== null && keywordsIn(verb[0], 0, verb[0].length).length === 0;
  // "the Memorandum of Understanding on Defence Cooperation (2013)": the year it bears, an earlier one
  // (in an undated release too, as with a year in front).
  const bears = /^\s*\((?:signed\s+(?:in\s+)?)?((?:19|20)\d{2})\)/.exec(after);
  if (bears && (releaseYear === null || +bears[1]! < releaseYear)) return true;
  // "The conclusion of the Joint Declaration of Principles in December 1987 provided …": a signing
  // named as a noun, dated.
  const nominal = /\b(?:conclusion|signing|signature)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(before);
  if (dated && (ofTheSigning || ofThis || nominal)) {
    const year = +(dated[1] ?? dated[2])!;
    if (releaseYear === null || year < releaseYear) return true;
  }
  return false;
}

// "to commemorate the 60th Anniversary of the signing of the Treaty of Friendship, between …".
const REMEMBERED = new RegExp(
  String.raw`\b[Aa]nniversar(?:y|ies)\s+of\s+(?:the\s+)?(?:signing\s+of\s+(?:the\s+)?)?((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|on|for|and|the)\s+)*){0,6}(?:Treaty|Agreement|Convention|Accords?|Declaration|Charter|Protocol)(?:\s+(?:of|on|for)\s+(?:\p{Lu}[\p{L}'’-]*\s*)+)?)`,
  "gu",
);

/**
 * Titles of documents whose anniversary the release marks: every mention of them tells of that
 * signing of before ("Two months later, the Treaty of Friendship was signed", a batch 30 development
 * release).
 */
export function rememberedTitles(text: string): string[] {
  return [...text.matchAll(REMEMBERED)].map((m) => m[1] ?? "").filter(Boolean);
}
