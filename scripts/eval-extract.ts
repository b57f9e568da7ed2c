/**
 * Evaluate the press-release extractor on the fixtures in test/fixtures/extract.
 *
 *   tsx scripts/eval-extract.ts [--verbose] [--fixtures DIR] [--show-frozen] [--by-feature]
 *
 * --by-feature adds, for the real releases, error counts per annotated feature over all development
 * and all frozen halves (aggregate only, so it names the failing formats without showing frozen text).
 *
 * Prints precision and recall for agreements, parties, quotes and datelines per fixture and
 * overall, and the time per 10 000 characters. Exits non-zero only when the seed release is not
 * extracted exactly right, so CI catches a regression on it without failing on harder fixtures.
 */

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractRelease, toExtractJson } from "../lib/domain/extractor/index";
import {
  addCounts,
  precisionRecall,
  scoreFixture,
  type Counts,
  type ExpectedRelease,
  type FixtureScore,
} from "../lib/domain/extractor/evaluate";
import { evalReal } from "./eval-real";

const SEED = "press-release-2024-07-04-azerbaijan-china";

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

const verbose = process.argv.includes("--verbose");
const dir = path.resolve(arg("--fixtures") ?? path.join(__dirname, "..", "test", "fixtures", "extract"));

const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort((a, b) => (a === SEED ? -1 : b === SEED ? 1 : a.localeCompare(b)));

if (names.length === 0) {
  console.error(`No fixtures (*.txt with *.expected.json) in ${dir}`);
  process.exit(1);
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(4);
const cell = (c: Counts) => `${c.tp}/${c.predicted}/${c.expected}`.padEnd(9);
const pr = (c: Counts) => {
  const { precision, recall } = precisionRecall(c);
  return `P ${pct(precision)} R ${pct(recall)}`;
};

const zero: Counts = { tp: 0, predicted: 0, expected: 0 };
let total = { agreements: zero, parties: zero, quotes: zero, dateline: zero };
let fieldsRight = 0;
const details = { right: 0, of: 0 };
let seedScore: FixtureScore | null = null;
const texts: string[] = [];

const width = Math.max(...names.map((n) => n.length), 8);
console.log("Counts are matched/predicted/expected.\n");
console.log(
  `${"fixture".padEnd(width)}  ${"agreements".padEnd(9)}  ${"parties".padEnd(9)}  ${"quotes".padEnd(9)}  ${"dateline".padEnd(9)}  fields  exact`,
);
console.log("-".repeat(width + 62));
for (const name of names) {
  const text = readFileSync(path.join(dir, `${name}.txt`), "utf8");
  const want = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as ExpectedRelease;
  texts.push(text);
  const got = toExtractJson(extractRelease(text));
  const s = scoreFixture(got, want);
  if (name === SEED) seedScore = s;
  total = {
    agreements: addCounts(total.agreements, s.agreements),
    parties: addCounts(total.parties, s.parties),
    quotes: addCounts(total.quotes, s.quotes),
    dateline: addCounts(total.dateline, s.dateline),
  };
  const f = Object.values(s.fields).filter(Boolean).length;
  fieldsRight += f;
  details.right += s.quoteDetails.right;
  details.of += s.quoteDetails.of;
  console.log(
    `${name.padEnd(width)}  ${cell(s.agreements)}  ${cell(s.parties)}  ${cell(s.quotes)}  ${cell(s.dateline)}  ${`${f}/4`.padEnd(6)}  ${s.exact ? "yes" : "no"}`,
  );
  if (verbose) for (const m of s.mismatches) console.log(`${" ".repeat(width + 2)}- ${m}`);
}
console.log("-".repeat(width + 62));
console.log(
  `${"overall".padEnd(width)}  agreements ${pr(total.agreements)} | parties ${pr(total.parties)} | quotes ${pr(total.quotes)} | dateline ${pr(total.dateline)}`,
);
console.log(`${"".padEnd(width)}  headline/issuer/source credit/countries right: ${fieldsRight}/${names.length * 4}`);
console.log(
  `${"".padEnd(width)}  role and organisation of matched quotes right (not scored): ${details.right}/${details.of}`,
);

// Time: the fixtures joined and repeated to at least 10 000 characters, median of 15 runs. CPU time
// of this process (user + system), not wall time: on a machine shared with other work the wall
// clock mostly measures waiting.
let big = texts.join("\n\n");
while (big.length < 10_000) big += `\n\n${texts.join("\n\n")}`;
const runs: number[] = [];
extractRelease(big); // warm-up: regex compilation and JIT
for (let i = 0; i < 15; i++) {
  const t0 = process.cpuUsage();
  extractRelease(big);
  const d = process.cpuUsage(t0);
  runs.push((d.user + d.system) / 1000);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)] ?? 0;
console.log(
  `\nTime: ${((median * 10_000) / big.length).toFixed(1)} ms CPU per 10 000 characters (median of ${runs.length} runs on ${big.length} characters; budget 50 ms)`,
);

evalReal(path.join(__dirname, ".."), {
  verbose,
  showFrozen: process.argv.includes("--show-frozen"),
  byFeature: process.argv.includes("--by-feature"),
});

if (!seedScore) {
  console.error(`\nSeed fixture ${SEED} is missing.`);
  process.exit(1);
}
if (!seedScore.exact) {
  console.error(`\nSeed release is NOT extracted exactly right:`);
  for (const m of seedScore.mismatches) console.error(`  - ${m}`);
  process.exit(1);
}
console.log("Seed release: exact.");
