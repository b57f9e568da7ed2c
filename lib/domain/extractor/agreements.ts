/**
 * Agreements: documents signed, issued or concluded, with their type, title and parties.
 *
 * Three sources, in this order:
 * 1. quoted titles ("Memorandum of Understanding between A and B on X");
 * 2. items of a list introduced as signed ("the following documents were signed:");
 * 3. mentions in running text ("issued a Joint Declaration on X", "the agreement between A and B
 *    on X", "signed a Master Franchise Agreement with Y").
 * A mention governed by an intention only ("intends to sign", "will sign", "is expected to sign",
 * "a draft agreement") is not an agreement.
 */

import type { AgreementType, ExtractedAgreement, Range } from "./types";
import { quoteRange, type QuoteSpan } from "./quote-spans";
import type { OrgContext } from "./organisations";
import {
  COORDINATED_AFTER_SIGNING,
  PAST_SIGNING,
  SIGNED_BY_NEXT,
  SIGNING_WORD,
  inFileLine,
  inHeading,
  isIntentOnly,
  listedAsSigned,
  signedJustBefore,
  SIGNING_OF_BEFORE,
  SIGNED_THE_BEFORE,
  describedAmongSigned,
  oneMore,
} from "./agreement-signals";
import { DEAL_BEFORE, DEAL_NOUN, keywordsIn } from "./agreement-keywords";
import { signedInSentence, signedRightAfter } from "./agreement-signed-here";
import { referencedOnly, rememberedTitles } from "./agreement-references";
import { headlineSigning } from "./agreement-headline";
import {
  countryPairParties,
  hyphenPairParties,
  DOCUMENT_COLLECTIVE,
  namedParties,
  signersBefore,
  statesAround,
  signedByParties,
  subjectParties,
} from "./agreement-parties";
import { bodiesOfSignatories } from "./agreement-signatories";
import {
  COUNT_BEFORE,
  COUNTED_BEFORE,
  PLURAL,
  introParties,
  leadPair,
  partiesBeforeDash,
  signedListItems,
} from "./agreement-lists";
import { bilateralEach } from "./agreement-each";
import { concernedDocuments, listedDocuments, ordinalTopic, tidyTitle } from "./agreement-plurals";
import { parseMention, parseWholeTitle, type ParsedAgreement } from "./agreement-titles";
import { describesJustNamed, namedAgain, withoutRepeats } from "./agreement-repeats";
import { partySet, placeSummaries, titleKeyOf, type Summary } from "./agreement-summaries";
import { transactionsIn } from "./agreement-transactions";
import { inRanges, sentenceAt, squeeze, type Span } from "./text-utils";
import { preferredCountryName } from "./countries";

export interface AgreementInput {
  /** Year of the release's dateline, when known: a signing dated another year is an earlier one. */
  releaseYear?: number | null;
  /** The release's own date (ISO), when known: a signing dated weeks before it is an earlier one. */
  releaseDate?: string | null;
  titleQuotes: readonly QuoteSpan[];
  sentences: readonly Span[];
  headlineRange: Range | null;
  /** Lines that were written in capitals (prepared-text.ts): headings, which tell of no signing. */
  headings: readonly Range[];
  ctx: OrgContext;
}

const QUOTED_TOPIC_BEFORE =
  /\b(?:MoUs?|MOUs?|Memorand(?:um|a|ums)|Agreements?|Treaty|Protocol|Declaration)\b[^"“«.;]{0,40}?\s*(?:\([^)]{1,12}\)\s*)?(?:on|for|regarding|concerning)\s+(?:the\s+)?$/i;
const SIGNED_RIGHT_BEFORE = /\b(?:signed|concluded)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

// "Notes were exchanged between A and B": diplomatic notes are exchanged, in either voice.
const NOTES_EXCHANGED = /^notes\s+(?:were|have\s+been|had\s+been)\s+(?:signed\s+and\s+)?(?:formally\s+)?exchanged\b/i;

export function extractAgreements(text: string, input: AgreementInput): ExtractedAgreement[] {
  const { sentences, ctx } = input;
  const out: (ExtractedAgreement & { order: number })[] = [];
  const consumed: Range[] = [];
  if (input.headlineRange) consumed.push(input.headlineRange);

  const add = (found: ParsedAgreement, type: AgreementType, sentence: Span | null, order: number) => {
    const a = { ...found, title: tidyTitle(found.title) };
    // "between Ambassador Taro Sato of Japan and Ola Berg, Director of Tarn Water": the bodies they signed for.
    let parties = bodiesOfSignatories(a.parties, ctx) ?? a.parties;
    // "The companies also signed ..." refers to the parties of an agreement in an earlier
    // sentence; items enumerated in the same sentence share its subject instead.
    const previous = out
      .filter((o) => o.parties.length > 0 && o.order < (sentence ? sentence.start : order))
      .sort((x, y) => x.order - y.order)
      .pop();
    if (parties.length === 0 && sentence) parties = subjectParties(text, sentence, a, ctx, previous);
    if (parties.length === 0 && sentence) parties = signedByParties(text, sentence, a, ctx);
    if (parties.length === 0 && sentence) parties = signersBefore(text, sentence, a);
    // "A memorandum … was signed today. It was signed by Jane Doe on behalf of …": the next sentence.
    const next = sentence && parties.length === 0 ? sentences.find((x) => x.start >= sentence.end) : undefined;
    if (next && SIGNED_BY_NEXT.test(next.text))
      parties = signedByParties(text, next, { start: next.start, end: next.start }, ctx);
    if (parties.length === 0 && sentence) parties = countryPairParties(sentence, ctx);
    // "the Norway-Finland agreement": the pair written before the document.
    if (parties.length === 0) parties = hyphenPairParties(text.slice(Math.max(0, a.start - 40), a.start), ctx);
    // "The documents signed include …", "Several documents were signed": the documents are no party.
    // A pronoun ("Mr. Muldoon, and I will sign …") names no party either.
    parties = namedParties(
      parties.filter((p) => !DOCUMENT_COLLECTIVE.test(p) && !/^(?:I|we|he|she|they|it|you)$/i.test(p)),
      ctx,
    );
    const key = titleKeyOf(a.title);
    // The same title with other parties (in any order) is another document (one with each partner).
    const sameParties = (o: ExtractedAgreement) =>
      o.parties.length === 0 || parties.length === 0 || partySet(o.parties) === partySet(parties);
    const dup = out.find((o) => titleKeyOf(o.title) === key && sameParties(o));
    if (dup) {
      if (dup.parties.length === 0) dup.parties = parties;
      return;
    }
    out.push({ type, title: a.title, parties: [...new Set(parties)], range: [a.start, a.end], order });
  };

  // 1. Quoted titles.
  for (const q of input.titleQuotes) {
    const [s, e] = quoteRange(q);
    consumed.push([q.open, (q.close ?? e) + 1]);
    if (input.headlineRange && s >= input.headlineRange[0] && s < input.headlineRange[1]) continue;
    // The quoted topic of a document named just before ("an MoU on the “… Program”") is read
    // with that document in running text.
    if (QUOTED_TOPIC_BEFORE.test(text.slice(Math.max(0, q.open - 80), q.open))) continue;
    // '… a Stockholder Rights Plan (the "Rights Agreement")': a defined term names what the sentence
    // already named; that mention, read in running text, decides.
    if (
      /\(\s*(?:the\s+)?$/i.test(text.slice(Math.max(0, q.open - 6), q.open)) &&
      /^\s*\)/.test(text.slice((q.close ?? e) + 1))
    )
      continue;
    // Many words in the first person ("We are very pleased to finalize this License Agreement as it …"),
    // or in lower case ("given the … Association Agreement …"), are speech cut short, not a title.
    const [quoted, quotedWords] = [text.slice(s, e), text.slice(s, e).split(/\s+/).length];
    if ((/^(?:We|I|Our|My)\s/.test(quoted) && quotedWords > 12) || (/^\p{Ll}/u.test(quoted) && quotedWords > 30))
      continue;
    const kws = keywordsIn(text, s, e);
    const kw = kws[0];
    // A title opens with what it names; a sentence that mentions a document on its way ("Today, A
    // & B signed an MoU for 3 projects …") is quoted speech.
    if (!kw || /\b(?:signed|inked|sign|signs)\b/i.test(text.slice(s, kw.start))) continue;
    const sentence = sentenceAt(sentences, q.open);
    if (sentence && isIntentOnly(sentence.text, q.open - sentence.start, (q.close ?? e) - sentence.start)) continue;
    // A quoted name can be the ground of this release's document, signed before (referencedOnly).
    const [ahead, behind] = sentence ? [text.slice(sentence.start, q.open), text.slice(e, sentence.end)] : ["", ""];
    if (referencedOnly(ahead, behind, false, input.releaseYear ?? null)) continue;
    // A quoted programme or plan is named for what it does ('praised the results of the "School Lunch
    // Programme" project'), a partnership for a relationship: documents only where a signing is told.
    const named = kw.type === "OTHER" || DEAL_NOUN.test(squeeze(kw.text));
    if (named && !(sentence && SIGNING_WORD.test(sentence.text))) continue;
    const parsed = parseWholeTitle(text, s, e, kw, ctx);
    if (!parsed) continue;
    parsed.end = e;
    add(parsed, kw.type, sentence, s);
  }

  // 2. Items of a list of signed documents.
  let lead: string[] | undefined;
  for (const item of signedListItems(text)) {
    if (inRanges(consumed, item.start)) continue;
    consumed.push([item.start, item.end]);
    if (item.planned) continue;
    // "Joint Action Program for 2017-2019, which engages …": what the document does is not its title.
    const described = /,\s+(?:which|that|whereby|under which|aimed|aiming|designed|intended|to\s+\p{Ll}+)\b/u.exec(
      text.slice(item.start, item.end),
    );
    const itemEnd = described ? item.start + described.index : item.end;
    const pair = partiesBeforeDash(text, item.start, itemEnd, ctx);
    const from = pair?.from ?? item.start;
    const kw = keywordsIn(text, from, itemEnd)[0] ?? null;
    // "Academic Partnerships: Field schools and articulation programmes.": a field of cooperation
    // with its description, a label before a colon, names no document.
    if (/^[^:\n]{2,60}:\s+\p{Lu}/u.test(text.slice(item.start, itemEnd)) && (!kw || kw.start - item.start > 60))
      continue;
    const parsed = parseWholeTitle(text, from, itemEnd, kw, ctx);
    if (!parsed) continue;
    // "… – A partnership to develop fruit production": the words after the kind say what it is for.
    if (pair) {
      parsed.parties = pair.parties;
      parsed.title = parsed.title.replace(/\s+(?:to\s+\p{Ll}|\p{Ll}+ing\s)[\s\S]*$/u, "");
    }
    const type = kw && kw.start - from <= 40 ? kw.type : "OTHER";
    // An item written in running-text case ("a memorandum of cooperation;") starts with a capital.
    parsed.title = parsed.title.charAt(0).toUpperCase() + parsed.title.slice(1);
    // An item that names no parties has those of the intro ("12 agreements between Mongolia and
    // Russia were signed:"), when it names two.
    if (parsed.parties.length === 0) parsed.parties = introParties(item.intro, ctx);
    if (parsed.parties.length === 0) parsed.parties = lead ??= leadPair(sentences, ctx);
    add(parsed, type, null, item.start);
  }

  // "GE Healthcare and Semmelweis University signed an MOU …" after "Westinghouse and MVM signed
  // MOUs …": a fact sheet's next document of the same kind, with signers of its own (batch 15 dev).
  const ownSigners = (parsed: ParsedAgreement, sentence: Span, named: readonly ExtractedAgreement[]) => {
    const signers = subjectParties(text, sentence, parsed, ctx, undefined);
    return signers.length >= 2 && !named.some((o) => o.parties.join("|") === signers.join("|"));
  };

  // 3. Mentions in running text.
  const summaries: Summary[] = [];
  const mentions = keywordsIn(text, 0, text.length);
  // Deals named by what they set up ("a research collaboration"): they do not stand for documents
  // counted in a summary ("signed two MoUs") the way a named document does.
  const deals = new Set<number>();
  for (const [k, kw] of mentions.entries()) {
    if (inRanges(consumed, kw.start) || inHeading(text, kw) || inFileLine(text, kw)) continue;
    if (/\p{L}{4}/u.test(kw.text) && inRanges(input.headings, kw.start)) continue;
    // "Country Programme Action Plan": the last keyword of a capitalised name is its head.
    const next = mentions[k + 1];
    // "… Trade Agreement (ANZCERTA) Investment Protocol": its short name may stand between.
    if (
      next &&
      /^\s+(?:\([A-Z]{2,10}\)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u.test(text.slice(kw.end, next.start)) &&
      /^\p{Lu}/u.test(next.text)
    )
      continue;
    const sentence = sentenceAt(sentences, kw.start);
    if (!sentence) continue;
    const parsed = parseMention(text, kw, sentence.end, sentence.start, ctx);
    const enumerated = ordinalTopic(text, kw, parsed, sentence);
    const capital = /^\p{Lu}/u.test(kw.text);
    const offset = parsed.start - sentence.start;
    if (isIntentOnly(sentence.text, offset, parsed.end - sentence.start)) continue;
    const before = text.slice(sentence.start, parsed.start);
    const after = text.slice(parsed.end, sentence.end);
    if (describesJustNamed(text, kw.text, parsed.topic, sentence.start, parsed.start, out)) continue;
    // "entered a research collaboration", "obtained an exclusive license from …": only so (as the first
    // word of a document's name it is no keyword: keywordsIn).
    if (DEAL_NOUN.test(squeeze(kw.text))) {
      if (
        !DEAL_BEFORE.test(text.slice(sentence.start, kw.start)) &&
        !NOTES_EXCHANGED.test(text.slice(kw.start, sentence.end))
      )
        continue;
      if (out.some((o) => o.range[0] >= sentence.start && o.range[0] < sentence.end)) continue;
      consumed.push([parsed.start, parsed.end]);
      add(parsed, kw.type, sentence, parsed.start);
      // Without the parties that set it up, a deal so named says too little to propose.
      const last = out.at(-1);
      if (last && last.order === parsed.start && last.parties.length === 0) out.pop();
      else deals.add(parsed.start);
      continue;
    }
    // "signed five agreements relating to A, B and C": one document per topic.
    // Signed here: a signing verb before, "the signing of agreements on …", or "… were signed" after.
    const listSigned =
      PAST_SIGNING.test(before) ||
      listedAsSigned(before, sentence, sentences) ||
      SIGNING_OF_BEFORE.test(before) ||
      /^[^.;]*?\b(?:were|(?:have|has)(?:\s+also)?\s+been)\s+(?:(?:also|all|then|officially|formally|jointly|successfully)\s+)?(?:signed|concluded|inked)\b/i.test(
        text.slice(kw.end, sentence.end),
      );
    const listed = listedDocuments(text, kw, sentence, sentences, listSigned);
    if (listed) {
      for (const [n, title] of listed.titles.entries()) {
        const one = {
          title,
          parties: [],
          between: false,
          topic: true,
          premod: false,
          start: kw.start,
          end: listed.end,
        };
        add(one, kw.type, sentence, kw.start + n);
      }
      consumed.push([kw.start, listed.end]);
      continue;
    }
    const coordinated =
      COORDINATED_AFTER_SIGNING.test(before) && out.some((o) => o.range[0] >= sentence.start && o.range[0] < kw.start);
    const signedHere = coordinated || signedInSentence(text, before, after, sentence, sentences, enumerated);
    // "New Zealand has signed side letters with Brunei, Malaysia, Peru and Viet Nam": one each. Security
    // arrangements are measures, documents only when so ("I signed new … arrangements with A and B").
    const each = signedHere ? bilateralEach(text, kw, parsed, sentence, ctx) : null;
    if (/^arrangements$/i.test(squeeze(kw.text)) && !(each && SIGNED_RIGHT_BEFORE.test(before))) continue;
    if (each) {
      consumed.push([parsed.start, parsed.end]);
      for (const [n, parties] of each.entries()) add({ ...parsed, parties }, kw.type, sentence, parsed.start + n);
      continue;
    }
    let accept: boolean;
    // Plans and programmes are "adopted" without anyone signing them: only signing counts for them.
    const signedOther = signedHere && !/\badopted\b/i.test(before);
    // A plan or charter "between A and B" is a document only where its sentence tells of a signing
    // ("Development of a connectivity plan between the two countries", "The Charter … between Ukraine
    // and the United States has been updated").
    if (kw.type === "OTHER" && (capital || parsed.between))
      accept =
        (parsed.between && (signedOther || SIGNING_WORD.test(sentence.text))) ||
        ((parsed.topic || parsed.premod) && signedOther);
    // "The agreement will deliver 18 new free trade agreements between the TPP parties": a count of
    // documents between parties, in a sentence that signs nothing, is what something brings about.
    else if (parsed.between)
      accept = !(PLURAL.test(kw.text) && COUNTED_BEFORE.test(before) && !SIGNING_WORD.test(sentence.text));
    // A document named by its kind alone ("the Economic Partnership Agreement") counts when its sentence
    // tells of a signing (talk of trade names such documents unsigned); one with a topic ("MoU on …")
    // also when the sentence before or after does (not alone: "obligations of the Treaty on …").
    else if (capital && (parsed.topic || parsed.premod))
      accept =
        (parsed.topic && (PAST_SIGNING.test(sentence.text) || signedJustBefore(sentences, sentence, true))) ||
        SIGNING_WORD.test(sentence.text) ||
        // "The Official Sister City Signing Ceremony took place on October 24. The objective of this
        // Sister City Agreement is …": the first document named, right after its signing is told.
        (out.length === 0 &&
          /\bthis\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before) &&
          signedJustBefore(sentences, sentence)) ||
        describedAmongSigned(text, sentence, kw);
    else if (parsed.topic) accept = kw.type === "OTHER" ? signedOther : signedHere;
    else {
      // A bare "a Memorandum of Understanding" counts only when it is signed here and is the first of
      // its type ("the MoU" refers back). A count or a bare plural is indefinite too ("signed 24
      // agreements"): it sums up documents signed here (kept below only when none of them is named).
      const indefinite =
        // An amount may stand among the words: "a $50 million loan agreement", "a €2m contract".
        /\b(?:a|an)\s+(?:(?:[\p{L}\d-]+|[$€£¥]?\d[\d.,]*(?:[mbk]n?|bn)?),?\s+){0,6}$/iu.test(before) ||
        // "has signed N600 million Memorandum of Understanding with …": an amount instead of the article.
        /\b(?:signed|inked|concluded)\s+(?:[A-Z]{1,3}\$?\s?|[$€£¥₦]\s?)?\d[\d.,]*\s*(?:million|billion|bn|m|k)?\s+(?:[\p{L}-]+\s+){0,3}$/u.test(
          before,
        ) ||
        COUNT_BEFORE.test(before) ||
        coordinated ||
        (PLURAL.test(kw.text) &&
          !/\b(?:the|these|those|its|their|our|such|both|all)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before));
      // "A and B signed the contract", "The cooperation agreement was signed by …": named by its
      // type only, and signed right here; the first of its type (a later one refers back to it).
      const definiteSigned =
        SIGNED_THE_BEFORE.test(before) ||
        (/(?:^|\s)(?:the|this)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(before) && signedRightAfter(after));
      // Documents named so far; a deal named by what it sets up ("a research collaboration") is
      // none of them, and a bare "an agreement" after it is a document of its own.
      const named = out.filter((o) => !deals.has(o.order));
      accept =
        (kw.type === "OTHER" ? signedOther : signedHere) &&
        // "the agreement", "the memorandum" may refer back to any document named before ("signed a
        // partnership agreement … signed the Memorandum"); "the joint statement" is no other kind of
        // document, and refers back only to one of its own.
        (indefinite ||
          (definiteSigned &&
            (named.length === 0 || (kw.type === "JOINT_DECLARATION" && !named.some((o) => o.type === kw.type))))) &&
        (parsed.premod ||
          !named.some((o) => o.type === kw.type) ||
          ownSigners(parsed, sentence, named) ||
          oneMore(before, after));
    }
    if (!accept) continue;
    // "signed a partnership agreement with the UN World Food Programme": a programme named as whom a
    // document is signed with is a body, not another document.
    if (kw.type === "OTHER" && /\b(?:with|by|from)\s+(?:the\s+)?$/i.test(before)) continue;
    if (referencedOnly(before, after, signedHere, input.releaseYear ?? null, input.releaseDate ?? null)) continue;
    if (!signedHere && namedAgain(before, parsed, kw.type, out)) continue;
    consumed.push([parsed.start, parsed.end]);
    // "signed three Memorandum of Understanding between A and B": a count that sums up the
    // documents; it stands for them only when none of them is named. "the Artemis Accords" is one.
    const oneNamed = /^Accords$/.test(kw.text) && parsed.premod && signedHere;
    if (COUNT_BEFORE.test(before) || (PLURAL.test(kw.text) && !parsed.between && !oneNamed)) {
      const definite = /\bthe\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before);
      summaries.push({ parsed, type: kw.type, sentence, definite, bare: !COUNT_BEFORE.test(before) });
      continue;
    }
    add(parsed, kw.type, sentence, parsed.start);
  }
  // "The documents signed … concern cooperation on A, B and C", in a sentence naming no other document.
  const free = sentences.filter((x) => !out.some((o) => o.order >= x.start && o.order < x.end));
  for (const d of concernedDocuments(free, ctx)) add(d.parsed, "OTHER", d.sentence, d.order);
  // "Acme has won an order from Tarn Air": a deal a report names by what was traded.
  for (const t of transactionsIn(text, free, input.releaseYear ?? null)) add(t.parsed, t.type, null, t.parsed.start);
  placeSummaries(summaries, out, deals, add, () =>
    ctx.acting.length === 2
      ? ctx.acting.map((code) => preferredCountryName(code, ctx.mentions))
      : (lead ??= leadPair(sentences, ctx)),
  );

  if (out.length === 0 && input.headlineRange)
    headlineSigning(text, input.headlineRange, ctx, add, input.releaseYear ?? null);
  const remembered = new Set(rememberedTitles(text).map(titleKeyOf));
  return withoutRepeats(out, sentences, text)
    .filter((a) => !remembered.has(titleKeyOf(a.title)))
    .map((a) => (a.parties.length === 0 ? { ...a, parties: statesAround(a.order, sentences, ctx) } : a))
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...a }) => a);
}
