/**
 * Propose the structure of a press release from its raw text.
 *
 *   tsx scripts/extract.ts FILE [--people PEOPLE.json]
 *
 * Prints one JSON object (2-space indent) to stdout. Works without a database; `--people` may
 * name a JSON file of known people, either an array of { name, aliases?, role?, organisation? }
 * or an object with such an array under "people" (the seed file's shape). Without it, short forms
 * such as "A. Hajizade" still resolve to a full name the text gives earlier.
 */

import { readFileSync } from "node:fs";
import { extractRelease, toExtractJson, type KnownPerson } from "../lib/domain/extractor/index";

const USAGE = "Usage: tsx scripts/extract.ts FILE [--people PEOPLE.json]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES"
            ? "permission denied"
            : String(err);
    return fail(`extract: cannot read ${what} "${file}": ${reason}`);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parsePeople(file: string): KnownPerson[] {
  let data: unknown;
  try {
    data = JSON.parse(readText(file, "people file"));
  } catch (err) {
    return fail(`extract: people file "${file}" is not valid JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.people) ? data.people : null;
  if (!list)
    return fail(`extract: people file "${file}" must be an array of people or an object with a "people" array`);
  return list.map((p: unknown, i: number): KnownPerson => {
    if (!isRecord(p) || typeof p.name !== "string" || p.name.trim() === "")
      return fail(`extract: people file "${file}": entry ${i} needs a "name" string`);
    const aliases = Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === "string") : [];
    return {
      name: p.name,
      aliases,
      role: typeof p.role === "string" ? p.role : null,
      organisation: typeof p.organisation === "string" ? p.organisation : null,
    };
  });
}

function main(argv: string[]): void {
  let file: string | null = null;
  let peopleFile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    if (a === "--people") {
      peopleFile = argv[++i] ?? fail(`extract: --people needs a file\n${USAGE}`);
      continue;
    }
    if (a.startsWith("-")) fail(`extract: unknown option ${a}\n${USAGE}`);
    if (file !== null) fail(`extract: one file at a time\n${USAGE}`);
    file = a;
  }
  if (file === null) fail(`extract: missing FILE\n${USAGE}`);
  const text = readText(file, "file");
  const knownPeople = peopleFile ? parsePeople(peopleFile) : [];
  const result = extractRelease(text, { knownPeople });
  process.stdout.write(`${JSON.stringify(toExtractJson(result), null, 2)}\n`);
}

main(process.argv.slice(2));
