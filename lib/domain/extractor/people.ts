/**
 * People: who is named in the text, with which role and organisation, and how a short form
 * ("A. Hajizade", "Hajizadeh", "Minister Taabane") resolves to a full name.
 *
 * Resolution order: the caller's known people (name or alias, tolerant of one-letter spelling
 * variants such as Hajizade/Hajizadeh), then full names introduced earlier in the same text.
 */

import type { KnownPerson } from "./types";
import { isCountryWord } from "./countries";
import { foldName, levenshtein, squeeze, titleCase, type Span } from "./text-utils";

export interface PersonRef {
  name: string;
  role: string | null;
  organisation: string | null;
}

export interface PersonMention extends PersonRef {
  /** Range of the name itself. */
  start: number;
  end: number;
  /** True when only a short form (surname, initial + surname) was written. */
  short: boolean;
}

/** Head words of roles, lower case. Singular only: "heads of state" is not one person. */
const ROLE_HEADS = [
  "minister",
  "secretary",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "president",
  "vice-president",
  "chairman",
  "chairwoman",
  "chairperson",
  "chair",
  "director",
  "director-general",
  "ambassador",
  "head",
  "governor",
  "mayor",
  "ceo",
  "cfo",
  "coo",
  "cto",
  "officer",
  "executive",
  "manager",
  "founder",
  "co-founder",
  "commissioner",
  "envoy",
  "adviser",
  "advisor",
  "representative",
  "chancellor",
  "premier",
  "counsellor",
  "consul",
  "secretary-general",
  "rector",
  "partner",
  "leader",
  "deputy",
  "chief",
  "counterpart",
];
const ROLE_HEAD_SET = new Set(ROLE_HEADS);
const ROLE_ALT = ROLE_HEADS.join("|");

/** Words that may precede a role head inside a role ("press secretary", "Deputy Minister"). */
const ROLE_MODIFIERS = new Set([
  "press",
  "deputy",
  "vice",
  "first",
  "foreign",
  "prime",
  "executive",
  "chief",
  "managing",
  "general",
  "acting",
  "assistant",
  "senior",
  "state",
  "special",
  "permanent",
  "regional",
  "country",
  "sales",
  "marketing",
  "operating",
  "financial",
  "technology",
  "technical",
  "commercial",
  "co",
  "national",
]);

/** Capitalised words that start a sentence or clause rather than a title. */
const ROLE_STOP = new Set([
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "during",
  "speaking",
  "opening",
  "addressing",
  "according",
  "said",
  "and",
  "by",
  "with",
  "from",
  "for",
  "to",
  "as",
  "his",
  "her",
  "their",
  "its",
  "our",
]);

/** Role heads whose "of ..." complement is the portfolio, not the organisation. */
const PORTFOLIO_HEADS = new Set(["minister", "secretary", "commissioner", "envoy", "representative"]);
const ORG_START =
  /^(?:the\s+)?(?:Ministry|Embassy|Government|Office|Agency|Department|Company|Bank|Council|Commission|Committee|Administration|Service|Fund|Authority|Corporation|Group|Institute|University)\b/;

export const SPEECH_VERBS =
  "said|says|noted|notes|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|added|adds|remarked|explained|underlined|underscored|pointed out|declared|told [\\p{L} ]{1,30}?|commented|continued|concluded|recalled|highlighted|observed|affirmed|assured|insisted|wrote|replied|mentioned|announced|expressed";

const HONORIFIC_RE = /^(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sir|Dame|H\.E)\.?\s+|^(?:His|Her) Excellency\s+/;

// Capitalised words that are never part of a person's name in a release.
const NON_NAME = new Set(
  [
    "The",
    "This",
    "That",
    "These",
    "Those",
    "Our",
    "We",
    "He",
    "She",
    "It",
    "They",
    "His",
    "Her",
    "Its",
    "In",
    "On",
    "At",
    "For",
    "By",
    "With",
    "From",
    "To",
    "As",
    "And",
    "But",
    "Also",
    "According",
    "During",
    "Following",
    "After",
    "Before",
    "Speaking",
    "Opening",
    "Addressing",
    "Reminding",
    "Under",
    "About",
    "Source",
    "Media",
    "Contact",
    "Today",
    "Yesterday",
    "Earlier",
    "Later",
    "Ministry",
    "Government",
    "Company",
    "Group",
    "Inc",
    "Ltd",
    "Bank",
    "Agency",
    "Office",
    "Department",
    "Embassy",
    "Council",
    "Commission",
    "Committee",
    "Service",
    "Republic",
    "Kingdom",
    "State",
    "States",
    "Federation",
    "United",
    "National",
    "International",
    "Affairs",
    "Foreign",
    "Economy",
    "Energy",
    "Trade",
    "Development",
    "Transport",
    "Digital",
    "Integration",
    "Investments",
    "Industry",
    "Justice",
    "Defence",
    "Defense",
    "Finance",
    "Culture",
    "Education",
    "Health",
    "Interior",
    "Agriculture",
    "Tourism",
    "Sports",
    "Labour",
    "Emergency",
    "Ecology",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Prof",
    "Excellency",
    "Spokesperson",
    "Press",
    "Secretary",
    "Minister",
    "President",
    "Director",
    "Executive",
    "Officer",
    "Deputy",
    "Chief",
    "Head",
    "Ambassador",
    "Chairman",
    "Governor",
    "Mayor",
    "Manager",
    "Founder",
    "General",
    "Vice",
    "Prime",
    "Acting",
    "Assistant",
    "Senior",
    "Special",
    "Managing",
    "First",
    "Side",
    "Sides",
    "Parties",
    "Party",
    "Centre",
    "Center",
    "Corridor",
    "Forum",
    "Summit",
    "Road",
    "Belt",
    "Initiative",
  ].map((w) => w.toLowerCase()),
);

const NAME_TOKEN = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*)$/u;

export function isNameToken(w: string): boolean {
  if (!NAME_TOKEN.test(w)) return false;
  if (NON_NAME.has(w.toLowerCase()) || ROLE_HEAD_SET.has(w.toLowerCase())) return false;
  if (isCountryWord(w)) return false;
  return true;
}

function isInitial(w: string): boolean {
  return /^\p{Lu}\.$/u.test(w);
}

function isRoleHead(w: string): boolean {
  return ROLE_HEAD_SET.has(w.toLowerCase());
}

interface Tok {
  text: string;
  start: number;
  end: number;
}

function tokens(s: string, offset = 0): Tok[] {
  const out: Tok[] = [];
  const re = /\p{Lu}\.(?=\s|$)|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{N}]/gu;
  for (let m = re.exec(s); m; m = re.exec(s))
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/**
 * The name at the end of a phrase: up to three name tokens, where a first name may be an initial.
 * A third token is taken only when the word before it is not a connector: in "Minister of Energy
 * Rashad Karimli" the "Energy" belongs to the portfolio.
 */
export function trailingName(phrase: string): { name: string; index: number } | null {
  const toks = tokens(phrase);
  let i = toks.length;
  while (i > 0) {
    const t = toks[i - 1];
    if (!t || !isNameToken(t.text)) break;
    i--;
  }
  let run = toks.slice(i);
  if (run.length === 0) return null;
  // Initials come first: "A. Hajizade" is a name, "Hajizade A." is not.
  while (run.length > 1 && isInitial(run[run.length - 1]!.text)) run = run.slice(0, -1);
  if (run.length > 3) run = run.slice(run.length - 3);
  if (run.length === 3) {
    const before = toks[toks.length - run.length - 1];
    if (before && /^(?:of|and|for|the|&)$/i.test(before.text)) run = run.slice(1);
  }
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (isInitial(last.text)) return null;
  return { name: squeeze(phrase.slice(first.start, last.end)), index: first.start };
}

/** Split "press secretary of the Ministry of Foreign Affairs" into role and organisation. */
export function splitRole(phrase: string): { role: string | null; organisation: string | null } {
  let p = squeeze(phrase.replace(/^(?:the|a|an|its|their|his|her)\s+/i, "").replace(/[,;]+$/, ""));
  if (!p) return { role: null, organisation: null };
  let organisation: string | null = null;
  // "AGC President": a leading acronym names the organisation.
  const acr = /^(\p{Lu}{2,}[\p{Lu}\d&-]*)\s+(.+)$/u.exec(p);
  if (acr && acr[1] && acr[2] && tokens(acr[2]).some((t) => isRoleHead(t.text))) {
    organisation = acr[1];
    p = acr[2];
  }
  // "Nordvolt’s President": the owner in the possessive is the organisation (a country is not).
  const owner = /^(\p{Lu}[\p{L}\p{N} &.-]*?)['’]s\s+(.+)$/u.exec(p);
  if (owner && owner[1] && owner[2] && hasRoleHead(owner[2])) {
    const inner = splitRole(owner[2]);
    return { role: inner.role, organisation: inner.organisation ?? (isCountryWord(owner[1]) ? null : owner[1]) };
  }
  // "head of operations at Hoshino Logistics": what follows "at" is the organisation.
  const at = /^(.*?\S)\s+at\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(p);
  if (at && at[1] && at[2] && hasRoleHead(at[1]))
    return { role: titleCase(at[1]), organisation: organisation ?? at[2] };
  const toks = tokens(p);
  const headIdx = toks.findIndex((t) => isRoleHead(t.text) && t.text.toLowerCase() !== "counterpart");
  // "his counterpart" says who the person is opposite, not a role.
  if (headIdx < 0) return { role: null, organisation };
  // The head is the last role word before any "of/at/for" complement: "Deputy Minister" → Minister.
  let h = headIdx;
  while (h + 1 < toks.length && (isRoleHead(toks[h + 1]!.text) || ROLE_MODIFIERS.has(toks[h + 1]!.text.toLowerCase())))
    h++;
  const head = toks[h]!;
  const after = p.slice(head.end);
  const comp = /^\s+(of|at|for|to)\s+(.+)$/i.exec(after);
  const roleStart = p.slice(0, head.end);
  const headWord = head.text.toLowerCase();
  const pressModified = h > 0 && toks[h - 1]!.text.toLowerCase() === "press";
  if (comp && comp[2]) {
    // "Minister of Energy" keeps its portfolio; "Representative of the Ministry of X" names an organisation.
    const isOrg = ORG_START.test(comp[2]);
    const keep = PORTFOLIO_HEADS.has(headWord) && !pressModified && comp[1]!.toLowerCase() !== "at" && !isOrg;
    if (keep) return { role: titleCase(p), organisation };
    const org = comp[2].replace(/^the\s+/i, "").trim();
    return { role: titleCase(roleStart), organisation: organisation ?? (org || null) };
  }
  return { role: titleCase(p), organisation };
}

function hasRoleHead(s: string): boolean {
  return tokens(s).some((t) => isRoleHead(t.text));
}

export interface SpeakerPhrase {
  name: string | null;
  role: string | null;
  organisation: string | null;
  pronoun: boolean;
}

/**
 * Read a speaker phrase as written next to a quote: "A. Hajizade", "Minister of Energy Rashad
 * Karimli", "Maria Lindqvist, chief executive officer of Northwind Robotics", "the press secretary
 * of the Ministry of Foreign Affairs, Aykhan Hajizade", "Secretary Dizon", "he".
 */
export function parseSpeakerPhrase(raw: string): SpeakerPhrase {
  const phrase = squeeze(raw).replace(/^[,;:\s]+|[,;:\s]+$/g, "");
  if (/^(?:he|she|they)$/i.test(phrase)) return { name: null, role: null, organisation: null, pronoun: true };
  const segments = phrase.split(/\s*,\s*/).filter(Boolean);
  let name: string | null = null;
  let role: string | null = null;
  let organisation: string | null = null;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!.replace(HONORIFIC_RE, "");
    const found: { name: string; index: number } | null = name === null ? trailingName(seg) : null;
    if (found) {
      name = found.name;
      const before = seg.slice(0, found.index);
      if (hasRoleHead(before)) ({ role, organisation } = splitRole(before));
      continue;
    }
    if (role === null && hasRoleHead(seg)) ({ role, organisation } = splitRole(seg));
  }
  if (name === null && role !== null) return { name: null, role, organisation, pronoun: false };
  return { name, role, organisation, pronoun: false };
}

/**
 * Role phrase written just before a name, within its sentence: "press secretary of the Ministry
 * of Foreign Affairs, " or "Deputy Minister of Economy of Georgia ". Returns the phrase or null.
 */
function rolePhraseBefore(left: string): string | null {
  const toks = tokens(left);
  // Walk back from the end over a complement ("of the Ministry of Foreign Affairs"), to the head.
  let i = toks.length - 1;
  const tail = left.slice(toks[toks.length - 1]?.end ?? 0);
  if (!/^\s*,?\s*$/.test(tail)) return null;
  let headAt = -1;
  for (; i >= 0 && toks.length - i <= 16; i--) {
    const t = toks[i]!;
    const between = left.slice(t.end, toks[i + 1]?.start ?? left.length);
    if (/[.;:!?()"“”]/.test(between)) break;
    if (between.includes(",") && i !== toks.length - 1) {
      // Only the appositive comma right before the name may interrupt a role phrase, and a
      // comma inside an organisation name ("Ministry of Investments, Industry and Trade").
      if (!/^\p{Lu}/u.test(toks[i + 1]?.text ?? "")) break;
    }
    if (isRoleHead(t.text)) {
      headAt = i;
      break;
    }
    if (!/^\p{Lu}/u.test(t.text) && !/^(?:of|the|and|for|at|in|&)$/i.test(t.text)) break;
  }
  if (headAt < 0) return null;
  let s = headAt;
  while (s > 0) {
    const prev = toks[s - 1]!;
    const gap = left.slice(prev.end, toks[s]!.start);
    if (!/^\s+$/.test(gap)) break;
    const low = prev.text.toLowerCase();
    if (ROLE_MODIFIERS.has(low) || isRoleHead(prev.text) || /^\p{Lu}{2,}$/u.test(prev.text)) {
      s--;
      continue;
    }
    // Capitalised words of the title itself ("Trade Minister", "Official Representative") and an
    // owner in the possessive ("Nordvolt’s President"); not a nationality ("Turkish Minister").
    if (/^\p{Lu}/u.test(prev.text) && !isCountryWord(prev.text) && !ROLE_STOP.has(low)) {
      s--;
      if (/['’]s$/.test(prev.text)) break;
      continue;
    }
    break;
  }
  return squeeze(left.slice(toks[s]!.start, toks[toks.length - 1]!.end)).replace(/,$/, "");
}

/** Appositive role after a name: ", chief executive officer of Northwind Robotics," */
function roleAfter(right: string): string | null {
  const m = /^,\s*((?:the\s+|a\s+|an\s+)?[^,.;:"“”()]{2,90}?)(?=[,.;:]|$)/u.exec(right);
  if (!m || !m[1]) return null;
  const seg = m[1];
  if (!new RegExp(`\\b(?:${ROLE_ALT})\\b`, "iu").test(seg)) return null;
  // An appositive that is a clause ("one of the pilot customers") is not a role.
  if (/^(?:one|who|which|that)\b/i.test(seg)) return null;
  return seg;
}

const SPEECH_AFTER = new RegExp(`^\\s+(?:${SPEECH_VERBS})\\b`, "u");
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+$`, "u");

/**
 * Every person the text names, with the role and organisation written next to the name. A run of
 * capitalised words counts as a person only with a sign of one: a role next to it, an honorific,
 * or a speech verb.
 */
export function findPersonMentions(sentenceSpans: readonly Span[]): PersonMention[] {
  const out: PersonMention[] = [];
  const RUN =
    /(?:\p{Lu}\.\s?)*\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?:\s+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*)*/gu;
  for (const sent of sentenceSpans) {
    const s = sent.text;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(s); m; m = RUN.exec(s)) {
      const runEnd = m.index + m[0].length;
      if (/^[\p{L}\p{M}'’-]/u.test(s.slice(runEnd, runEnd + 1))) continue;
      // Only the run and the word before it matter (for the connector rule): a bounded window
      // keeps this linear in the sentence length.
      const windowStart = Math.max(0, s.lastIndexOf(" ", Math.max(0, m.index - 2)) - 12);
      const found = trailingName(s.slice(windowStart, runEnd));
      if (!found || windowStart + found.index < m.index) continue;
      const nameStart = windowStart + found.index;
      // A role phrase is at most a few words long: 200 characters of left context are plenty.
      const left = s.slice(Math.max(0, nameStart - 200), nameStart);
      const right = s.slice(runEnd);
      const short =
        found.name.split(/\s+/).filter((w) => !isInitial(w)).length < 2 || isInitial(found.name.split(/\s+/)[0] ?? "");
      const rolePhrase = rolePhraseBefore(left);
      const appositive = roleAfter(right);
      const honorific = /(?:\b(?:Mr|Ms|Mrs|Dr|Prof|H\.E)\.?|Excellency)\s+$/.test(left);
      const speech = SPEECH_AFTER.test(right.slice(0, 60)) || SPEECH_BEFORE.test(left.slice(-60));
      if (!rolePhrase && !appositive && !honorific && !speech) continue;
      if (short && !rolePhrase && !honorific && !speech) continue;
      const { role, organisation } = splitRole(rolePhrase ?? appositive ?? "");
      out.push({
        name: found.name,
        role,
        organisation,
        start: sent.start + nameStart,
        end: sent.start + runEnd,
        short,
      });
    }
  }
  return out;
}

function surnameOf(name: string): string {
  const parts = foldName(name).split(" ");
  return parts[parts.length - 1] ?? "";
}

function firstOf(name: string): string {
  const parts = name.split(/\s+/);
  return parts.length > 1 ? foldName(parts[0] ?? "") : "";
}

/** Same surname, allowing one letter of difference in longer names (Hajizade / Hajizadeh). */
export function sameSurname(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && levenshtein(a, b) <= 1;
}

/** Does the written form (full, "A. Surname", or "Surname") fit the full name? */
export function nameFits(written: string, full: string): boolean {
  const w = foldName(written);
  const f = foldName(full);
  if (w === f) return true;
  if (!sameSurname(surnameOf(written), surnameOf(full))) return false;
  const wf = firstOf(written);
  const ff = firstOf(full);
  if (!wf) return true; // surname only
  if (!ff) return false;
  if (wf.length === 1) return ff.startsWith(wf); // initial
  return wf === ff;
}

export class PeopleResolver {
  private readonly known: readonly KnownPerson[];
  private readonly mentions: readonly PersonMention[];

  constructor(known: readonly KnownPerson[], mentions: readonly PersonMention[]) {
    this.known = known;
    this.mentions = mentions;
  }

  private knownFor(written: string): KnownPerson | null {
    const w = foldName(written);
    for (const k of this.known) if ([k.name, ...k.aliases].some((n) => foldName(n) === w)) return k;
    for (const k of this.known) if ([k.name, ...k.aliases].some((n) => nameFits(written, n))) return k;
    return null;
  }

  /** Role and organisation the text gives for this full name, from any of its mentions. */
  private describedInText(full: string): { role: string | null; organisation: string | null } {
    let role: string | null = null;
    let organisation: string | null = null;
    for (const m of this.mentions) {
      if (!nameFits(m.name, full)) continue;
      if (m.short && foldName(m.name) !== foldName(full)) continue;
      role ??= m.role;
      organisation ??= m.organisation;
    }
    return { role, organisation };
  }

  /** Full person for a name as written at `pos`, or the written name when nothing fits. */
  resolve(written: string, pos: number): PersonRef {
    const cleaned = squeeze(written.replace(HONORIFIC_RE, ""));
    const viaText = this.fullNameInText(cleaned, pos);
    const known = this.knownFor(viaText ?? cleaned) ?? this.knownFor(cleaned);
    if (known) {
      const inText = this.describedInText(viaText ?? known.name);
      return {
        name: known.name,
        role: known.role ?? inText.role,
        organisation: known.organisation ?? inText.organisation,
      };
    }
    const full = viaText ?? cleaned;
    return { name: full, ...this.describedInText(full) };
  }

  /** The full name the text introduced for a short form, preferring the nearest one before `pos`. */
  private fullNameInText(written: string, pos: number): string | null {
    let best: PersonMention | null = null;
    for (const m of this.mentions) {
      if (m.short) continue;
      if (!nameFits(written, m.name)) continue;
      if (best === null) best = m;
      else if (m.start <= pos && (best.start > pos || m.start > best.start)) best = m;
    }
    return best ? best.name : null;
  }

  /** The person most recently named before `pos`, for "he said". */
  lastNamedBefore(pos: number): PersonMention | null {
    let best: PersonMention | null = null;
    for (const m of this.mentions) if (m.end <= pos && (best === null || m.start > best.start)) best = m;
    return best;
  }
}

export { hasRoleHead, ROLE_ALT };
