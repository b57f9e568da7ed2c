// The editor's releases list (/admin, issue 12.4) at scale: a throwaway database with N releases in
// every state, then the list's data call (listReleasesForEditors: the counts per tab, the page, the
// probe for a page above) timed for each kind of view, uncached, in this process.
//
//   npx tsx --conditions=react-server scripts/bench/editor-list.ts [--releases 600,5000] [--samples 30] [--keep-db]
//
// DATABASE_URL, when set, names the local PostgreSQL server to create the database on (it is dropped
// afterwards). The releases come from bulk-seed.ts (all published), then their states are mixed by
// number: 20 % drafts, 10 % submitted, 5 % scheduled, 5 % withdrawn, 10 % published with a newer
// draft edition, the rest published; the bench writer is an author of every third.
import path from "node:path";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import type { EditorReleaseQuery } from "../../lib/validation/editor-release-query";
import { root } from "../run";
import { bulkSeedReleases, checkBulkSeed, seedPeople } from "./bulk-seed";
import { cleanupAll, installSignalHandlers } from "./cleanup";
import { DEFAULT_SERVER_URL, createBenchDatabase } from "./database";
import { createBenchUsers } from "./users";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const SIZES = option("releases", "600,5000")
  .split(",")
  .map((n) => Number(n.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const SAMPLES = Number(option("samples", "30"));
const KEEP = process.argv.includes("--keep-db");

/** States by release number (bench-r-0000042 is 42): see the header. */
async function mixStates(sql: pg.Client, writerId: string, editorId: string): Promise<void> {
  const n = `substring(r.id FROM 9)::int`;
  await sql.query("BEGIN");
  await sql.query(`CREATE TEMP TABLE mix ON COMMIT DROP AS
    SELECT r.id, CASE WHEN ${n} % 20 < 4 THEN 'DRAFT' WHEN ${n} % 20 < 6 THEN 'SUBMITTED'
      WHEN ${n} % 20 = 6 THEN 'SCHEDULED' WHEN ${n} % 20 = 7 THEN 'WITHDRAWN'
      WHEN ${n} % 20 < 10 THEN 'REDRAFT' ELSE 'PUBLISHED' END AS state
    FROM "Release" r WHERE r.id LIKE 'bench-r-%' AND NOT EXISTS (SELECT 1 FROM "Edition" x WHERE x."releaseId" = r.id AND x.number = 2)
      AND r."liveEditionId" IS NOT NULL`);
  // Never published: no live edition, no publication dates.
  await sql.query(`UPDATE "Release" r SET "liveEditionId" = NULL, "publishedAt" = NULL
    FROM mix WHERE mix.id = r.id AND mix.state IN ('DRAFT', 'SUBMITTED', 'SCHEDULED')`);
  await sql.query(`UPDATE "Edition" e SET status = mix.state::"EditionStatus", "publishedAt" = NULL,
      "publishAt" = CASE WHEN mix.state = 'SCHEDULED' THEN now() + interval '30 days' END
    FROM mix WHERE mix.id = e."releaseId" AND mix.state IN ('DRAFT', 'SUBMITTED', 'SCHEDULED')`);
  await sql.query(
    `UPDATE "Edition" e SET status = 'WITHDRAWN' FROM mix WHERE mix.id = e."releaseId" AND mix.state = 'WITHDRAWN'`,
  );
  await sql.query(`UPDATE "Release" r SET "withdrawnAt" = r."publishedAt" + interval '1 day', "withdrawnReason" = 'Bench'
    FROM mix WHERE mix.id = r.id AND mix.state = 'WITHDRAWN'`);
  // A newer draft edition beside the live one (its search vector from the trigger).
  await sql.query(
    `INSERT INTO "Edition" (id, "releaseId", number, status, headline, summary, body, "datelinePlace", "datelineAt",
      "datelineOffsetMinutes", issuer, countries, topics, "createdAt", "updatedAt", "updatedById")
    SELECT e.id || '-2', e."releaseId", 2, 'DRAFT', e.headline || ' (update)', e.summary, e.body, e."datelinePlace", e."datelineAt",
      e."datelineOffsetMinutes", e.issuer, e.countries, e.topics, now(), now(), $1
    FROM "Edition" e JOIN mix ON mix.id = e."releaseId" AND mix.state = 'REDRAFT' WHERE e.number = 1`,
    [editorId],
  );
  await sql.query(
    `INSERT INTO "ReleaseAuthor" ("releaseId", "userId")
     SELECT r.id, CASE WHEN ${n} % 3 = 0 THEN $1 ELSE $2 END FROM "Release" r WHERE r.id LIKE 'bench-r-%'
     ON CONFLICT DO NOTHING`,
    [writerId, editorId],
  );
  await sql.query("COMMIT");
  await sql.query("VACUUM ANALYZE");
}

interface Stats {
  p50: number;
  p95: number;
  max: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { p50: at(50), p95: at(95), max: sorted[sorted.length - 1]! };
}

async function main() {
  installSignalHandlers();
  // The seed runs `tsx` by name, as under npm run.
  process.env.PATH = `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`;
  const db = await createBenchDatabase(process.env.DATABASE_URL ?? DEFAULT_SERVER_URL, process.env, KEEP);
  // The DAL reads DATABASE_URL when it first connects: the bench database, from here on.
  process.env.DATABASE_URL = db.url;
  const { listEditorListChoices, listReleasesForEditors } = await import("../../lib/dal/releases");
  const { landingTab } = await import("../../lib/domain/release-tabs");
  const users = await createBenchUsers(db.sql);
  await seedPeople(db.sql);

  const rows: string[] = [];
  let seeded = 0;
  for (const size of SIZES) {
    const t0 = performance.now();
    await bulkSeedReleases(db.sql, seeded + 1, size, users, new Date());
    await checkBulkSeed(db.sql);
    await mixStates(db.sql, users.writerId, users.editorId);
    seeded = size;
    const { rows: counted } = await db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM "Release"`);
    console.error(`${counted[0]!.n} releases in ${((performance.now() - t0) / 1000).toFixed(1)} s; measuring`);

    const q = (over: Partial<EditorReleaseQuery>): EditorReleaseQuery => ({
      tab: "all",
      q: null,
      author: null,
      country: null,
      language: null,
      after: null,
      before: null,
      ...over,
    });
    const editor = users.editorId;
    const first = await listReleasesForEditors(q({}), editor, () => "all");
    const search = await listReleasesForEditors(q({ q: "cooperation" }), editor, () => "all");
    const { rows: middle } = await db.sql.query<{ id: string; updatedAt: Date }>(
      `SELECT id, "updatedAt" FROM "Release" ORDER BY "updatedAt" DESC, id DESC OFFSET $1 LIMIT 1`,
      [Math.floor(size / 2)],
    );
    const scenarios: Array<[string, () => Promise<unknown>]> = [
      [
        "landing (editor: Awaiting review)",
        () =>
          listReleasesForEditors(q({ tab: null }), editor, (c) =>
            landingTab({ mayReview: true, awaitingReview: c.review }),
          ),
      ],
      ["All, first page", () => listReleasesForEditors(q({}), editor, () => "all")],
      ["All, second page", () => listReleasesForEditors(q({ after: first.older }), editor, () => "all")],
      [
        "All, a page half way down",
        () =>
          listReleasesForEditors(
            q({ after: { updatedAt: middle[0]!.updatedAt, id: middle[0]!.id, rank: null } }),
            editor,
            () => "all",
          ),
      ],
      ["Drafts", () => listReleasesForEditors(q({ tab: "drafts" }), editor, () => "all")],
      ["Scheduled", () => listReleasesForEditors(q({ tab: "scheduled" }), editor, () => "all")],
      ["Mine (the bench writer)", () => listReleasesForEditors(q({ tab: "mine" }), users.writerId, () => "all")],
      [
        "search, a common word (cooperation)",
        () => listReleasesForEditors(q({ q: "cooperation" }), editor, () => "all"),
      ],
      [
        "search, second page",
        () => listReleasesForEditors(q({ q: "cooperation", after: search.older }), editor, () => "all"),
      ],
      ["search, a rare word", () => listReleasesForEditors(q({ q: "memorandum hydrogen" }), editor, () => "all")],
      ["author filter", () => listReleasesForEditors(q({ author: users.writerId }), editor, () => "all")],
      [
        "country filter (GE), Published",
        () => listReleasesForEditors(q({ tab: "published", country: "GE" }), editor, () => "all"),
      ],
      ["filter choices (authors, countries)", () => listEditorListChoices()],
    ];
    for (const [label, call] of scenarios) {
      for (let i = 0; i < 3; i++) await call(); // warm the pool and the buffers
      const times: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const t = performance.now();
        await call();
        times.push(performance.now() - t);
      }
      const s = stats(times);
      rows.push(`| ${size} | ${label} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} |`);
    }
  }
  // Closed before the database is dropped (else the pool logs the dropped connections).
  await (await import("../../lib/db")).closeDatabasePool();
  console.log(`Editor releases list, ${SAMPLES} samples each after 3 warm-up calls (ms, whole DAL call):\n`);
  console.log("| releases | view | p50 | p95 | max |\n| --: | --- | --: | --: | --: |");
  console.log(rows.join("\n"));
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanupAll());
