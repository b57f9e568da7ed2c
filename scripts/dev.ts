// `npm run dev`: the app at http://localhost:3000, on DATABASE_URL when set, otherwise on an
// embedded PostgreSQL (PGlite) kept in .data/. Migrations and the idempotent seed run every start.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db";
import { bin, migrateAndSeed, root } from "./run";

async function main() {
  if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  let embedded: EmbeddedDatabase | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDatabase();
    url = embedded.url;
    console.log(`No DATABASE_URL: using the embedded PostgreSQL in ${path.relative(root, embedded.dataDir)}/`);
  }
  await migrateAndSeed(url);

  const port = process.env.PORT ?? "3000";
  const next = spawn(bin("next"), ["dev", "--port", port], {
    cwd: root,
    stdio: "inherit",
    env: { NEXTAUTH_URL: `http://localhost:${port}`, ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const email = process.env.SEED_ADMIN_EMAIL ?? "admin@pressroom.test";
  const password = process.env.SEED_ADMIN_PASSWORD ? "(your SEED_ADMIN_PASSWORD)" : "pressroom-admin";
  setTimeout(
    () => console.log(`\n  Pressroom: sign in at http://localhost:${port}/login as ${email} / ${password}\n`),
    1500,
  );

  const nextExited = new Promise<number | null>((resolve) => next.once("exit", resolve));
  // Ctrl-C reaches Next and this script together. The embedded database stops only once Next has
  // exited (or 5 s later): stopped first, it cut Next's pooled connections and Next printed a
  // "connection lost" stack trace on every Ctrl-C (issue 12.11).
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    next.kill("SIGTERM");
    await Promise.race([nextExited, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    await embedded?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  void nextExited.then(async (code) => {
    if (stopping) return;
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
