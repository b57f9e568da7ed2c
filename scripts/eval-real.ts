/**
 * The extractor's scores on real public press releases (issue 15), for scripts/eval-extract.ts.
 *
 * Gold facts live in test/fixtures/real/annotations.json; the releases' texts do not (the repository
 * holds only text its authors wrote). They are cached, git-ignored, in .data/real-corpus/<id>.txt —
 * copies of the public pages at the annotations' URLs, from a source whose terms allow a local copy
 * for evaluation (not the search tool's stored pages, which must never be copied verbatim: see
 * test/fixtures/real/README.md); the annotation's sha256 prefix tells whether a cached text is the one
 * annotated. Without the texts this part says so and is skipped.
 *
 * The corpus was split before any rule was changed: sorted by the SHA-1 of the URL, every other
 * release (the 1st, 3rd, …) is frozen. A later batch (annotations-<n>.json, gathered and annotated
 * by someone who did not run the extractor on it) is split by the same rule within the batch, so its
 * frozen half is a fresh measure of rules nobody tuned on; each batch's sets are reported apart. Frozen releases are only ever reported in aggregate (per-class
 * error counts, no per-release detail) unless --show-frozen is given, so nobody tunes on them.
 */

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractRelease, toExtractJson } from "../lib/domain/extractor/index";
import {
  f1,
  matchAgreements,
  scoreReal,
  type Counts,
  type RealAnnotation,
} from "../lib/domain/extractor/evaluate-real";
import { fillLines } from "../lib/domain/extractor/line-wraps";

interface Totals {
  agreements: Counts;
  quotes: Counts;
  date: { right: number; of: number };
  errors: Record<string, number>;
  releases: number;
}

const empty = (): Totals => ({
  agreements: { tp: 0, predicted: 0, expected: 0 },
  quotes: { tp: 0, predicted: 0, expected: 0 },
  date: { right: 0, of: 0 },
  errors: {},
  releases: 0,
});

export const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  predicted: a.predicted + b.predicted,
  expected: a.expected + b.expected,
});

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(4);
/** "P 66% R 61% F1 0.64": precision, recall and F1 of matched/predicted/expected counts. */
export const prf = (c: Counts) => {
  const s = f1(c);
  return `P ${pct(s.precision)} R ${pct(s.recall)} F1 ${s.f1.toFixed(2)}`;
};

function line(label: string, t: Totals): string {
  return `${label.padEnd(22)} ${String(t.releases).padStart(3)}  agreements ${prf(t.agreements)} (${t.agreements.tp}/${t.agreements.predicted}/${t.agreements.expected})  quotes ${prf(t.quotes)} (${t.quotes.tp}/${t.quotes.predicted}/${t.quotes.expected})  date ${pct(t.date.of ? t.date.right / t.date.of : 1)} (${t.date.right}/${t.date.of})`;
}

export function frozenSplit(urls: string[]): Map<string, "dev" | "frozen"> {
  const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
  const sorted = [...urls].sort((a, b) => (sha1(a) < sha1(b) ? -1 : 1));
  return new Map(sorted.map((u, i) => [u, i % 2 === 0 ? "frozen" : "dev"]));
}

/** Error counts per annotated feature ("quote-after", "no-dateline", …) over all development or all frozen halves: aggregate only. */
function printByFeature(byFeature: Map<string, Record<string, Record<string, number>>>): void {
  console.log("  Errors per annotated feature (releases with the feature; all batches' halves together):");
  const rows = [...byFeature.entries()].map(([feature, sets]) => {
    const total = (set: string) =>
      Object.entries(sets[set] ?? {})
        .filter(([k]) => k !== "releases")
        .reduce((n, [, v]) => n + v, 0);
    return { feature, sets, frozen: total("frozen"), dev: total("dev") };
  });
  rows.sort((a, b) => b.frozen - a.frozen || a.feature.localeCompare(b.feature));
  for (const r of rows) {
    const show = (set: string) => {
      const e = r.sets[set] ?? {};
      const kinds = Object.entries(e)
        .filter(([k]) => k !== "releases")
        .sort((x, y) => y[1] - x[1])
        .map(([k, n]) => `${k} ${n}`);
      return `${set} ${e.releases ?? 0} releases: ${kinds.join(", ") || "none"}`;
    };
    console.log(`  ${r.feature.padEnd(28)} ${show("frozen")} | ${show("dev")}`);
  }
}

/** Every batch's annotations (test/fixtures/real/annotations*.json), each with its set, the split checked. */
export function readAnnotations(root: string): (RealAnnotation & { set: string })[] {
  const fixtures = path.join(root, "test", "fixtures", "real");
  const batches = readdirSync(fixtures)
    .map((f) => /^annotations(?:-(\d+))?\.json$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[0], batch: Number(m[1] ?? 1) }))
    .sort((a, b) => a.batch - b.batch);
  const annotations: (RealAnnotation & { set: string })[] = [];
  for (const { file, batch } of batches) {
    const list = JSON.parse(readFileSync(path.join(fixtures, file), "utf8")) as RealAnnotation[];
    const split = frozenSplit(list.map((a) => a.url));
    for (const a of list) {
      if (a.split !== split.get(a.url))
        throw new Error(`${a.id}: split is ${a.split}, the fixed rule says ${split.get(a.url)}`);
      annotations.push({ ...a, set: batch === 1 ? a.split! : `${a.split}-${batch}` });
    }
  }
  return annotations;
}

export function evalReal(root: string, opts: { verbose: boolean; showFrozen: boolean; byFeature?: boolean }): void {
  const annotations = readAnnotations(root);
  const cache = path.join(root, ".data", "real-corpus");
  const missing: string[] = [];
  const texts: string[] = [];
  const changed: string[] = [];
  const totals: Record<string, Totals> = {};
  const bucket = (k: string) => (totals[k] ??= empty());
  const byFeature = new Map<string, Record<string, Record<string, number>>>();
  // The development halves again as they are often pasted (issue 15, round 16).
  const forms: Record<string, (t: string) => string> = {
    "as given": (t) => t,
    "wrapped at 72": (t) => fillLines(t, 72),
    "CRLF, at 64": (t) => fillLines(t, 64).replace(/\n/g, "\r\n"),
    // Each line a paragraph of a Word file: a blank line after every line.
    "double-spaced, at 72": (t) =>
      fillLines(t, 72)
        .replace(/\n\s*\n/g, "\n")
        .replace(/\n/g, "\n\n"),
    "headline in capitals": (t) => t.replace(/^[^\n]*/, (h) => h.toUpperCase()),
    // A web page's copy: no-break spaces before capitals, a zero-width space after every ninth space.
    "with invisible spaces": (t) => {
      let n = 0;
      return t.replace(/ (?=\p{Lu})/gu, "\u00a0").replace(/ /g, () => (++n % 9 === 0 ? " \u200b" : " "));
    },
  };
  // Every development and every frozen half's agreements read more strictly (their totals are the
  // buckets "all dev halves" and "all frozen halves").
  const strict = { dev: 0, frozen: 0 };
  const pasted: Record<string, Totals> = Object.fromEntries(Object.keys(forms).map((f) => [f, empty()]));

  console.log(`\nReal public releases (${annotations.length} annotated; texts in ${path.relative(root, cache)}/)`);
  const duplicates: string[] = [];
  for (const a of annotations) {
    // A release a later batch gathered again under another address: it keeps its place in the
    // batch's split (the rule runs over every URL) but is scored once, where it first came.
    if (a.duplicateOf) {
      duplicates.push(`${a.id} (= ${a.duplicateOf})`);
      continue;
    }
    const file = path.join(cache, `${a.id}.txt`);
    if (!existsSync(file)) {
      missing.push(a.id);
      continue;
    }
    const text = readFileSync(file, "utf8");
    texts.push(text);
    if (a.sha256 && createHash("sha256").update(text).digest("hex").slice(0, a.sha256.length) !== a.sha256)
      changed.push(a.id);
    const got = toExtractJson(extractRelease(text));
    const s = scoreReal(got, a);
    strict[a.split!] += matchAgreements(got.agreements, a.agreements, { bareTitleNeedsParty: true }).matched.size;
    for (const k of [a.set, `${a.set}:${a.class}`, `all ${a.split} halves`]) {
      const t = bucket(k);
      t.agreements = add(t.agreements, s.agreements);
      t.quotes = add(t.quotes, s.quotes);
      t.date = { right: t.date.right + s.date.right, of: t.date.of + s.date.of };
      for (const [e, n] of Object.entries(s.errors)) t.errors[e] = (t.errors[e] ?? 0) + n;
      t.releases++;
    }
    for (const feature of a.features) {
      const sets = byFeature.get(feature) ?? {};
      const e = (sets[a.split!] ??= {});
      e.releases = (e.releases ?? 0) + 1;
      for (const [k, n] of Object.entries(s.errors)) e[k] = (e[k] ?? 0) + n;
      byFeature.set(feature, sets);
    }
    if (a.split === "dev")
      for (const [form, make] of Object.entries(forms)) {
        const f = form === "as given" ? s : scoreReal(toExtractJson(extractRelease(make(text))), a);
        const t = pasted[form]!;
        t.agreements = add(t.agreements, f.agreements);
        t.quotes = add(t.quotes, f.quotes);
        t.date = { right: t.date.right + f.date.right, of: t.date.of + f.date.of };
        t.releases++;
      }
    const show = a.split === "dev" || opts.showFrozen;
    if (show && opts.verbose && s.details.length > 0) {
      console.log(`  [${a.set}] ${a.id} (${a.class})`);
      for (const d of s.details) console.log(`      - ${d}`);
    }
  }
  if (missing.length === annotations.length) {
    console.log(
      `  NOT SCORED: none of the ${annotations.length} texts is cached. Save each annotation's page, from a source whose\n` +
        `  terms allow a local copy, as ${path.relative(root, cache)}/<id>.txt; see test/fixtures/real/README.md.`,
    );
    return;
  }
  if (missing.length) console.log(`  MISSING (not scored): ${missing.join(", ")}`);
  if (duplicates.length) console.log(`  Not scored, gathered twice: ${duplicates.join(", ")}`);
  if (changed.length) console.log(`  CHANGED since annotation (scores may be off): ${changed.join(", ")}`);
  console.log("  Counts are matched/predicted/expected.");
  const sets = [...new Set(annotations.map((a) => a.set))].sort((x, y) => x.localeCompare(y));
  for (const set of sets) {
    const t = totals[set];
    if (!t) continue;
    console.log(line(set, t));
    for (const k of Object.keys(totals)
      .filter((x) => x.startsWith(`${set}:`))
      .sort())
      console.log(line(`  ${k.slice(set.length + 1)}`, totals[k]!));
    const errs = Object.entries(t.errors).sort((x, y) => y[1] - x[1]);
    console.log(`  errors: ${errs.map(([e, n]) => `${e} ${n}`).join(", ") || "none"}`);
  }
  for (const half of ["dev", "frozen"] as const) {
    const t = totals[`all ${half} halves`];
    if (!t) continue;
    console.log(line(`all ${half} halves`, t));
    const c = { ...t.agreements, tp: strict[half] };
    console.log(
      `  agreements, a title that is only the kind of document matching with a party: ${prf(c)} (${c.tp}/${c.predicted}/${c.expected})`,
    );
  }
  console.log(
    "  All development halves, pasted otherwise (wrapped at a width, the headline in capitals, invisible spaces):",
  );
  for (const [form, t] of Object.entries(pasted)) console.log(line(`  ${form}`, t));
  if (opts.byFeature) printByFeature(byFeature);
  // Speed on real text: every release once, CPU time, median of 7 runs.
  const runs: number[] = [];
  for (let i = 0; i < 8; i++) {
    const t0 = process.cpuUsage();
    for (const text of texts) extractRelease(text);
    const d = process.cpuUsage(t0);
    if (i > 0) runs.push((d.user + d.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const ms = ((runs[Math.floor(runs.length / 2)] ?? 0) * 10_000) / Math.max(1, chars);
  console.log(
    `  time: ${ms.toFixed(1)} ms CPU per 10 000 characters of real releases (${chars} characters; budget 50 ms)`,
  );
}
