/**
 * Wikinews articles of the NewsReader MEANTIME corpus, as tokens in
 * anastasia-zhukova/Diverse_CDCR_datasets (MEANTIME-prep/output_data/en/meantime.conll). The corpus keeps
 * no paragraphs, so the text is one sentence a paragraph (headline and date first), except that a
 * quotation running over several sentences stays in one paragraph.
 *
 * Tokens are joined by the repository's own rule (MEANTIME-prep/insert_whitespace.py, ported below
 * line for line, Python's string tests included), then a few token splits it leaves are closed
 * ("US$ 1.4", "30 %", "do n't", "I' m", " ;") and double quotes are re-spaced as opening and closing.
 */

import type { Candidates } from "./types";

const isUpper = (s: string) => s !== s.toLowerCase() && s === s.toUpperCase();
const isLower = (s: string) => s !== s.toUpperCase() && s === s.toLowerCase();

/** Python's str.istitle(). */
function isTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of s) {
    if (isUpper(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** insert_whitespace.append_text: the space (or none) before `word`. */
function appendToken(text: string, word: string): string {
  if (!text.length) return word;
  // `word in ".,?!)]`\"'"` is a substring test in Python.
  let space = ".,?!)]`\"'".includes(word) || word === "'s" ? "" : " ";
  if (["-", "(", '"'].includes(word)) space = " ";
  const last = text[text.length - 1]!;
  if (["(", "``", '"', "["].includes(last)) space = "";
  // (The original's `text[-1] in [".,?!)]`\"'"]` compares one character with a whole string: never true.)
  if (last === '"' && isTitle(word)) space = "";
  if (word === "com" || word === "org") space = "";
  if (text.length > 1) {
    const tail = Array.from(text.slice(-4)).slice(-2).join("");
    const before = Array.from(tail)[0]!;
    if (isUpper(word) && last === "." && isUpper(before)) space = "";
    if (tail.replace(/[^\p{L}\p{N}_]+/gu, "").length === 0 && !tail.includes(" ")) space = " ";
    if (last === "." && /[0-9]/.test(before) && before.length === 1 && /[0-9]/.test(word)) space = "";
  }
  return text + space + word;
}

function closeSplits(s: string): string {
  return s
    .replace(/([$€£]) (?=\d)/g, "$1")
    .replace(/(?<=\d) %/g, "%")
    .replace(/(\w)' (m|s|re|ve|ll|d|t)\b/g, "$1'$2")
    .replace(/ n't/g, "n't")
    .replace(/ ;/g, ";");
}

/** Re-spaces double quotes, taking them in turn as opening and closing. */
function respaceQuotes(s: string): string {
  const parts = s.split('"');
  if (parts.length === 1) return s;
  let res = parts[0]!;
  for (let k = 1; k < parts.length; k++) {
    if (k % 2 === 1) {
      res = res.replace(/ +$/, "");
      if (res && !/[([ ]$/.test(res)) res += " ";
      res += '"' + parts[k]!.replace(/^ +/, "");
    } else {
      res = res.replace(/ +$/, "") + '"';
      let next = parts[k]!;
      if (next && !/^[ ,.;:?!)]/.test(next)) next = " " + next;
      res += next;
    }
  }
  return res.trim();
}

type Documents = Map<string, Map<number, string[]>>;

function parseConll(text: string): Documents {
  const docs: Documents = new Map();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const [doc, sent, , token] = line.split("\t");
    if (doc === undefined || sent === undefined || token === undefined) continue;
    if (!docs.has(doc)) docs.set(doc, new Map());
    const sents = docs.get(doc)!;
    const n = Number(sent);
    if (!sents.has(n)) sents.set(n, []);
    sents.get(n)!.push(token);
  }
  return docs;
}

export const meantimeArticle: Candidates = (ref, read) => {
  const doc = ref.item ? read.parsed(ref.path, ref.commit, "conll", parseConll).get(ref.item) : undefined;
  if (!doc) return [];
  const sentences = [...doc.keys()]
    .sort((a, b) => a - b)
    .map((k) =>
      closeSplits(
        doc
          .get(k)!
          .map((t) => (t === "''" || t === "``" ? '"' : t))
          .reduce(appendToken, ""),
      ),
    );
  // A quotation open at a sentence's end continues into the next sentence's paragraph.
  const paras: string[] = [];
  let buf: string | null = null;
  for (const s of sentences) {
    buf = buf === null ? s : `${buf} ${s}`;
    if ((buf.match(/"/g) ?? []).length % 2 === 0) {
      paras.push(buf);
      buf = null;
    }
  }
  if (buf) paras.push(buf);
  return [paras.map(respaceQuotes).join("\n\n") + "\n"];
};
