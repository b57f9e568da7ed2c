/**
 * Rebuilds the git-ignored cache of real press releases, .data/real-corpus/<id>.txt, from local git
 * mirrors of the openly licensed repositories the annotations name (test/fixtures/real/README.md).
 *
 *   npx tsx scripts/real-corpus/rebuild.ts [--mirrors /work/.mirror] [--sources .data/real-corpus-sources] [--only ID]
 *
 * For every annotation with a `source`, the source family's transformation proposes the text; a text is
 * written only when its sha256 prefix and length match the annotation, so a wrong transformation never
 * leaves a wrong release in the cache. Contains no release text, only the transformations.
 */

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { govukExample, presidentCsv, re3dDocument, stateRss } from "./families/feeds";
import { beehive, nasaArticle, ngoPost, whiteHouse } from "./families/markdown";
import { meantimeArticle } from "./families/meantime";
import { pmTranscript } from "./families/pm-transcripts";
import type { Candidates } from "./families/types";
import { gumDocument, scrapedWikinews, wikinewsSum } from "./families/wikinews";
import { NotFound, RepoReader, findGitDir, parseSource, type Annotation } from "./source";

export const FAMILIES: Record<string, Candidates> = {
  "wragge/pm-transcripts": pmTranscript,
  "wragge/pm-transcripts-data": pmTranscript,
  "marcus-crane/beehive-markdown": beehive,
  "PeiYiZhuo/zelenskyy-putin": presidentCsv,
  "markschaver/State-Department-PR": stateRss,
  "anastasia-zhukova/Diverse_CDCR_datasets": meantimeArticle,
  "katie-hofschen/NASA_RAG": nasaArticle,
  "brian14708/wh-briefings": whiteHouse,
  "letsencrypt/website": ngoPost,
  "carpentries/carpentries.org": ngoPost,
  "dstl/re3d": re3dDocument,
  "airKlizz/WikinewsSum": wikinewsSum,
  "vanatteveldt/wikinews": scrapedWikinews,
  "amir-zeldes/gum": gumDocument,
  "alphagov/publishing-api": govukExample,
};

// No snapshot of wragge/pm-transcripts-data could be fetched; its older transcripts are the same
// files in wragge/pm-transcripts, and newer ones can be saved under --sources (see README.md).
const ALTERNATES: Record<string, string[]> = { "wragge/pm-transcripts-data": ["wragge/pm-transcripts"] };

/** The annotation's `chars` counts code points (Python's len), as the first sessions measured it. */
export function matches(a: Annotation, text: string): boolean {
  const sha = createHash("sha256").update(text, "utf8").digest("hex");
  return !!a.sha256 && sha.startsWith(a.sha256) && [...text].length === a.chars;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

export function loadAnnotations(root: string): Annotation[] {
  const dir = path.join(root, "test", "fixtures", "real");
  return readdirSync(dir)
    .filter((f) => /^annotations(?:-\d+)?\.json$/.test(f))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Annotation[])
    .filter((a) => a.source);
}

function main(): void {
  const started = Date.now();
  const root = path.resolve(__dirname, "..", "..");
  const mirrors = path.resolve(arg("--mirrors", "/work/.mirror"));
  const sources = path.resolve(arg("--sources", path.join(root, ".data", "real-corpus-sources")));
  const only = arg("--only", "");
  const out = path.join(root, ".data", "real-corpus");
  mkdirSync(out, { recursive: true });

  const annotations = loadAnnotations(root).filter((a) => !only || a.id === only);
  const repos = [...new Set(annotations.map((a) => parseSource(a)?.repo).filter((r): r is string => !!r))].sort();
  const readers = new Map<string, RepoReader>();
  const missing: string[] = [];
  for (const repo of repos) {
    const own = findGitDir(mirrors, repo);
    const alternates = (ALTERNATES[repo] ?? []).map((r) => findGitDir(mirrors, r)).filter((d): d is string => !!d);
    const reader = new RepoReader(repo, own ? [own] : [], path.join(sources, repo.replace("/", "+")), alternates);
    if (!own) missing.push(`github:${repo}${reader.available ? " (falling back to local copies / alternates)" : ""}`);
    readers.set(repo, reader);
  }
  console.log(`Mirrors under ${mirrors}; ${annotations.length} releases from ${repos.length} repositories.`);
  console.log(missing.length ? `Mirrors missing (fetch these):\n  ${missing.join("\n  ")}` : "No mirror missing.");

  const written: string[] = [];
  const differs: string[] = [];
  const noMirror: string[] = [];
  const notFound: string[] = [];
  for (const a of annotations) {
    const ref = parseSource(a);
    const family = ref ? FAMILIES[ref.repo] : undefined;
    const reader = ref ? readers.get(ref.repo) : undefined;
    if (!ref || !family || !reader) {
      notFound.push(`${a.id} (no transformation for ${a.source})`);
      continue;
    }
    if (!reader.available) {
      noMirror.push(a.id);
      continue;
    }
    let candidates: string[];
    try {
      candidates = family(ref, reader);
    } catch (e) {
      if (!(e instanceof NotFound)) throw e;
      notFound.push(`${a.id} (${e.message})`);
      continue;
    }
    if (candidates.length === 0) {
      notFound.push(`${a.id} (item not in ${ref.repo}:${ref.path})`);
      continue;
    }
    const text = candidates.find((t) => matches(a, t));
    if (text === undefined) {
      const lengths = [...new Set(candidates.map((t) => [...t].length))].join("/");
      differs.push(`${a.id} (want ${a.chars} chars, made ${lengths})`);
      continue;
    }
    writeFileSync(path.join(out, `${a.id}.txt`), text, "utf8");
    written.push(a.id);
  }

  for (const r of readers.values()) for (const n of r.notes) console.log(`  note: ${r.repo}: ${n}`);
  console.log(`\nWritten ${written.length} of ${annotations.length} to ${path.relative(root, out)}/`);
  if (differs.length) console.log(`Differs (${differs.length}, not written):\n  ${differs.join("\n  ")}`);
  if (noMirror.length) console.log(`No mirror (${noMirror.length}):\n  ${noMirror.join("\n  ")}`);
  if (notFound.length) console.log(`Not found (${notFound.length}):\n  ${notFound.join("\n  ")}`);
  console.log(`Took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main();
