// Direct database access for e2e set-up and for checking that refused requests changed nothing.
// The URL is the throwaway database `npm test` created; never a real one.
import pg from "pg";
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/crypto/password";

export const E2E_PASSWORD = "e2e-password-123";

export const USERS = {
  admin: {
    email: "admin@pressroom.test",
    password: process.env.SEED_ADMIN_PASSWORD ?? "pressroom-admin",
    name: "Administrator",
  },
  editor: { email: "editor@pressroom.test", password: E2E_PASSWORD, name: "Erin Editor" },
  writer: { email: "writer@pressroom.test", password: E2E_PASSWORD, name: "Walt Writer" },
} as const;

export type RoleName = keyof typeof USERS;
export const ROLE_NAMES = Object.keys(USERS) as RoleName[];

function url(): string {
  const value = process.env.DATABASE_URL;
  if (!value) throw new Error("DATABASE_URL is not set: run the e2e suite through `npm test`");
  return value;
}

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export async function ensureUser(
  email: string,
  name: string,
  role: "ADMIN" | "EDITOR" | "WRITER",
  password = E2E_PASSWORD,
): Promise<void> {
  await sql(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, active, "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, true, now(), now())
     ON CONFLICT (email) DO UPDATE SET role = EXCLUDED.role, active = true, "passwordHash" = EXCLUDED."passwordHash"`,
    [randomUUID(), email, name, await hashPassword(password), role],
  );
}

export async function releaseByHeadline(headline: string) {
  const [row] = await sql<{ id: string; slug: string; status: string; version: number; headline: string }>(
    `SELECT r.id, r.slug, e.status, r.version, e.headline FROM "Release" r
     JOIN "Edition" e ON e."releaseId" = r.id
     WHERE e.headline = $1 AND e.number = (SELECT max(number) FROM "Edition" WHERE "releaseId" = r.id)`,
    [headline],
  );
  return row;
}

/** The newest edition of a release with the release's version, as the editor sees it. */
export async function releaseState(id: string) {
  const [row] = await sql<{ headline: string; status: string; version: number }>(
    `SELECT e.headline, e.status, r.version FROM "Release" r JOIN "Edition" e ON e."releaseId" = r.id
     WHERE r.id = $1 ORDER BY e.number DESC LIMIT 1`,
    [id],
  );
  return row;
}
