/**
 * Roles: the words that make a role ("Deputy Minister", "press secretary"), reading a role phrase
 * into role and organisation, and finding the role written next to a name.
 */

import { isCountryWord } from "./countries";
import { squeeze, titleCase, wordTokens } from "./text-utils";

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
  "provost",
  "dean",
  "registrar",
  "partner",
  "leader",
  "deputy",
  "chief",
  "counterpart",
  // Titles of experts and officials that releases write before a name: "Chief Economist Asghar Memon".
  "economist",
  "professor",
  "coordinator",
  "administrator",
  "attaché",
  "attache",
  "vice-chancellor",
  "treasurer",
  "scientist",
  "researcher",
  "analyst",
  "lecturer",
  "official",
  // Members of a legislature and judges, as news reports write them before a name: "Republican
  // Senator Bob Corker was also unhappy …".
  "senator",
  "congressman",
  "congresswoman",
  "lawmaker",
  "legislator",
  "judge",
  // "the great diplomat, Thanat Khoman": a speech names a statesman of the past so.
  "diplomat",
  "statesman",
  "stateswoman",
];
const ROLE_HEAD_SET = new Set(ROLE_HEADS);
export const ROLE_ALT = ROLE_HEADS.join("|");

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

/** "Representatives German Valdivia and …": a plural role head is a role too. */
export function isRoleHead(w: string): boolean {
  const l = w.toLowerCase();
  return ROLE_HEAD_SET.has(l) || (l.length > 4 && l.endsWith("s") && ROLE_HEAD_SET.has(l.slice(0, -1)));
}

export function hasRoleHead(s: string): boolean {
  return wordTokens(s).some((t) => isRoleHead(t.text));
}

/** Split "press secretary of the Ministry of Foreign Affairs" into role and organisation. */
export function splitRole(phrase: string): { role: string | null; organisation: string | null } {
  let p = squeeze(phrase.replace(/^(?:the|a|an|its|their|his|her)\s+/i, "").replace(/[,;]+$/, ""));
  if (!p) return { role: null, organisation: null };
  let organisation: string | null = null;
  // "AGC President": a leading acronym names the organisation.
  const acr = /^(\p{Lu}{2,}[\p{Lu}\d&-]*)\s+(.+)$/u.exec(p);
  if (acr && acr[1] && acr[2] && wordTokens(acr[2]).some((t) => isRoleHead(t.text))) {
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
  const toks = wordTokens(p);
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

/**
 * Role phrase written just before a name, within its sentence: "press secretary of the Ministry
 * of Foreign Affairs, " or "Deputy Minister of Economy of Georgia ". Returns the phrase or null.
 */
export function rolePhraseBefore(left: string): string | null {
  const toks = wordTokens(left);
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
    if (!/^\p{Lu}/u.test(t.text) && !/^(?:of|the|and|for|at|in|to|&)$/i.test(t.text)) break;
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
export function roleAfter(right: string): string | null {
  const m = /^,\s*((?:the\s+|a\s+|an\s+)?[^,.;:"“”()]{2,90}?)(?=[,.;:]|$)/u.exec(right);
  if (!m || !m[1]) return null;
  const seg = m[1];
  if (!new RegExp(`\\b(?:${ROLE_ALT})\\b`, "iu").test(seg)) return null;
  // An appositive that is a clause ("one of the pilot customers") is not a role.
  if (/^(?:one|who|which|that)\b/i.test(seg)) return null;
  return seg;
}
