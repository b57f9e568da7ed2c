// `npm run dev`: the app at http://localhost:3000, on DATABASE_URL when set, otherwise on an
// embedded PostgreSQL (PGlite) kept in .data/. Migrations run only when one is pending and the seed
// only when it has work (scripts/prepare-database.ts, issue 17).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { holdConnections, startEmbeddedDatabase, embeddedUrl, type EmbeddedDatabase } from "./embedded-db";
import { prepareDatabase } from "./prepare-database";
import { bin, root } from "./run";

async function main() {
  if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const given = process.env.DATABASE_URL;
  // With a server of the user's, its migrations come first (a few queries when none is pending). The
  // embedded database instead starts beside Next, which takes seconds to boot and compile: Next gets
  // a port that holds its connections until the database is migrated.
  if (given) await prepareDatabase(given, process.env, { quiet: true });
  const held = given ? undefined : await holdConnections();
  const url = held ? embeddedUrl(held.port) : given!;

  const port = process.env.PORT ?? "3000";
  const next = spawn(bin("next"), ["dev", "--port", port], {
    cwd: root,
    stdio: "inherit",
    env: {
      NEXTAUTH_URL: `http://localhost:${port}`,
      ...process.env,
      DATABASE_URL: url,
      EMBEDDED_DATABASE: held ? "1" : "0",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  let embedded: EmbeddedDatabase | undefined;
  const databaseReady = (async () => {
    if (!held) return;
    embedded = await startEmbeddedDatabase();
    console.log(`No DATABASE_URL: using the embedded PostgreSQL in ${path.relative(root, embedded.dataDir)}/`);
    const { url: embeddedDb } = embedded;
    // The app may read once the schema is there; the seed (the admin and the first release on an
    // empty database) then runs beside it, before the sign-in line below.
    await prepareDatabase(embeddedDb, process.env, { quiet: true, beforeSeed: () => held.open(embeddedDb) });
  })();
  const email = process.env.SEED_ADMIN_EMAIL ?? "admin@pressroom.test";
  const password = process.env.SEED_ADMIN_PASSWORD ? "(your SEED_ADMIN_PASSWORD)" : "pressroom-admin";

  const nextExited = new Promise<number | null>((resolve) => next.once("exit", resolve));
  // Ctrl-C reaches Next and this script together. The embedded database stops only once Next has
  // exited (or 5 s later): stopped first, it cut Next's pooled connections and Next printed a
  // "connection lost" stack trace on every Ctrl-C (issue 12.11).
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    next.kill("SIGTERM");
    await Promise.race([nextExited, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    await embedded?.stop();
    await held?.close();
    process.exit(code);
  };
  // The sign-in line comes once the database is ready and the login page answers, so it is the last
  // thing the start prints and the link works when it appears. The page is asked for at once: the
  // first request compiles it, the longest step of a start, while the database starts (the page
  // reads nothing from the database without a session).
  const answering = untilAnswering(`http://127.0.0.1:${port}/login`, nextExited);
  const ready = databaseReady.then(
    () => answering,
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      void stop(1);
      return false;
    },
  );
  void ready.then(async (answered) => {
    // A moment for Next to print its line for that request first.
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (answered) console.log(`\n  Pressroom: sign in at http://localhost:${port}/login as ${email} / ${password}\n`);
  });
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  void nextExited.then(async (code) => {
    if (stopping) return;
    await embedded?.stop();
    await held?.close();
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
