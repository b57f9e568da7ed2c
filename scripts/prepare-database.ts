// Migrations and the seed, run only as far as a database needs them (issue 17): the Prisma CLI costs
// seconds per call even when it has nothing to do, so a later `npm run dev` on an up-to-date database
// skips it. Used by the dev, test and bench scripts alike (a fresh database gets both steps).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { bin, root, run, runCaptured } from "./run";

const MIGRATIONS_DIR = path.join(root, "prisma", "migrations");
// The seed's default admin (prisma/seed.ts; not imported: that module loads the data-access layer).
const DEFAULT_ADMIN_EMAIL = "admin@pressroom.test";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The folder's migrations that the database has not applied as they are now: compared by name and
 * by checksum (the SHA-256 of migration.sql, which Prisma records in `_prisma_migrations`), so an
 * added migration and an edited one both count, whoever migrated the database before.
 */
export async function pendingMigrations(url: string, migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  const folder = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => ({
      name: entry.name,
      checksum: createHash("sha256")
        .update(readFileSync(path.join(migrationsDir, entry.name, "migration.sql")))
        .digest("hex"),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const applied = await withClient(url, async (client) => {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
    if (!table.rows[0]?.present) return new Set<string>();
    const rows = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return new Set(rows.rows.map((row) => `${row.migration_name} ${row.checksum}`));
  });
  return folder.filter((m) => !applied.has(`${m.name} ${m.checksum}`)).map((m) => m.name);
}

/**
 * Whether the seed has work to do: it creates the admin (SEED_ADMIN_EMAIL) when missing and the
 * first release when there is none; everything else it does follows from those.
 */
export async function needsSeed(url: string, adminEmail = DEFAULT_ADMIN_EMAIL): Promise<boolean> {
  return withClient(url, async (client) => {
    const table = await client.query(`SELECT to_regclass('public."User"') IS NOT NULL AS present`);
    if (!table.rows[0]?.present) return true;
    const result = await client.query<{ needed: boolean }>(
      `SELECT NOT EXISTS (SELECT 1 FROM "User" WHERE email = $1) OR NOT EXISTS (SELECT 1 FROM "Release") AS needed`,
      [adminEmail.trim().toLowerCase()],
    );
    return result.rows[0]?.needed ?? true;
  });
}

/**
 * Applies the migrations when one is pending and seeds when the seed has work, through the offline
 * Prisma CLI wrapper; says what it did. `quiet` holds the steps' output back unless one fails;
 * `beforeSeed` is called once the schema is up to date.
 */
export async function prepareDatabase(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
  { quiet = false, beforeSeed }: { quiet?: boolean; beforeSeed?: () => void } = {},
): Promise<{ migrated: string[]; seeded: boolean }> {
  const withDb = { ...env, DATABASE_URL: url };
  const step = (args: string[]) =>
    quiet ? runCaptured(bin("tsx"), args, { env: withDb }).then(() => undefined) : run(bin("tsx"), args, withDb);
  const migrated = await pendingMigrations(url);
  if (migrated.length > 0) await step(["prisma/cli.ts", "migrate", "deploy"]);
  beforeSeed?.();
  const seeded = await needsSeed(url, env.SEED_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL);
  if (seeded) await step(["prisma/cli.ts", "db", "seed"]);
  return { migrated, seeded };
}
