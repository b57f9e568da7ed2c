/**
 * Signatories: people who sign for a body or a state ("Foreign Minister of Freedonia Ana Ruiz", "John
 * Roe, Director of the Tarn Water Company", "Jane Doe on behalf of the Ovel Board") are not parties;
 * the states or bodies they sign for are.
 */

import { countryCodeOf, findCountryMentions, preferredCountryName } from "./countries";
import { BODY_WORDS, cleanParty, readBodyName, readOrgPhrase, type OrgContext } from "./organisations";
import { HONORIFIC_RE } from "./names";
import { hasRoleHead, isRoleHead, splitRole } from "./roles";
import { squeeze, wordTokens } from "./text-utils";

// A body's name by its first word ("the Ministry of …", "National …"): no person.
export const ORG_OPENING =
  /^(?:the\s+)?(?:Ministry|Department|Government|University|Bank|Agency|Committee|Council|Chamber|Embassy|Office|Institute|Corporation|Company|Association|Federation|Authority|Administration|Commission|Foundation|Academy|Service|Centre|Center|National|State|Republic|Kingdom|People's|Union)\b/u;

/**
 * A person signing with a role ("Foreign Minister of Freedonia Ana Ruiz", "Ambassador Li Wei") is a
 * signatory, not a party: the party is the state the role serves. An organisation whose name ends in
 * a role word ("Sycamore Partners") is not a person: the role word must come before a name.
 */
function isSignatory(p: string): boolean {
  if (ORG_OPENING.test(p) || /\b(?:Inc|Ltd|LLC|Corp|Company|Group|Partners|Holdings)\b\.?$/.test(p)) return false;
  const words = wordTokens(p).map((t) => t.text);
  return words.slice(0, -1).some((w) => isRoleHead(w) && !/s$/i.test(w));
}

/**
 * Parties that are all signatories become their states: each role's own country ("UK Foreign
 * Secretary …"), else the other of the two countries acting. Signatories whose states cannot be
 * told are no parties at all (the caller looks further).
 */
export function statesOfSignatories(parties: string[], ctx: OrgContext): string[] {
  // "Ms Soto" and "Norway" ("Ms Soto signed … with Norway's Minister of Trade"): a person named by
  // honorific beside a state signs for the other state, as a signatory with a role does.
  const signer = (p: string) => isSignatory(p) || HONORIFIC_RE.test(p);
  if (parties.length < 2 || !parties.some(signer) || !parties.every((p) => signer(p) || countryCodeOf(p)))
    return parties;
  // "the CEO of Alstom": a company's officer signs for the company, not for the other state.
  const companies = parties.map((p) => {
    const m = COMPANY_OFFICER.exec(p);
    return m?.[1] && !countryCodeOf(m[1]) ? cleanParty(m[1]) : null;
  });
  const codes = parties.map((p, i) => (companies[i] ? null : (findCountryMentions(p)[0]?.code ?? null)));
  if (companies.some(Boolean)) {
    const named = codes.map((c, i) => companies[i] ?? (c ? preferredCountryName(c, ctx.mentions) : null));
    return named.every(Boolean) ? (named as string[]) : [];
  }
  const known = new Set(codes.filter((c): c is string => c !== null));
  const others = ctx.acting.filter((c) => !known.has(c));
  if (ctx.acting.length === 2 && codes.filter((c) => c === null).length <= others.length) {
    let k = 0;
    for (let i = 0; i < codes.length; i++) if (codes[i] === null) codes[i] = others[k++] ?? null;
  }
  if (codes.some((c) => c === null) || new Set(codes).size < codes.length) return [];
  return codes.map((c) => preferredCountryName(c!, ctx.mentions));
}

const COMPANY_OFFICER =
  /^(?:the\s+)?(?:CEO|Chief\s+Executive(?:\s+Officer)?|Managing\s+Director|General\s+Director|Chair(?:man|woman|person)?\s+of\s+the\s+Board|President\s+and\s+CEO)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4}?)(?:\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)?$/u;

// An organisation's name: a head word a body is named by, or a company suffix.
const BODY_NAME = new RegExp(`\\b(?:${BODY_WORDS}|Ltd|Inc|LLC|Corp|AG|GmbH|PLC|plc)\\b`, "u");

/**
 * The body a signatory signed for: "Jane Doe on behalf of the Nordic Water Board", "John Roe,
 * Director of the Lakeport Water Company", "Vice-Chancellor Jane Doe of Tarn University", "Tarn
 * University's Rector Jane Doe". Null when the phrase names no body.
 */
export function signatoryBody(phrase: string, ctx: OrgContext): string | null {
  const behalf = /\bon\s+behalf\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(phrase);
  if (behalf?.[1]) return cleanParty(bodyName(behalf[1]));
  for (const part of phrase.split(/,\s*/)) {
    if (!hasRoleHead(part)) continue;
    const org = splitRole(part).organisation;
    if (org && /^\p{Lu}/u.test(org) && (BODY_NAME.test(org) || OFFICER.test(part))) return cleanParty(bodyName(org));
    // "Ambassador of Japan to Norway", "Minister of Foreign Affairs of Norway": the state served.
    const state = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(part);
    const code = state?.[1] ? (findCountryMentions(state[1])[0]?.code ?? null) : null;
    if (code && findCountryMentions(state![1]!)[0]!.start === 0) return preferredCountryName(code, ctx.mentions);
  }
  // "Erik Lund, Norwegian Ambassador to Chile", "United States Ambassador to Sweden": a state at the
  // role's head.
  const role = /,\s+(?:the\s+)?([^,]+)$/.exec(phrase)?.[1] ?? phrase;
  const head = findCountryMentions(role)[0];
  if (head && head.start === 0 && ROLE_AFTER_STATE.test(role.slice(head.end)))
    return preferredCountryName(head.code, ctx.mentions);
  // "Vice-Chancellor Jane Doe of Tarn University": the body after the person's name.
  const of = /\s(?:of|at)\s+(?:the\s+)?(\p{Lu}[^,]*)$/u.exec(phrase);
  if (of?.[1] && hasRoleHead(phrase) && BODY_NAME.test(of[1])) return cleanParty(bodyName(of[1]));
  return null;
}

// "John Smith, CEO of Acme Energy": the officer of a company or a college signs for it, whatever its
// name's last word.
const OFFICER =
  /^(?:the\s+)?(?:(?:Founder\s+and\s+)?(?:CEO|Chief\s+Executive(?:\s+Officer)?|Managing\s+Director|Executive\s+Director|General\s+Manager|Chair(?:man|woman|person)?|President(?:\s+and\s+CEO)?|Vice-Chancellor|Rector|Principal))\s+of\s+/u;

const ROLE_AFTER_STATE =
  /^\s+(?:Ambassador|High\s+Commissioner|Consul(?:-General)?|(?:Foreign\s+|Prime\s+|Deputy\s+)?Minister|Secretary|President|Chargé)\b/u;

/** A body's name ends at the first word in lower case that joins no name ("… Company regarding …"). */
function bodyName(s: string): string {
  const m = /\s+(?!(?:of|and|for|the|de|du|des|la|le|el|y|on|in)\b)\p{Ll}/u.exec(s);
  return m ? s.slice(0, m.index) : s;
}

// Where the next signatory starts in "A, Ambassador of X and Mr. B, Director of Y": an honorific,
// "his/her counterpart", or a name followed by a comma and a role.
const NEXT_SIGNATORY =
  /\s+and\s+(?:by\s+)?(?=(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Hon\.?|his|her|their)\s|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},)/u;

/**
 * Signatories named as people, each with the body they signed for, become those bodies; null
 * unless every one of them names one.
 */
export function bodiesOfSignatories(signatories: readonly string[], ctx: OrgContext): string[] | null {
  if (signatories.length < 2 || !signatories.every((p) => isSignatory(p) || /,\s|\bon\s+behalf\s+of\b/.test(p)))
    return null;
  const bodies = withOtherState(
    signatories.map((p) => signatoryBody(p, ctx)),
    ctx,
  );
  if (bodies.some((b) => b === null)) return null;
  const unique = [...new Set(bodies as string[])];
  return unique.length === signatories.length ? unique : null;
}

/**
 * "H.E. Mr. A, Ambassador of Japan to Kenya, and Mr. B, Cabinet Secretary for the National Treasury":
 * in a release about two states, one signatory serving one of them leaves the other's signatory
 * serving the other.
 */
function withOtherState(bodies: (string | null)[], ctx: OrgContext): (string | null)[] {
  if (ctx.acting.length !== 2 || bodies.length !== 2) return bodies;
  const known = bodies.filter((b): b is string => b !== null);
  if (known.length !== 1) return bodies;
  const code = countryCodeOf(known[0]!) ?? findCountryMentions(known[0]!)[0]?.code ?? null;
  const other = ctx.acting.find((c) => c !== code);
  if (!code || !ctx.acting.includes(code) || !other) return bodies;
  return bodies.map((b) => b ?? preferredCountryName(other, ctx.mentions));
}

/**
 * The bodies the signatories of a "signed by/between" list signed for ("Jane Doe on behalf of A and
 * by John Roe, Director of B"), or null unless each one names one.
 */
export function bodiesSigning(list: string, ctx: OrgContext): string[] | null {
  const next = NEXT_SIGNATORY.exec(list);
  const signatories = next
    ? [list.slice(0, next.index), list.slice(next.index + next[0].length)]
    : list.split(/\s+and\s+(?=(?:the\s+)?\p{Lu})/u);
  return bodiesOfSignatories(
    signatories.map((x) => x.trim()),
    ctx,
  );
}

// A body by name: a state, a government, the Commonwealth, or a name ending in a body's head word
// (a programme or a fund is what a document is for, not whom).
const FOR_BODY_HEAD = new RegExp(`\\b(?:${BODY_WORDS.replace(/\|(?:Programme|Program|Fund)\b/g, "")})$`, "u");
// What may follow the body the document was signed for: nothing of the name, a place, a time.
const AFTER_BODY =
  /^(?:\s*$|\s*[,.;:)]|\s+(?:in|at|on|and|by|with|today|yesterday|this|last|to\s+(?:join|accede|become|participate)\b))/u;
const JOINS = /^\s+to\s+(?:join|accede\s+to|become\s+(?:a\s+)?(?:member|party)\s+(?:of|to)|participate\s+in)\s+/u;

/**
 * "signed the loan agreement for the Government of Norway in Frankfurt", "an agreement for Norway
 * to join the Forum on X": after a document named only by its kind, "for" and a body name whom it
 * was signed for (and, with "to join", the body joined) — parties, not the document's name. Null
 * when the words after "for" are no body ("for the Supply of Rail Cars", "for the Tarn Army's
 * biggest purchase").
 */
export function signedFor(text: string, from: number, limit: number): { parties: string[]; end: number } | null {
  const body = readBodyName(text, from, limit);
  if (!body || /['’]s$/.test(body.text)) return null;
  const name = body.text.replace(/^(?:the\s+)?Government\s+of\s+(?:the\s+)?/i, "");
  const isBody =
    countryCodeOf(name) !== null ||
    /^Commonwealth$|\bGovernment$/.test(body.text) ||
    (FOR_BODY_HEAD.test(body.text) && body.text.split(/\s+/).length > 1);
  if (!isBody || !AFTER_BODY.test(text.slice(body.end, limit))) return null;
  const joins = JOINS.exec(text.slice(body.end, limit));
  // "the Intergovernmental Forum on Fisheries and Oceans (IFFO)": "on" goes on inside a name.
  let joined = joins ? readOrgPhrase(text, body.end + joins[0].length, limit) : null;
  for (let more = joined; more && /^\s+on\s+\p{Lu}/u.test(text.slice(more.end, limit));) {
    const on = /^\s+on\s+/.exec(text.slice(more.end, limit))![0].length;
    more = readOrgPhrase(text, more.end + on, limit);
    if (more) joined = { start: joined!.start, end: more.end, text: squeeze(text.slice(joined!.start, more.end)) };
  }
  if (joined) return { parties: [body.text, cleanParty(joined.text)], end: joined.end };
  return { parties: [body.text], end: body.end };
}
