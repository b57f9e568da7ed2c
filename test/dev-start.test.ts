// Issue 17: `npm run dev` starts fast because it does only the database work a start needs. It runs
// here on an embedded database of its own (what a newcomer's `npm run dev` uses), not on the suite's.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { embeddedUrl, holdConnections, startEmbeddedDatabase, type EmbeddedDatabase } from "../scripts/embedded-db";
import { needsSeed, pendingMigrations, prepareDatabase } from "../scripts/prepare-database";

const MIGRATIONS = path.resolve(__dirname, "..", "prisma", "migrations");
const folderMigrations = () =>
  readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("issue 17: npm run dev prepares the database only as far as it must", () => {
  let dir: string;
  let db: EmbeddedDatabase;
  const env = { ...process.env, SEED_ADMIN_EMAIL: undefined, SEED_ADMIN_PASSWORD: undefined };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-dev-start-"));
    db = await startEmbeddedDatabase(path.join(dir, "pglite"));
  }, 60_000);

  afterAll(async () => {
    await db?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("issue 17: the first start migrates and seeds an empty database; a later start does neither", async () => {
    expect(await pendingMigrations(db.url)).toEqual(folderMigrations());
    expect(await needsSeed(db.url)).toBe(true);

    const first = await prepareDatabase(db.url, env, { quiet: true });
    expect(first).toEqual({ migrated: folderMigrations(), seeded: true });
    const users = await query<{ email: string }>(db.url, `SELECT email FROM "User"`);
    expect(users.map((user) => user.email)).toEqual(["admin@pressroom.test"]);
    const releases = await query<{ count: string }>(db.url, `SELECT count(*) FROM "Release"`);
    expect(releases[0]?.count).toBe("1");

    const later = await prepareDatabase(db.url, env, { quiet: true });
    expect(later).toEqual({ migrated: [], seeded: false });
    const releasesAfter = await query<{ count: string }>(db.url, `SELECT count(*) FROM "Release"`);
    expect(releasesAfter[0]?.count).toBe("1");
  }, 240_000);

  test("issue 17: a migration added to the folder, or one whose file changed, is applied on the next start", async () => {
    const copy = path.join(dir, "migrations");
    cpSync(MIGRATIONS, copy, { recursive: true });
    expect(await pendingMigrations(db.url, copy)).toEqual([]);

    mkdirSync(path.join(copy, "20991231000000_issue17_probe"));
    writeFileSync(path.join(copy, "20991231000000_issue17_probe", "migration.sql"), `CREATE TABLE "Probe" (id int);\n`);
    expect(await pendingMigrations(db.url, copy)).toEqual(["20991231000000_issue17_probe"]);

    const first = folderMigrations()[0]!;
    appendFileSync(path.join(copy, first, "migration.sql"), "\n-- edited\n");
    expect(await pendingMigrations(db.url, copy)).toEqual([first, "20991231000000_issue17_probe"]);
  });

  test("issue 17: a database without the chosen admin is seeded again; one with it is not", async () => {
    expect(await needsSeed(db.url, "admin@pressroom.test")).toBe(false);
    expect(await needsSeed(db.url, "Someone.Else@pressroom.test")).toBe(true);
    const seeded = await prepareDatabase(
      db.url,
      { ...env, SEED_ADMIN_EMAIL: "someone.else@pressroom.test" },
      { quiet: true },
    );
    expect(seeded).toEqual({ migrated: [], seeded: true });
    expect(await needsSeed(db.url, "someone.else@pressroom.test")).toBe(false);
    const releases = await query<{ count: string }>(db.url, `SELECT count(*) FROM "Release"`);
    expect(releases[0]?.count).toBe("1");
  }, 120_000);

  test("issue 17: the app can connect before the database is ready: its connection waits, then works", async () => {
    const gate = await holdConnections();
    try {
      const client = new pg.Client({ connectionString: embeddedUrl(gate.port) });
      let settled = false;
      const connecting = client.connect().finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false);

      gate.open(db.url);
      await connecting;
      const rows = await client.query<{ email: string }>(`SELECT email FROM "User" ORDER BY email`);
      expect(rows.rows.map((row) => row.email)).toContain("admin@pressroom.test");
      await client.end();

      // Connections after the opening go straight through.
      expect(await query<{ one: number }>(embeddedUrl(gate.port), "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await gate.close();
    }
  });
});
