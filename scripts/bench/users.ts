// The two people of the two-person rule: a writer submits, an editor (someone else) publishes.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { hashPassword } from "../../lib/crypto/password";

export const BENCH_PASSWORD = "bench-password-123";
export const BENCH_WRITER = { email: "bench-writer@pressroom.test", name: "Bench Writer", role: "WRITER" } as const;
export const BENCH_EDITOR = { email: "bench-editor@pressroom.test", name: "Bench Editor", role: "EDITOR" } as const;

export async function createBenchUsers(sql: pg.Client): Promise<{ writerId: string; editorId: string }> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const ids: string[] = [];
  for (const user of [BENCH_WRITER, BENCH_EDITOR]) {
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, active, "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, true, now(), now())
       ON CONFLICT (email) DO UPDATE SET role = EXCLUDED.role, active = true, "passwordHash" = EXCLUDED."passwordHash"
       RETURNING id`,
      [randomUUID(), user.email, user.name, hash, user.role],
    );
    ids.push(rows[0]!.id);
  }
  return { writerId: ids[0]!, editorId: ids[1]! };
}
