/**
 * Attributions written after a quotation: "…," said X. / "…," X, CEO of Y, said. / "…," the
 * minister said. / "…" – X, Minister of Trade. The first form that fits names the speaker.
 */

import { HONORIFIC_ALT, HONORIFICS, RANK_ABBREVIATIONS } from "./names";
import { SPEECH_VERBS, parseSpeakerPhrase } from "./people";
import { ROLE_ALT } from "./roles";
import { namedOrganisation, type Attribution } from "./speaker-referents";
import type { QuoteSpan } from "./quote-spans";

const NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*)";
const AFTER_NAME_VERB = new RegExp(
  `^\\s*,?\\s*((?:he|she|they)|${NAME_WORD}(?:\\s+(?:${NAME_WORD}|of|the|and|for))*?)\\s+(?:${SPEECH_VERBS})\\b`,
  "u",
);
// "…", the minister said. A role instead of a name, resolved to the person given that role.
// "…," the head of the Uzbekistan Foreign Ministry wrote: the role may name whose it is; so may a
// possessive ("…," Finland's health minister said).
const AFTER_ROLE_VERB = new RegExp(
  `^\\s*,?\\s*((?:the|our|their|[\\p{L}-]+['’]s)\\s+(?:(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_ALT})(?:\\s+(?:of|at|for)\\s+[^,.;:"“”]{2,60}?)?|head\\s+of\\s+(?:state|government)))\\s+(?:${SPEECH_VERBS})\\b`,
  "iu",
);
// "…," the ministry said. A body speaking as itself, named in full earlier in the text.
const ORG_HEADS =
  "ministry|embassy|company|government|agency|organi[sz]ation|office|department|university|bank|commission|council|foundation|institute";
const AFTER_ORG_VERB = new RegExp(
  `^\\s*,?\\s*the\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:${ORG_HEADS}))\\s+(?:${SPEECH_VERBS})\\b`,
  "iu",
);

// "…," said the minister. The verb first, then a role.
const AFTER_VERB_ROLE = new RegExp(
  `^\\s*,?\\s*(?:${SPEECH_VERBS})\\s+((?:the|our|their)\\s+(?:(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_ALT})|head\\s+of\\s+(?:state|government)))\\b`,
  "iu",
);
// "…" – Ingrid Dahl, Minister of Trade. A signature after a dash, as in a quotation box.
const AFTER_DASH = /^\s*(?:[–—]|--?)\s*(\p{Lu}[^\n"“”]{2,140}?)\s*$/u;
// The full stop of an abbreviation or an initial ("said Dr. Lena Ost", "Maj. Gen. Gary Volesky",
// "Candace S. Johnson") does not end the attribution; a company's "Inc." before a new sentence
// ("…, Inc. He continued") does, and so does the next quotation's opening mark where a full stop was
// left out ("…," said Ambassador Y, the U.S. ambassador “We recognize …": batch 19 dev), and so does a
// comma before the next opening mark: the quotation goes on after its attribution ("…," said X, "and …").
const ABBREVIATIONS = [...HONORIFICS, "Gov", "Sen", "Jr", "Sr", "St", ...RANK_ABBREVIATIONS].join("|");
const AFTER_VERB_NAME = new RegExp(
  `^\\s*,?\\s*(?:${SPEECH_VERBS})\\s+((?:the\\s+)?\\p{Lu}(?:[^.;!?\\n"“”]|(?<=\\b(?:${ABBREVIATIONS}|\\p{Lu}))\\.|(?<=\\b(?:Inc|Ltd|Co|Corp))\\.(?!\\s+\\p{Lu}\\p{Ll})){1,140}?)\\s*(?:(?<!\\b(?:${ABBREVIATIONS}|Inc|Ltd|Co|Corp|\\p{Lu}))[.]|(?<=\\b(?:Inc|Ltd|Co|Corp))[.](?=\\s+\\p{Lu}\\p{Ll})|[;!?\\n]|$|(?=["“]\\p{Lu})|,(?=\\s*["“])|,\\s+(?:adding|noting|stressing|saying|explaining|continuing|emphasi[sz]ing|underlining)\\b)`,
  "u",
);
// "…," Ovel Media's head of international cooperation, Ivan Petrov, said. A title (or a role
// phrase) before the name, set off by commas; "…," Secretary-General of ASEAN, Dr. Surin Pitsuwan
// said (batch 16): with an honorific before the name, the comma after it may be left out.
const TITLE_THEN = `^\\s*,?\\s*(?:the\\s+)?[^"“”.;\\n]{2,120}?,\\s+`;
const NAME_RUN = `(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`;
const AFTER_TITLE_NAME_VERB = new RegExp(`${TITLE_THEN}${NAME_RUN},\\s+(?:${SPEECH_VERBS})\\b`, "u");
const AFTER_TITLE_HONORIFIC_NAME_VERB = new RegExp(
  `${TITLE_THEN}(?:${HONORIFIC_ALT})\\.?\\s+${NAME_RUN},?\\s+(?:${SPEECH_VERBS})\\b`,
  "u",
);
// "…," Jane Doe, CEO of Ovel Holdings, said. / "…," Ola Berg, who leads the institute, said. A
// name, then an appositive or a clause set off by commas (a company's "Inc." or an initial's full
// stop inside it), then the verb.
const AFTER_NAME_CLAUSE_VERB = new RegExp(
  `^\\s*,?\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3},\\s+(?:[^"“”.;:\\n]|(?<=\\b(?:Inc|Ltd|Co|Corp|${HONORIFIC_ALT}|Jr|Sr|St|\\p{Lu}))\\.){1,120}?),\\s+(?:${SPEECH_VERBS})\\b`,
  "u",
);
// "…," the Tarn Institute director Ola Berg said. A role (with whose it is) before the name, no
// commas. Case is spelt out: under the i flag \p{Lu} would match any letter.
const ROLE_ANY_CASE = ROLE_ALT.split("|")
  .map((h) => `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1)}`)
  .join("|");
const AFTER_ROLE_NAME_VERB = new RegExp(
  `^\\s*,?\\s*((?:[Tt]he\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?(?:${ROLE_ANY_CASE})\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s+(?:${SPEECH_VERBS})\\b`,
  "u",
);
// "…," team member Jane Doe told the press. / "…," said company spokesperson Jane Doe. Words in lower
// case that say who the named person is, before the name; not a clause ("…," in a statement Jane Doe …).
const DESCRIPTOR = String.raw`(?:the\s+)?(?!(?:in|at|on|during|after|before|to|from|with|by|of|for|that|this|a|an|when|while|as|and|but|it|he|she|they|we|according)\s)(?:[\p{Ll}-]+\s+){1,3}`;
const AFTER_DESC_NAME_VERB = new RegExp(
  `^\\s*,?\\s*${DESCRIPTOR}(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s+(?:${SPEECH_VERBS})\\b`,
  "u",
);
const AFTER_VERB_DESC_NAME = new RegExp(
  `^\\s*,?\\s*(?:${SPEECH_VERBS})\\s+${DESCRIPTOR}(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s*(?:[.,;!?]|$)`,
  "u",
);
// "…," a top administration official said. / "…," said a senior diplomat. / "…," a spokesman for the
// Ovel parliament said. / "…," said a Delhi auto parts supplier. Someone the text does not name: the words that describe them stand for the
// speaker, with whom they speak for.
export const UNNAMED = String.raw`(?:an?)\s+((?:[\p{L}-]+\s+){0,4}?(?:${ROLE_ALT}|source|analyst|expert|witness|resident|diplomat|negotiator|aide|supplier|worker|employee|professor|economist|lawyer|official|executive|trader|investor|dealer|observer|insider|student|teacher|farmer|owner|manager)(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?=\s+(?:${SPEECH_VERBS})\b))?)`;
const AFTER_UNNAMED = new RegExp(
  `^\\s*,?\\s*(?:${UNNAMED}\\s+(?:${SPEECH_VERBS})|(?:${SPEECH_VERBS})\\s+${UNNAMED.replace("((", "(?<late>(")})\\b`,
  "u",
);
// "… said Foreign Minister Retno Marsudi in her statement after the meeting": where or when, not who.
const CIRCUMSTANCE =
  /\s+(?:in|at|during|after|before|while|via|through)\s+(?:her|his|their|its|a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|remarks|speech|address|message|interview|meeting|ceremony|event|conference|briefing|post|visit|signing)\b.*$/iu;
const AFTER_ACCORDING = new RegExp(
  `^\\s*,?\\s*according\\s+to\\s+((?:${HONORIFIC_ALT})\\.\\s+[^,.;!?\\n"“”]{2,60}?|(?:the\\s+)?[^,.;!?\\n"“”]{2,80}?)\\s*(?:[,.;!?]|$)`,
  "u",
);

export function attributionAfter(text: string, q: QuoteSpan): Attribution | null {
  if (q.close === null) return null;
  // The attribution stands in the same paragraph as the closing mark, or alone in the next one when
  // a converter broke it off ('"… collapse."' / 'said Stephen Harper, Prime Minister of Canada.').
  // after[i] stands for text[base + i]; a broken-off attribution is read from the blank's last
  // character, made a space.
  const broken = /^[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=(?:said|says|added)\s+\p{Lu})/u.exec(
    text.slice(q.close + 1, q.close + 13),
  );
  const base = q.close + 1 + (broken ? broken[0].length - 1 : 0);
  const line = text.slice(base, base + 240);
  const after = (broken ? ` ${line.slice(1)}` : line).split("\n")[0] ?? "";
  const a = AFTER_NAME_VERB.exec(after);
  if (a && a[1]) {
    let phrase = parseSpeakerPhrase(a[1]);
    // '"…," USTM said.': an organisation named by its acronym speaks as itself.
    if (!phrase.name && !phrase.role && /^\p{Lu}{2,8}$/u.test(a[1])) phrase = { ...phrase, name: a[1] };
    if (phrase.name || phrase.pronoun || phrase.role) return { phrase, at: base + a.index };
  }
  const t = AFTER_TITLE_NAME_VERB.exec(after) ?? AFTER_TITLE_HONORIFIC_NAME_VERB.exec(after);
  if (t && t[1]) {
    const phrase = parseSpeakerPhrase(t[1]);
    if (phrase.name) return { phrase, at: base + t.index + t[0].indexOf(t[1]) };
  }
  const c = AFTER_NAME_CLAUSE_VERB.exec(after);
  if (c && c[1]) {
    // The name is the one before the first comma; the rest only says who that is.
    const phrase = parseSpeakerPhrase(c[1]);
    const first = parseSpeakerPhrase(c[1].slice(0, c[1].indexOf(",")));
    if (phrase.name && phrase.name === first.name) return { phrase, at: base + c.index + c[0].indexOf(c[1]) };
  }
  const rn = AFTER_ROLE_NAME_VERB.exec(after);
  if (rn && rn[1]) {
    const phrase = parseSpeakerPhrase(rn[1]);
    if (phrase.name) return { phrase, at: base + rn.index + rn[0].indexOf(rn[1]) };
  }
  const dn = AFTER_DESC_NAME_VERB.exec(after) ?? AFTER_VERB_DESC_NAME.exec(after);
  if (dn && dn[1]) {
    const phrase = parseSpeakerPhrase(dn[1]);
    if (phrase.name) return { phrase, at: base + dn.index + dn[0].indexOf(dn[1]) };
  }
  const r = AFTER_ROLE_VERB.exec(after);
  if (r && r[1]) {
    const phrase = parseSpeakerPhrase(r[1]);
    if (phrase.role) return { phrase, at: base + r.index };
  }
  const o = AFTER_ORG_VERB.exec(after);
  const org = o && o[1] ? namedOrganisation(text, o[1], q.open) : null;
  if (o && org) return { phrase: { name: org, role: null, organisation: null, pronoun: false }, at: base + o.index };
  const b = AFTER_VERB_NAME.exec(after);
  if (b && b[1]) {
    const phrase = parseSpeakerPhrase(b[1].replace(CIRCUMSTANCE, ""));
    if (phrase.name || phrase.role) return { phrase, at: base + b.index };
  }
  const vr = AFTER_VERB_ROLE.exec(after);
  if (vr && vr[1]) {
    const phrase = parseSpeakerPhrase(vr[1]);
    if (phrase.role) return { phrase, at: base + vr.index };
  }
  const un = AFTER_UNNAMED.exec(after);
  const unnamed = un?.[1] ?? un?.groups?.late;
  if (un && unnamed)
    return { phrase: { name: unnamed, role: null, organisation: null, pronoun: false }, at: base + un.index };
  // "…," according to Ms. Doe.
  const acc = AFTER_ACCORDING.exec(after);
  if (acc && acc[1]) {
    const phrase = parseSpeakerPhrase(acc[1]);
    if (phrase.name || phrase.role) return { phrase, at: base + acc.index + acc[0].indexOf(acc[1]) };
  }
  const d = AFTER_DASH.exec(after);
  if (d && d[1]) {
    const phrase = parseSpeakerPhrase(d[1]);
    if (phrase.name) return { phrase, at: base + d.index + d[0].indexOf(d[1]) };
  }
  // The signature on the line below a quotation that fills its paragraph, as wires lay out
  // testimonials: "“…”" / "- Helen Brooks, PhD, CEO, Carrow Bio".
  if (/^\s*$/.test(after)) {
    const below = /^[^\S\n]*\n\s*((?:[–—]|--?)[^\n]{3,150})/.exec(text.slice(q.close + 1, q.close + 301));
    const sig = below && below[1] ? AFTER_DASH.exec(below[1]) : null;
    if (below && sig && sig[1]) {
      const phrase = parseSpeakerPhrase(sig[1]);
      if (phrase.name) return { phrase, at: q.close + 1 + below.index + below[0].indexOf(sig[1]) };
    }
  }
  return null;
}
