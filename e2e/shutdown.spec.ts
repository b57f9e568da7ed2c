// Graceful shutdown: SIGTERM (what Docker, Kubernetes and systemd send) lets the requests in flight
// finish — database included — refuses new connections, and the process then exits by itself.
import net from "node:net";
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { startApp, type AppInstance } from "./support/app-instance";
import { sql } from "./support/db";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 11;

/** Whether a fresh TCP connection to the port is accepted. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

// Starting a second instance of the app takes a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

let app: AppInstance | undefined;
test.afterEach(async () => {
  await app?.stop(2_000);
  app = undefined;
});

test("SIGTERM: the request in flight completes, new connections are refused, the pool is closed and the process exits", async () => {
  // The instance's sessions carry their own application_name, so they can be told from other instances'.
  const appName = `pressroom-shutdown-${randomUUID().slice(0, 8)}`;
  const databaseUrl = new URL(process.env.DATABASE_URL!);
  databaseUrl.searchParams.set("application_name", appName);
  app = await startApp({ port: PORT, env: { DATABASE_URL: databaseUrl.toString() } });
  const sessions = async () =>
    (
      await sql<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [appName])
    )[0]!.n;

  const slow = fetch(`${app.url}/api/test/slow?ms=4000`);
  await expect.poll(() => app!.logs().some((l) => l.msg === "test: slow request started")).toBe(true);
  // The scheduler's first pass (2 s after start-up) opens the pool.
  await expect.poll(sessions).toBeGreaterThan(0);

  app.process.kill("SIGTERM");

  // New connections are refused while the slow request is still being served…
  await expect.poll(() => accepts(PORT)).toBe(false);
  // …and that request still gets its whole answer, database round trip included.
  const response = await slow;
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ sleptMs: 4000, database: "ok" });

  // The process ends by itself. `next start` exits with 143 (128 + SIGTERM) on purpose after a
  // graceful SIGTERM (node_modules/next/dist/server/lib/start-server.js): not killed, not crashed.
  const exit = await app.exited;
  expect(exit).toEqual({ code: 143, signal: null });
  const messages = app.logs().map((l) => l.msg);
  expect(messages).toContain("SIGTERM: finishing requests in flight, then exiting");
  expect(messages).toContain("database pool closed, exiting");
  expect(app.logs().filter((l) => l.level === "error")).toEqual([]);
  // No session of the stopped instance is left behind in PostgreSQL.
  await expect.poll(sessions).toBe(0);
});
