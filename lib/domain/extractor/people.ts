/**
 * People: who is named in the text, with which role and organisation, and how a short form
 * ("A. Hajizade", "Hajizadeh", "Minister Taabane") resolves to a full name.
 *
 * Resolution order: the caller's known people (name or alias, tolerant of one-letter spelling
 * variants such as Hajizade/Hajizadeh), then full names introduced earlier in the same text.
 * What a name is lives in names.ts, what a role is in roles.ts.
 */

import type { KnownPerson } from "./types";
import { HONORIFIC_ALT, HONORIFIC_RE, isInitial, nameFits, trailingName } from "./names";
import { hasRoleHead, roleAfter, rolePhraseBefore, splitRole } from "./roles";
import { foldName, squeeze, type Span } from "./text-utils";
import { BODY_WORDS } from "./organisations";

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

export const SPEECH_VERBS =
  "said|says|noted|notes|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|added|adds|remarked|explained|underlined|underscored|pointed out|declared|told [\\p{L} ]{1,30}?|commented|continued|concluded|recalled|highlighted|observed|affirmed|assured|insisted|wrote|replied|mentioned|announced|expressed|tweeted|posted|summed up|sums up|summari[sz]ed|reiterated|acknowledged|admitted|argued|warned|urged|asserted|repeated|claimed|claims";

export interface SpeakerPhrase {
  name: string | null;
  role: string | null;
  organisation: string | null;
  pronoun: boolean;
}

// Letters after a name: honours, degrees, seats.
const POSTNOMINALS = /(?:\s+(?:MP|MEP|MSP|MLA|MPP|MHA|OBE|CBE|MBE|KBE|DBE|QC|KC|PhD|Ph\.D\.?|MD|M\.D\.?|MBA|Esq\.?))+$/;

/**
 * Read a speaker phrase as written next to a quote: "A. Hajizade", "Minister of Energy Rashad
 * Karimli", "Maria Lindqvist, chief executive officer of Northwind Robotics", "the press secretary
 * of the Ministry of Foreign Affairs, Aykhan Hajizade", "Secretary Dizon", "he".
 */
export function parseSpeakerPhrase(raw: string): SpeakerPhrase {
  // "Ola Berg (Director, Tarn Institute)": what the brackets say about the name is an appositive.
  const phrase = squeeze(raw.replace(/\s*\(([^()]*)\)/g, ", $1,")).replace(/^[,;:\s]+|[,;:\s]+$/g, "");
  if (/^(?:he|she|they)$/i.test(phrase)) return { name: null, role: null, organisation: null, pronoun: true };
  const segments = phrase.split(/\s*,\s*/).filter(Boolean);
  let name: string | null = null;
  let role: string | null = null;
  let organisation: string | null = null;
  for (let i = 0; i < segments.length; i++) {
    // Letters after a name ("Monica Banda MP", "Ann Lee OBE") are not part of it.
    const seg = segments[i]!.replace(HONORIFIC_RE, "").replace(POSTNOMINALS, "");
    // "after negotiations with the Minister of Y in Tashkent, the head of …": an adverbial clause
    // names people and places, not the speaker.
    if (/^(?:after|before|during|following|upon|while|when|with|in|on|at|it\s+should\s+be)\b/i.test(seg)) continue;
    // "Michael Brennan of the Ford Foundation": the person, then the body they speak for.
    const ofBody =
      /^(.+?)\s+(?:of|at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+[\p{L}\p{M}'’.&-]+){0,6})$/u.exec(seg);
    const person: { name: string; index: number } | null =
      name === null && ofBody?.[1] && ORG_WORD.test(ofBody[2]!) ? trailingName(ofBody[1]) : null;
    if (person && person.index === 0 && !ORG_WORD.test(person.name)) {
      name = person.name;
      organisation ??= ofBody![2]!;
      continue;
    }
    let found: { name: string; index: number } | null = name === null ? trailingName(seg) : null;
    // "… in the city of Tashkent": a name after a preposition is a place or a body, not the speaker.
    if (found && /\b(?:of|in|at|from|to|with|near)\s+(?:the\s+)?$/i.test(seg.slice(0, found.index))) found = null;
    // "the Director of the Ovel Water Board": a body's name ends in a body's word, a person's never does.
    if (found && ORG_WORD.test(found.name)) found = null;
    if (found) {
      name = found.name;
      // "UNICEF Representative Ms. Maria Lopez": the courtesy title before the name is no part of the role.
      const before = seg.slice(0, found.index).replace(HONORIFIC_END, " ");
      if (hasRoleHead(before)) ({ role, organisation } = splitRole(before));
      continue;
    }
    if (role === null && hasRoleHead(seg)) ({ role, organisation } = splitRole(seg));
  }
  if (name === null && role !== null) return { name: null, role, organisation, pronoun: false };
  return { name, role, organisation, pronoun: false };
}
const SPEECH_AFTER = new RegExp(`^\\s+(?:${SPEECH_VERBS})\\b`, "u");
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+$`, "u");

// The last word of a company's or an institution's name, never of a person's.
const ORG_WORD = new RegExp(
  `\\b(?:${BODY_WORDS}|Pharmaceuticals?|Therapeutics|Biosciences|Technologies|Technology|Systems|Solutions|Holdings|Labs|Laboratories|Partners|Capital|Industries|Energy|Resources|Mining|Motors|Airlines|Airways|Media|Networks?|Services|Insurance|Alliance|Enterprises?|Ventures|Investments?|Logistics|Communications|Software|Electronics|Robotics|Aerospace|Biotech|Medical|Health|Healthcare|Port|Airport|Railways?|Scheme|Initiative|Project|Forum)$`,
  "u",
);

/**
 * A company or an agency speaking as itself: "Singapore Airlines said", "In a statement, SIA said".
 */
export function bodySpeaking(who: string): string | null {
  const name = /^(?:(?:The|the)\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})$/u.exec(
    who.trim(),
  )?.[1];
  if (!name) return null;
  return ORG_WORD.test(name) || /^[\p{Lu}\d&]{2,8}$/u.test(name) ? name : null;
}

/**
 * Every person the text names, with the role and organisation written next to the name. A run of
 * capitalised words counts as a person only with a sign of one: a role next to it, an honorific,
 * or a speech verb.
 */
/**
 * "Kevin Roe, a USI instructor in English, …", "Kiara Doe, a second year art major, …", "Ann Lee, 45,
 * …": an appositive that only a person takes (no office, so no role), as news stories introduce the
 * people they quote.
 */
const PERSON_APPOSITIVE =
  /^,\s+(?:\d{1,3},|(?:a|an)\s+(?:[\p{L}\d'’-]+\s+){0,5}?(?:student|major|instructor|teacher|curator|member|resident|volunteer|engineer|nurse|physician|doctor|artist|author|writer|farmer|graduate|veteran|athlete|player|coach|mother|father|parent|worker|employee|pilot|entrepreneur|activist|expert|specialist|historian|librarian|editor|journalist|photographer|owner|citizen|survivor|patient)s?\b)/u;

const HONORIFIC_BEFORE = new RegExp(`(?:\\b(?:${HONORIFIC_ALT}|H\\.E|Gov|Sen|Rep)\\.?|Excellency)\\s+$`);
const HONORIFIC_END = new RegExp(`\\s(?:${HONORIFIC_ALT}|H\\.E)\\.?\\s*$`);
const ACADEMIC_TITLE = /^(?:(?:Assistant|Associate|Emeritus|Visiting)\s+)?(?:Professor|Prof\.?|Doctor|Dr\.?)$/i;

export function findPersonMentions(sentenceSpans: readonly Span[]): PersonMention[] {
  const out: PersonMention[] = [];
  const RUN =
    /(?:\p{Lu}(?:\.\s?|\s(?=\p{Lu})))*\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*)*/gu;
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
      // "Minister of Trade Ingrid Dahl and Acme": a phrase that holds another person's name is that
      // person's role; what follows its last "and" ("… Dennis Shields and Columbia University
      // Provost") is this one's.
      const phrase = rolePhraseBefore(left);
      const other = phrase ? out.find((m) => phrase.includes(`${m.name} and`)) : undefined;
      const own =
        phrase && other
          ? phrase.slice(phrase.lastIndexOf(other.name) + other.name.length).replace(/^\s+and\b\s*/, "")
          : phrase;
      let rolePhrase = own && own.trim() && hasRoleHead(own) ? own.trim() : null;
      const appositive = roleAfter(right);
      // "Professor Ana Ruiz, Rector of Tarn University" and "the Rector of Tarn University, Professor
      // Ana Ruiz": an academic title is how she is addressed; her role is the office named beside it.
      if (rolePhrase && ACADEMIC_TITLE.test(rolePhrase)) {
        const rest = left.slice(0, left.lastIndexOf(rolePhrase)).replace(/,\s*$/, "");
        const office = appositive ? null : rolePhraseBefore(rest);
        rolePhrase = appositive
          ? null
          : office && hasRoleHead(office) && !ACADEMIC_TITLE.test(office)
            ? office
            : rolePhrase;
      }
      const honorific = HONORIFIC_BEFORE.test(left);
      const speech = SPEECH_AFTER.test(right.slice(0, 60)) || SPEECH_BEFORE.test(left.slice(-60));
      const personal = PERSON_APPOSITIVE.test(right);
      if (!rolePhrase && !appositive && !honorific && !speech && !personal) continue;
      // "Chief Executive Officer of Carrow, said": a name right after "of" or "at" is whose the
      // role is, an organisation, not the speaker.
      if (!honorific && /\b(?:of|at|for)\s+(?:the\s+)?$/.test(left)) continue;
      // "President and CEO, Access Pharmaceuticals, Inc.": a company after a title is not a person.
      if (ORG_WORD.test(found.name) || /^,?\s*(?:Inc|Ltd|LLC|Corp|Co|Plc|GmbH|AG|S\.A)\b/.test(right)) continue;
      // A bare surname needs a stronger sign than a role after it; initials and a surname do not.
      const surnameOnly = !/\s/.test(found.name);
      if (short && surnameOnly && !rolePhrase && !honorific && !speech) continue;
      const { role, organisation } = splitRole(rolePhrase ?? appositive ?? "");
      out.push({
        // "Professor Ana Ruiz" is Ana Ruiz: a title written out is not part of the name.
        // "Prime Minister Ana Ruiz's visit": the possessive is not part of the name.
        name: found.name.replace(/^(?:Professor|Prof|Doctor|Sir|Dame)\.?\s+(?=\p{Lu})/u, "").replace(/['’]s$/u, ""),
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

  /**
   * The full name the text introduced for a short form, preferring the nearest one before `pos`.
   * A name given only with initials ("G D Sharma") is the fullest the text has for "Sharma".
   */
  private fullNameInText(written: string, pos: number): string | null {
    return (
      this.nearestFitting(written, pos, (m) => !m.short) ??
      this.nearestFitting(written, pos, (m) => m.short && m.name.length > written.length && /\s/.test(m.name))
    );
  }

  private nearestFitting(written: string, pos: number, usable: (m: PersonMention) => boolean): string | null {
    let best: PersonMention | null = null;
    for (const m of this.mentions) {
      if (!usable(m)) continue;
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
