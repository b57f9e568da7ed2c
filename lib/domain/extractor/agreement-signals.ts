/**
 * Agreement signals: whether a mention of a document (agreement-keywords.ts) is a signing that
 * happened or only an intention ("intends to sign", "will be signed", "a draft agreement").
 * A document named as the ground of what happens here ("under the Framework Agreement", "signed in
 * 2015") was signed before (referencedOnly).
 */

import type { KeywordHit } from "./agreement-keywords";
import type { Span } from "./text-utils";

// ---------------------------------------------------------------------------------------------
// Intentions: the last signing verb before a mention decides.

const SIGN_VERB =
  /\b(sign|signs|signed|signing|conclude|concludes|concluded|concluding|ink|inked|adopt|adopts|adopted|issue|issued|initial|initialled|initialed|execute|executes|executed|execution|enter\s+into|enters\s+into|entered\s+into)\b/gi;
const FUTURE_MARK =
  /\b(?:to|will|would|shall|could|may|might|can|'ll|going to|intends?|plans?|wants?|hopes?|aims?|expects?|ready|prepared)\s+(?:(?:also|jointly|soon|later|formally|then|successfully|finally|eventually|officially|not|never)\s+)?(?:be\s+)?$/i;
// "will", "is to", "is expected to" …: what a sentence says is to come.
const TO_COME = String.raw`(?:will|shall|(?:is|are)\s+(?:to|set\s+to|expected\s+to|scheduled\s+to|due\s+to))`;
// "… will sign a new defence agreement in Melbourne today", "The … Agreement will be signed at …": a
// signing a text tells as still to come (agreement-headline.ts).
export const SIGNING_TO_COME = new RegExp(String.raw`\b${TO_COME}\s+(?:be\s+)?(?:sign|signed)\b`, "i");
// "the King and I will witness the signing of …" (a batch 16 development release); "the ceremony …
// will consist of the formal signing of …" (batch 25).
const ATTENDING_A_SIGNING_TO_COME = new RegExp(
  String.raw`\b${TO_COME}\s+(?:also\s+|jointly\s+)?(?:witness|attend|oversee|preside\s+over|consist\s+of|include|feature)\s+(?:the\s+)?(?:formal\s+|official\s+)?$`,
  "i",
);
// "will lead a delegation to Beijing next month for events associated with the signing of …": a
// journey or an event to come, for the signing (a batch 14 development release); "New Zealand will
// join other countries in signing the … Agreement at a ceremony in Tokyo on 1 October" (batch 52).
const FOR_A_SIGNING_TO_COME = new RegExp(
  String.raw`\b${TO_COME}\s+(?:[\p{L}'’-]+\s+){1,14}?(?:for|to|in)\s+(?:[\p{L}-]+\s+){0,4}?(?:the\s+)?$`,
  "iu",
);
const AFTER_INTENT =
  /^[^.;]*?\b(?:will|to|shall|would|is expected to|are expected to|is planned to|are planned to|is set to|are set to|is due to|are due to|is scheduled to|are scheduled to)\s+be\s+(?:signed|concluded|adopted|initialled)\b/i;
// A cabinet or council approving a document, or its signing, has not signed it: "the Cabinet has
// approved signing of an MoU", "the Council of Ministers approved the Memorandum", "ratified the
// agreement signed last year".
const APPROVAL = /\b(?:approv\w*|ratif\w*|endors\w*|authori[sz]\w*)\b[^.;]{0,80}$/i;
const APPROVAL_OF_SIGNING =
  /\b(?:approv\w*|authori[sz]\w*|nod|clearance|go-ahead)\s+(?:(?:for|of|to)\s+)?(?:the\s+)?$/i;
const ACCESSION_TO_COME =
  /\b(?:intention\s+to|intends?\s+to|plans?\s+to|will|would|shall)\s+(?:accede|become\s+(?:a\s+)?party)\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const CONCLUSION_HOPED_FOR =
  /\b(?:early|swift|speedy|rapid|timely|prompt|successful)\s+conclusion\s+of\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;
const ABLE_OR_GLAD_TO =
  /\b(?:(?:was|were|(?:have|has|had)\s+been)\s+(?:\p{L}+\s+)?able|managed|(?:am|is|are|was|were)\s+(?:very\s+|most\s+)?(?:glad|pleased|delighted|happy|proud|honou?red)(?:\s+to\s+be\s+able)?|(?:pleasure|honou?r|privilege)(?:\s+to\s+be\s+able)?)\s+to\s+$/iu;
const NEGOTIATION =
  /\b(?:negotiat\w*|talks on|prepar\w*|work(?:ing)? (?:on|towards?)|elaborat\w*|draft(?:ing)?)\b[^.;]{0,40}$/i;

const INTENT_BEFORE_TO =
  /\b(?:agreed|agree|decided|plans?|planned|hopes?|hoped|wish(?:es|ed)?|wants?|wanted|intends?|intended|expects?|expected|aims?|aimed|undertook|promised|pledged|is\s+ready|are\s+ready)\s+to\s+$/i;

/**
 * Is the mention at `offset` in `sentence` only an intention to sign? The last signing verb before
 * the mention decides: "signed" is a fact, "to sign" / "will sign" an intention.
 */
export function isIntentOnly(sentence: string, offset: number, mentionEnd = offset): boolean {
  const before = sentence.slice(0, offset);
  if (/\bdraft\s+(?:\p{L}+\s+){0,2}$/iu.test(before)) return true;
  let last: RegExpExecArray | null = null;
  SIGN_VERB.lastIndex = 0;
  for (let m = SIGN_VERB.exec(before); m; m = SIGN_VERB.exec(before)) last = m;
  if (last) {
    const verb = (last[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    const lead = before.slice(0, last.index);
    // "is expected to be signed", "will be signed": a passive future is an intention too.
    if (
      /^(?:signed|concluded|adopted|issued|inked|initialled|initialed)$/.test(verb) &&
      /\b(?:to|will|would|shall|could|may|might|'ll)\s+be\s+$/i.test(lead)
    )
      return true;
    // "Mr. Muldoon and I will each have previously signed a copy of the Agreement": done only by then.
    if (
      /^(?:signed|concluded|inked|initialled|initialed)$/.test(verb) &&
      /\b(?:will|would|shall)\s+(?:(?:each|both|also|all|already)\s+)?have\s+(?:(?:previously|already|each|both)\s+)?$/i.test(
        lead,
      )
    )
      return true;
    // "countries which have not yet signed the Treaty": no signing at all.
    if (/^(?:signed|concluded|inked)$/.test(verb) && /\b(?:not|never)\s+(?:yet\s+)?$/i.test(lead)) return true;
    // "… and substantially concluded the negotiations on a Clean Economy Agreement and an innovative
    // Fair Economy Agreement": talks ended, nothing signed yet.
    if (
      /^conclud/.test(verb) &&
      /^\s+(?:the\s+)?(?:negotiations?|talks)\s+(?:on|for|of)\s/i.test(before.slice(last.index + last[0].length))
    )
      return true;
    // "We will also enter into a Memorandum of Understanding on …" (a batch 16 development release).
    if (/^(?:sign|conclude|ink|adopt|issue|initial|execute|enter into)$/.test(verb)) {
      // "a ceremony was held to sign ten documents": the signing took place.
      if (/\b(?:was|were)\s+(?:also\s+)?(?:held|organi[sz]ed)\s+to\s+$/i.test(lead)) return false;
      // "used their first meeting to sign", "took the opportunity to sign": done, with a purpose.
      if (/\b(?:used|took)\s+(?:[\p{L}'’-]+\s+){1,5}to\s+$/iu.test(lead)) return false;
      // "the delegations … had met for their seventh summit, in Athens, to sign an agreement": a
      // meeting told in the past, held to sign.
      if (
        /\b(?:had\s+)?(?:met|gathered|convened)\b(?![^.;]*\b(?:will|would|to\s+meet)\b)[^.;]{0,160}?\bto\s+$/iu.test(
          lead,
        ) &&
        // "met to reactivate an MoU … and agreed to sign a new agreement": the signing is only agreed on.
        !INTENT_BEFORE_TO.test(lead)
      )
        return false;
      // "became the 50th country to sign the Convention": a signing counted among others, done.
      if (
        /\b(?:became|becomes|is|was)\s+(?:the|a)\s+(?:[\p{L}\d-]+\s+){0,2}(?:country|nation|state|government|member|party)\s+to\s+$/iu.test(
          lead,
        )
      )
        return false;
      // "we have been able to sign today the …", "it gives me great pleasure to sign this …": those
      // who signed, telling of it in a speech; not when the pleasure is still to come.
      if (ABLE_OR_GLAD_TO.test(lead) && !/\b(?:will|would|shall|look(?:s|ing)?\s+forward)\b/i.test(lead)) return false;
      if (FUTURE_MARK.test(lead)) return true;
    }
    // "ahead of the signing", "talks with the envoy on the execution of the Agreement", "Leaders looked
    // forward to the signing of …".
    if (
      (verb === "signing" || verb === "execution") &&
      (/\b(?:possibility of|prepar\w* for|ahead of|towards?|before|look(?:s|ed|ing)?\s+forward\s+to|(?:talks|discussions?|negotiations?)\b[^.;]{0,60}?\bon)\s+(?:the\s+)?$/i.test(
        lead,
      ) ||
        // "through the upcoming signing of a … Agreement": a signing still to come.
        /\b(?:upcoming|forthcoming|future|planned|expected|proposed|prospective|anticipated|impending)\s+$/i.test(
          lead,
        ) ||
        ATTENDING_A_SIGNING_TO_COME.test(lead))
    )
      return true;
    if (verb === "signing" && (APPROVAL_OF_SIGNING.test(lead) || FOR_A_SIGNING_TO_COME.test(lead))) return true;
    // "For example, I shall be signing agreements between …": a signing to come, told in the progressive
    // (not "Today our Foreign Ministers will be signing …", the release's own event).
    if (
      verb === "signing" &&
      /\b(?:will|shall|'ll)\s+(?:also\s+)?be\s+$/i.test(lead) &&
      !/\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i.test(lead)
    )
      return true;
    // "Signing of the new Air Services Agreement with Singapore is expected later this year."
    if (
      verb === "signing" &&
      /^[^.;]{0,80}?\b(?:is|are)\s+(?:now\s+|also\s+)?(?:expected|scheduled|planned|due|set|being\s+(?:prepared|planned|negotiated)|under\s+preparation)\b/i.test(
        sentence.slice(mentionEnd),
      )
    )
      return true;
    return false;
  }
  if (AFTER_INTENT.test(sentence.slice(mentionEnd))) return true;
  // "New Zealand's intention to accede to the Convention …", "will become a party to the Treaty";
  // "the early conclusion of a high-quality Free Trade Agreement" hoped for.
  if (ACCESSION_TO_COME.test(before) || CONCLUSION_HOPED_FOR.test(before)) return true;
  if (NEGOTIATION.test(before)) return true;
  if (APPROVAL.test(before)) return true;
  return false;
}

// Documents are exchanged ("exchanged the instruments of ratification"); views, greetings and
// experience exchanged at a meeting are talk.
const EXCHANGED = String.raw`exchang\w*(?!\s+(?:of\s+)?(?:views|opinions|ideas|greetings|information|experiences?|thoughts|gifts|pleasantries|knowledge|best\s+practices)\b)`;

/**
 * A sentence that tells of a signing in any tense or form: a named document in it may be this release's.
 * Not "a significant benefit", "a signal", "the Chief Executive": words that only begin alike.
 */
// "The President and I agreed that the Minsk Agreements are the key": a view shared, not a document.
export const SIGNING_WORD = new RegExp(
  String.raw`\b(?:sign(?!ific|al|post|age)\w*|inked|ink|seal\w*|conclu\w*|entered\s+into|enter\s+into|execut(?!ive)\w*|agreed(?!\s+that\b)|${EXCHANGED})\b`,
  "i",
);

/**
 * "… signed today between A and B": the time of a signing that can stand between the verb and its
 * parties (as both a passive and a bare participle after the document's name write it).
 */
const SIGNING_TIME = String.raw`(?:today|yesterday|this\s+(?:morning|afternoon|evening|week)|earlier\s+today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))`;
export const MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

// "with Norway's Minister of Trade Per Berg", "with Mr Berg": the one a document was signed with
// (the title ends before it; the party is read after it).
export const WITH_SIGNER = String.raw`with\s+(?=(?:Mr|Ms|Mrs|Dr|Prof|HE|H\.E\.|Minister|Ambassador|President)\.?\s|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s)`;

/**
 * Where and when a signing was, between its verb and what follows ("signed in Berlin on Monday by …",
 * "was signed on 12 May."): read by the signed-here test and by the parties after "by". The place is
 * one word: these patterns are case-insensitive, where \p{Lu} matches any letter, and a longer place
 * would swallow "in a ceremony on Monday".
 */
// "on 3 March 2023", "on March 3, 2023": a day may bring its year.
export const SIGNING_CIRCUMSTANCE = String.raw`(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*|\s+${SIGNING_TIME}|\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}(?:,?\s+(?:19|20)\d{2})?|\s+on\s+${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?)*`;

/**
 * "in 2009", "in May 2009": a year the text gives a signing (or a title must not swallow). Not a
 * period ("years of youth exchanges in 2023–2024"): what a document is about, not when it was signed.
 */
// "in 2015", "in December 1987", "in late 2018".
export const IN_YEAR = String.raw`\bin\s+(?:(?:early|late|mid-?)\s*)?(?:${MONTH_NAME}\s+)?((?:19|20)\d{2})\b(?!\s*[-–—/]\s*\d)`;

/**
 * "(MOU) was signed today between …", "(MOU) signed today between …" right after a document's name:
 * a signing done here, its parties next. The bare participle needs its time: "The MoU signed between
 * the two universities aims to …" names again a document the release has already told of.
 */
// "was also signed", "were then formally signed": an adverb between the auxiliary and the verb.
export const PASSIVE_SIGNED = String.raw`(?:was|were|has\s+been|have\s+been)\s+(?:(?:also|then|officially|formally|jointly|further|subsequently|likewise|finally)\s+){0,2}(?:signed|concluded|inked)`;

export const SIGNED_BETWEEN_AFTER = new RegExp(
  String.raw`^\s*(?:\([^)]{1,12}\)\s*)?(?:${PASSIVE_SIGNED}${SIGNING_CIRCUMSTANCE}|(?:signed|concluded|inked)\s+${SIGNING_TIME})\s+between\s+`,
  "i",
);

// "A memorandum … was signed today. It was signed by Jane Doe on behalf of …": the next sentence names who.
export const SIGNED_BY_NEXT =
  /^\s*(?:(?:It|The\s+(?:document|memorandum|MoU|MOU|agreement|accord|contract|protocol|deal|grant\s+contract))\s+was\s+(?:\p{Ll}+\s+){0,3}?signed\s+by\b|Signing\s+(?:it|the\s+[\p{L}-]+)\s+(?:were|was)\s)/u;

// A document, then the participle of its signing, maybe with when and where, then who signed it:
// "The Agreement on …, signed today by the foreign ministers of …", "the memorandum signed on Monday by …".
export const SIGNED_PARTICIPLE_AFTER = new RegExp(
  String.raw`^[^.;]{0,160}?(?:,\s*|\s|\bwhich\s+was\s+)signed${SIGNING_CIRCUMSTANCE},?\s+(?:by|between)\b`,
  "iu",
);

// "the treaty we have just signed", "This agreement, which the Prime Minister and I signed this
// morning, …": right after a document, a relative clause of those who signed it, telling of it.
export const SIGNED_BY_US_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:which\s+|that\s+)?(?:we|I|(?:[\p{L}.'’-]+\s+){1,5}and\s+I)\s+(?:have\s+|had\s+)?(?:just\s+|today\s+|now\s+|also\s+)?(?:signed|concluded)\b`,
  "iu",
);

/**
 * "A contract on “…”, totaling €28,400, was signed between …", "A contract for 40 locomotives was
 * signed on Monday by …": later in the sentence of an indefinite document, its signing, maybe with
 * where and when, then its signatories or the sentence's end.
 */
export const SIGNED_LATER = new RegExp(
  String.raw`^[^.;]{0,160}?\bwas\s+signed${SIGNING_CIRCUMSTANCE}(?:\s+(?:by|between)\b|\s*[.;]|$)` +
    // "in a joint statement signed as a result of today's talks, the leaders …" (batch 24 dev).
    String.raw`|^\s+signed\s+(?:as\s+a\s+result\s+of|following|after|during|at)\s+(?:(?:the|today's|their|these)\s+)?(?:[\p{L}-]+\s+)?(?:talks|meeting|negotiations|visit|summit|consultations)\b`,
  "iu",
);

/** "I congratulate Turkey, Finland and Sweden on signing a trilateral memorandum" (batch 60 dev): a
 * signing done, by those congratulated (the first group). */
export const CONGRATULATED_ON_SIGNING =
  /\bcongratulat\w*\s+([^.;]+?)\s+on\s+(?:signing|concluding)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/**
 * "committed to the principles … by signing the Artemis Accords", "after signing the Agreement on …":
 * the gerund of a deed done, unless the sentence tells of what is to come ("will join by signing");
 * and a speaker's "we’re signing …".
 */
export function signedByGerund(before: string): boolean {
  // "we’re signing a memorandum of cooperation": a speaker at the signing, telling of it.
  if (
    /\b(?:we['’]re|we\s+are|I['’]m|I\s+am)\s+(?:(?:now|also|today|here)\s+)?signing\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(
      before,
    )
  )
    return true;
  if (CONGRATULATED_ON_SIGNING.test(before)) return true;
  const gerund = /\b(?:by|after|upon|when|in)\s+signing\s+(?:[\p{L}-]+\s+){0,4}$/iu.exec(before);
  // A deed told in the past: "By signing the Accords, nations commit to …" says what signing means.
  const main = gerund ? before.slice(0, gerund.index) : "";
  return (
    !!gerund &&
    /\b(?:\p{L}{2,}ed|did|made|took|became|joined)\b/iu.test(main) &&
    !/\b(?:will|would|shall|(?:is|are|plans?|intends?|hopes?|expects?)\s+to)\b/i.test(before)
  );
}

// "the signing of the Memorandum …", "the signing that we had earlier today of the Memorandum …".
// "witnessed the exchange of four memoranda": documents exchanged at a ceremony (not views, greetings …).
// "the signing of", "the signature of" (a batch 47 development release: "witnessed the signature of a
// Statement of Intent"), "the exchange of".
const SIGNING_OF = String.raw`(?:(?:signing|signature)\s+(?:(?:that|which)\s[^.;]{0,40}?\s)?of|exchange\s+of(?!\s+(?:views|opinions|ideas|greetings|information|experiences?|thoughts|gifts|pleasantries|knowledge|best\s+practices)\b))`;
/** "the signing … of a …" right before a mention: its signing told here. */
export const SIGNING_OF_BEFORE = new RegExp(String.raw`\b${SIGNING_OF}\s+(?:[\p{L}-]+\s+){0,4}$`, "iu");
/** "signed the …", "the signing of the …" right before a bare kind: that document, signed here. */
export const SIGNED_THE_BEFORE = new RegExp(
  String.raw`\b(?:signed|inked|concluded|${SIGNING_OF})\s+the\s+(?:[\p{Ll}-]+\s+){0,2}$`,
  "iu",
);

export const PAST_SIGNING = new RegExp(
  String.raw`\b(?:signed|inked|concluded|issued|sealed|${EXCHANGED.replace("\\w*", "ed")}|entered into|executed|execution of|signature of)\b`,
  "i",
);

/**
 * The sentence before tells of a signing (a ceremony, "was signed"), in past or present; with
 * `orAfter`, or the sentence after does.
 */
export function signedJustBefore(sentences: readonly Span[], sentence: Span, orAfter = false): boolean {
  const tells = (s: Span | undefined) =>
    !!s &&
    SIGNING_WORD.test(s.text) &&
    !isIntentOnly(s.text, s.text.length) &&
    !/\b(?:will|shall|would|to\s+be|(?:is|are)\s+(?:expected|scheduled|due)\s+to|plans?\s+to)\b/i.test(s.text);
  return (
    tells(sentences.filter((x) => x.end <= sentence.start).pop()) ||
    (orAfter && tells(sentences.find((x) => x.start >= sentence.end)))
  );
}

/** "A significant deal was also concluded with …", "another agreement": one more of a kind already named. */
export function oneMore(before: string, after: string): boolean {
  return (
    /^\s*(?:was|were|has\s+been)\s+also\s+(?:signed|concluded|inked|agreed)\b/i.test(after) ||
    /\b(?:another|a\s+(?:second|separate|further))\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before)
  );
}

// "… says Ms Collins, who signed the agreements in Tokyo" (or "signed two agreements").
const SIGNED_SEVERAL =
  /\bsigned\s+(?:the|two|three|four|both|these)\s+(?:[\p{L}-]+\s+){0,2}(?:agreements|documents|arrangements|memoranda|memorandums)\b/iu;
// "The Information Security Agreement provides a legal framework …": what a document does.
const DOES_AFTER =
  /^\s+(?:provides|sets\s+out|establishes|allows|enables|covers|governs|outlines|gives|creates|will)\b/i;

/**
 * A document named by its title at the head of a sentence that says what it does, after the release
 * told of several signed: one of them (a batch 26 development release).
 */
export function describedAmongSigned(text: string, sentence: Span, kw: KeywordHit): boolean {
  return (
    /^\s*["“]?The\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}$/u.test(text.slice(sentence.start, kw.start)) &&
    DOES_AFTER.test(text.slice(kw.end, sentence.end)) &&
    SIGNED_SEVERAL.test(text.slice(0, sentence.start))
  );
}

/**
 * "* Q&A … Treaty on Defence Trade Cooperation Factsheet - RTF 130KB | PDF 95KB": a line offering a
 * file to download, not a document told of.
 */
export function inFileLine(text: string, kw: KeywordHit): boolean {
  const end = text.indexOf("\n", kw.end);
  return /\b(?:PDF|RTF|DOCX?)\s*\d[\d.]*\s*[KM]B\b/.test(text.slice(kw.end, end < 0 ? undefined : end));
}

/**
 * "**SECURING THE TECH PROSPERITY DEAL:** During the visit …": a heading in capitals names what the
 * paragraph below tells (a batch 15 development fact sheet), where the document is read; so does a
 * list item's label ("- **Secure Communications MOU**: A and B signed an MOU …", batch 15 too).
 */
export function inHeading(text: string, kw: KeywordHit): boolean {
  const head = text.slice(text.lastIndexOf("\n", kw.start - 1) + 1, kw.end);
  if (/\p{Lu}{4}/u.test(kw.text) && !/\p{Ll}/u.test(head)) return true;
  const label = /^\s*(?:(?:[-–—•·]|\*(?!\*))\s+)?(\*\*)?[^\n:.*]*$/u.exec(head);
  return (
    !!label && (!!label[1] || /^\s*[-–—•·*]/.test(head)) && /^(?:\*\*)?\s*:\s/.test(text.slice(kw.end, kw.end + 5))
  );
}

/**
 * "witnessed the signing of the Comprehensive Economic Partnership Agreement (CEPA) and accompanying
 * investment treaty": a second document joined to one signed in the same words (a batch 14
 * development release). Used only when a document of that sentence was found before it.
 */
export const COORDINATED_AFTER_SIGNING =
  /\b(?:signed|inked|concluded|signing\s+of)\s[^.;]*?\s+and\s+(?:(?:an?|its|their|accompanying|related)\s+){0,2}(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * Documents listed as signed: after "witnessed the signing of eight documents:" in the same sentence
 * ("agreements on customs and on transport, memorandums on …, and a plan of …"), or in "Among them
 * are …" / "They include …" / "The intergovernmental documents include …" right after a sentence
 * that tells of a signing.
 */
export function listedAsSigned(before: string, sentence: Span, sentences: readonly Span[]): boolean {
  if (/\b(?:signing|exchange)\s+of\b[^.;:]*:\s*[^.;:]*$/i.test(before)) return true;
  // "the leaders witnessed the exchange of documents, including a memorandum on …": signed documents
  // exchanged in their presence.
  if (EXCHANGE_INCLUDING.test(before)) return true;
  return LIST_OPENER.test(sentence.text) && signedJustBefore(sentences, sentence);
}

const EXCHANGE_INCLUDING =
  /\b(?:signing|exchange)\s+of\s+(?:[\p{L}-]+\s+){0,3}(?:documents|agreements|instruments|memorand\w*|MoUs)\b[^.;:]*?\bincluding\b[^.;:]*$/iu;

// "The intergovernmental documents include": the documents the sentence before told of, by kind.
const LIST_OPENER =
  /^\s*(?:Among\s+them|They|These|The\s+(?:[\p{Ll}-]+(?:\s+and\s+|,\s+|\s+)){0,3}(?:documents|agreements|instruments))\s+(?:are|were|include[sd]?)\b/u;
