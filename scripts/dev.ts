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
  await migrateAndSeed(url, process.env, { quiet: true });

  const port = process.env.PORT ?? "3000";
  const next = spawn(bin("next"), ["dev", "--port", port], {
    cwd: root,
    stdio: "inherit",
    env: {
      NEXTAUTH_URL: `http://localhost:${port}`,
      ...process.env,
      DATABASE_URL: url,
      EMBEDDED_DATABASE: embedded ? "1" : "0",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const email = process.env.SEED_ADMIN_EMAIL ?? "admin@pressroom.test";
  const password = process.env.SEED_ADMIN_PASSWORD ? "(your SEED_ADMIN_PASSWORD)" : "pressroom-admin";

  const nextExited = new Promise<number | null>((resolve) => next.once("exit", resolve));
  // The sign-in line comes once the login page answers, so it is the last thing the start prints and
  // the link works when it appears (the first request also compiles the page and starts the server).
  void untilAnswering(`http://127.0.0.1:${port}/login`, nextExited).then(async (answered) => {
    // A moment for Next to print its line for that request first.
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (answered) console.log(`\n  Pressroom: sign in at http://localhost:${port}/login as ${email} / ${password}\n`);
  });
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

/**
 * Asks `url` every half second until it answers or two minutes pass (true: worth telling the user
 * about it), or Next exits (false).
 */
async function untilAnswering(url: string, exited: Promise<unknown>): Promise<boolean> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 120_000;
  while (!gone && Date.now() < deadline) {
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return !gone;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
