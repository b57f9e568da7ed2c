/**
 * Where an annotation's text comes from, and how to read it out of a local git mirror.
 *
 * An annotation's `source` reads `owner/name:path[#item][ (commit <sha>, …)]`; the commit may instead be
 * named only in `licence` (PM Transcripts, beehive, GOV.UK examples). Mirrors are the ones the fetch
 * tool leaves under /work/.mirror/<owner>+<name>/ (a bare repository, or one with a .git inside).
 */

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface Annotation {
  id: string;
  source?: string;
  licence?: string;
  sha256?: string;
  chars?: number;
}

export interface SourceRef {
  repo: string;
  path: string;
  /** After "#" in the path: a CSV row's URL, a JSON line number, a document id, … */
  item: string | null;
  commit: string | null;
  /** The parenthesised remark after the path ("RSS item …", "document _id …"). */
  detail: string;
}

export function parseSource(a: Annotation): SourceRef | null {
  const src = a.source;
  if (!src) return null;
  const colon = src.indexOf(":");
  if (colon < 0) return null;
  const repo = src.slice(0, colon);
  let rest = src.slice(colon + 1);
  let detail = "";
  const paren = rest.indexOf(" (");
  if (paren >= 0) {
    detail = rest.slice(paren + 2).replace(/\)\s*$/, "");
    rest = rest.slice(0, paren);
  }
  const hash = rest.indexOf("#");
  const file = hash >= 0 ? rest.slice(0, hash) : rest;
  const item = hash >= 0 ? rest.slice(hash + 1) : null;
  // The source's own commit wins; PM Transcripts and beehive name theirs only in the licence.
  const commit =
    /commit ([0-9a-f]{7,40})/.exec(detail)?.[1] ?? /commit ([0-9a-f]{7,40})/.exec(a.licence ?? "")?.[1] ?? null;
  return { repo, path: file.trim(), item, commit, detail };
}

/** The git directory inside a fetched mirror: the fetch tool's layout varies (repo/, repo/.git/). */
export function findGitDir(mirrors: string, repo: string): string | null {
  const base = path.join(mirrors, repo.replace("/", "+"));
  const isGitDir = (d: string) => existsSync(path.join(d, "HEAD")) && existsSync(path.join(d, "objects"));
  const queue: { dir: string; depth: number }[] = [{ dir: base, depth: 0 }];
  while (queue.length > 0) {
    const { dir, depth } = queue.shift()!;
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    if (isGitDir(dir)) return dir;
    if (depth >= 3) continue;
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.isDirectory() && e.name !== "objects") queue.push({ dir: path.join(dir, e.name), depth: depth + 1 });
  }
  return null;
}

export class NotFound extends Error {}

/**
 * Reads files of one repository: from its mirror at the named commit (HEAD when the commit is absent),
 * else from a plain copy under `<sources>/<owner>+<name>/<path>` (for a repository no snapshot exists of,
 * saved from the search tool's read_file), else from an alternate repository holding the same files.
 */
export class RepoReader {
  private cache = new Map<string, string>();
  private parsedCache = new Map<string, unknown>();
  readonly notes: string[] = [];

  constructor(
    readonly repo: string,
    private gitDirs: string[],
    private localDir: string | null,
    private alternates: string[] = [],
  ) {}

  get available(): boolean {
    return this.gitDirs.length + this.alternates.length > 0 || (this.localDir !== null && existsSync(this.localDir));
  }

  show(file: string, commit: string | null): string {
    const key = `${commit ?? "HEAD"}:${file}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const text = this.load(file, commit);
    this.cache.set(key, text);
    return text;
  }

  /** Parses a file once per commit (a 3 MB CSV serves 40 releases). */
  parsed<T>(file: string, commit: string | null, kind: string, parse: (text: string) => T): T {
    const key = `${kind}|${commit ?? "HEAD"}:${file}`;
    if (!this.parsedCache.has(key)) this.parsedCache.set(key, parse(this.show(file, commit)));
    return this.parsedCache.get(key) as T;
  }

  private load(file: string, commit: string | null): string {
    const fromGit = this.fromGit(this.gitDirs, file, commit);
    if (fromGit !== null) return fromGit;
    if (this.localDir) {
      const local = path.join(this.localDir, file);
      if (existsSync(local)) return readFileSync(local, "utf8");
    }
    const fromAlternate = this.fromGit(this.alternates, file, null);
    if (fromAlternate !== null) return fromAlternate;
    throw new NotFound(`${this.repo}:${file} not found`);
  }

  private fromGit(dirs: string[], file: string, commit: string | null): string | null {
    for (const dir of dirs) {
      for (const rev of commit ? [commit, "HEAD"] : ["HEAD"]) {
        try {
          const out = execFileSync("git", ["--git-dir", dir, "show", `${rev}:${file}`], {
            encoding: "utf8",
            maxBuffer: 1 << 30,
            stdio: ["ignore", "pipe", "ignore"],
          });
          if (rev !== commit && commit)
            this.notes.push(`${file}: commit ${commit.slice(0, 10)} not in ${dir}, read HEAD`);
          return out;
        } catch {
          // Try the next revision or mirror.
        }
      }
    }
    return null;
  }
}
