/**
 * Names: which capitalised words can be part of a person's name, the name at the end of a phrase,
 * and whether a short form ("A. Hajizade", "Hajizadeh") fits a full name.
 */

import { MONTHS } from "../dateline";
import { countryOfCapital, isCountryWord } from "./countries";
import { isRoleHead } from "./roles";
import { foldName, levenshtein, squeeze, wordTokens } from "./text-utils";

/**
 * Courtesy titles written before a name, most cut short with or without a full stop: "Hon." (the
 * Honourable), "Rev.", "Engr." and "Amb." are common in African, South Asian and Pacific releases.
 */
export const HONORIFICS = ["Mr", "Ms", "Mrs", "Miss", "Dr", "Prof", "Hon", "Rev", "Engr", "Amb", "Sir", "Dame"];
/** The honorifics as a regular expression's alternatives. */
export const HONORIFIC_ALT = HONORIFICS.join("|");
export const HONORIFIC_RE = new RegExp(
  `^(?:Rt\\.?\\s+)?(?:${HONORIFIC_ALT}|H\\.E|Gov|Sen)\\.?\\s+|^(?:His|Her) Excellency\\s+`,
);

/** Military ranks as written before a name with a full stop ("Maj. Gen.", "Lt. Col."). */
export const RANK_ABBREVIATIONS = ["Maj", "Gen", "Lt", "Col", "Capt", "Adm", "Brig", "Sgt", "Cmdr"];

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
    ...MONTHS,
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Prof",
    "Hon",
    "Rev",
    "Engr",
    "Amb",
    "Gov",
    "Governor",
    "Sen",
    "Senator",
    "Excellency",
    // Military ranks, written out or cut short ("said Maj. Gen. Gary J. Volesky": batch 19 dev).
    ...RANK_ABBREVIATIONS,
    "Major",
    "Lieutenant",
    "Colonel",
    "Captain",
    "Admiral",
    "Brigadier",
    "Sergeant",
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

// "McAuliffe", "DeSantis", "MacDonald": one capital inside a name is still one name.
// "Chavez-DeRemer": a capital inside the part after a hyphen too, as in "McMahon" (batch 60 dev).
const NAME_TOKEN =
  /^(?:\p{Lu}\.?|\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{Lu}?[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}'’]+)?)*)$/u;

// Two capitals that are an honorific ("HE" for His Excellency) or a body, not two initials.
const NOT_INITIALS = new Set(["HE", "HH", "HM", "HR", "MP", "PM", "FM", "VP", "UN", "EU", "AU", "US", "UK"]);

function isNameToken(w: string): boolean {
  if (!NAME_TOKEN.test(w)) return false;
  // "A" and "I" are words before they are initials written without a full stop.
  if (w === "A" || w === "I") return false;
  if (NON_NAME.has(w.toLowerCase()) || isRoleHead(w)) return false;
  if (isCountryWord(w)) return false;
  return true;
}

/** "A." or, as South Asian releases often write them, "G" in "G D Sharma". */
export function isInitial(w: string): boolean {
  return /^\p{Lu}\.?$/u.test(w);
}

/**
 * The name at the end of a phrase: up to three name tokens, where a first name may be an initial.
 * A third token is taken only when the word before it is not a connector: in "Minister of Energy
 * Rashad Karimli" the "Energy" belongs to the portfolio.
 */
export function trailingName(phrase: string): { name: string; index: number } | null {
  const toks = wordTokens(phrase);
  let i = toks.length;
  while (i > 0) {
    const t = toks[i - 1];
    // "Retno LP Marsudi": two initials written together, between a given name and a surname.
    const initials =
      !!t &&
      i < toks.length &&
      /^\p{Lu}{2}$/u.test(t.text) &&
      !NOT_INITIALS.has(t.text) &&
      !!toks[i - 2] &&
      /^\p{Lu}\p{Ll}/u.test(toks[i - 2]!.text);
    if (!t || (!isNameToken(t.text) && !(initials && isNameToken(toks[i - 2]!.text)))) break;
    i--;
  }
  // "WFP Representative German Valdivia": a country's adjective between a role and a name is a
  // given name ("Chinese Ambassador Li" has it before the role).
  const adj = toks[i - 1];
  const role = toks[i - 2];
  if (i < toks.length && adj && role && NAME_TOKEN.test(adj.text) && isCountryWord(adj.text) && isRoleHead(role.text))
    i--;
  let run = toks.slice(i);
  if (run.length === 0) return null;
  // "High Commissioner to Sri Lanka Gopal Baglay": a country right before the name is not part of it.
  for (let k = run.length - 2; k >= 1; k--) {
    if (
      isCountryWord(
        run
          .slice(0, k)
          .map((t) => t.text)
          .join(" "),
      )
    ) {
      run = run.slice(k);
      break;
    }
  }
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
  // "… following talks with President X in Kyiv.": a capital city alone is a place (batch 19 dev).
  if (run.length === 1 && countryOfCapital(first.text)) return null;
  return { name: squeeze(phrase.slice(first.start, last.end)), index: first.start };
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
