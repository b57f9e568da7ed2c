// The health checks against the real test database, and the outage classifier against the errors a
// real Prisma client produces when PostgreSQL is refused, silent or hangs up (not hand-made ones).
import net from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { createPool, db, prepared } from "../db";
import { env } from "../env";
import { checkReadiness, databaseReachable, isDatabaseUnavailable, shippedMigrations } from "./health";

describe("readiness", () => {
  it("is ready when every shipped migration is applied", async () => {
    expect(shippedMigrations().length).toBeGreaterThan(0);
    expect(await databaseReachable()).toBe(true);
    expect(await checkReadiness()).toEqual({ status: "ready" });
  });

  it("names the migrations the database lacks (a build deployed before `db:deploy`)", async () => {
    const next = "29991231000000_not_applied_yet";
    expect(await checkReadiness([...shippedMigrations(), next])).toEqual({
      status: "unavailable",
      database: "ok",
      missingMigrations: [next],
    });
  });
});

describe("the app's connections", () => {
  it("ask PostgreSQL for no parallel workers, from their first statement on (issue 17)", async () => {
    // A fresh pool's first statement, and the shared client's: each connection says so itself.
    const pool = createPool(env().DATABASE_URL);
    try {
      const { rows } = await pool.query<{ workers: string }>(
        "SELECT current_setting('max_parallel_workers_per_gather') AS workers",
      );
      expect(rows[0]!.workers).toBe("0");
    } finally {
      await pool.end();
    }
    const shared = await db().$queryRaw<
      Array<{ workers: string }>
    >`SELECT current_setting('max_parallel_workers_per_gather') AS workers`;
    expect(shared[0]!.workers).toBe("0");
  });

  it("send the setting before the caller's first statement, without pg's deprecation warning", async () => {
    // Sent from the pool's "connect" event, the SET was still running when the first statement went
    // out: pg queued it but warned (once a process) that pg 9 will refuse two queries at a time.
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    const pool = createPool(env().DATABASE_URL);
    try {
      const answers = await Promise.all(
        [1, 2, 3].map(() =>
          pool.query<{ workers: string }>("SELECT current_setting('max_parallel_workers_per_gather') AS workers"),
        ),
      );
      expect(answers.map((a) => a.rows[0]!.workers)).toEqual(["0", "0", "0"]);
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    } finally {
      process.off("warning", onWarning);
      await pool.end();
    }
    expect(warnings.filter((m) => m.includes("already executing a query"))).toEqual([]);
  });

  it("prepare a statement marked prepared() once, then run it by name with new values (issue 17)", async () => {
    const pool = createPool(env().DATABASE_URL);
    const client = new PrismaClient({ adapter: new PrismaPg(pool) });
    try {
      const next = (n: number) => prepared(Prisma.sql`SELECT ${n}::int + 1 AS next`);
      expect(await client.$queryRaw(next(1))).toEqual([{ next: 2 }]);
      expect(await client.$queryRaw(next(41))).toEqual([{ next: 42 }]);
      await client.$queryRaw`SELECT 'unmarked'::text AS plain`;
      // Sequential statements on a fresh pool run on its one connection, whose statements these are.
      // The embedded database's one session is every connection's: there it runs unnamed.
      const held = await client.$queryRaw<Array<{ statement: string }>>`SELECT statement FROM pg_prepared_statements`;
      const named = env().EMBEDDED_DATABASE === "1" ? 0 : 1;
      expect(held.filter((s) => s.statement.includes("AS next"))).toHaveLength(named);
      expect(held.filter((s) => s.statement.includes("unmarked"))).toHaveLength(0);
    } finally {
      await client.$disconnect();
      await pool.end().catch(() => undefined);
    }
  });
});

describe("isDatabaseUnavailable", () => {
  const servers: net.Server[] = [];
  const clients: PrismaClient[] = [];
  let refusedPort = 0;
  let silentPort = 0;
  let hangUpPort = 0;

  const listen = (onConnection: (socket: net.Socket) => void) =>
    new Promise<number>((resolve) => {
      const server = net
        .createServer(onConnection)
        .listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
      servers.push(server);
    });

  beforeAll(async () => {
    const closed = net.createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => closed.once("listening", resolve));
    refusedPort = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve)); // nothing listens there any more
    silentPort = await listen(() => {}); // accepts, never answers
    hangUpPort = await listen((socket) => socket.destroy()); // accepts, hangs up at once
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.$disconnect().catch(() => undefined)));
    for (const server of servers) server.close();
  });

  // Both the app's own pool (lib/db.ts: a short connect timeout per new connection) and a plain
  // pool with one timeout for everything, as the adapter would build by itself.
  const failureOf = async (port: number, work: (client: PrismaClient) => Promise<unknown>, own = true) => {
    const url = `postgresql://postgres@127.0.0.1:${port}/none`;
    const adapter = own
      ? new PrismaPg(createPool(url))
      : new PrismaPg({ connectionString: url, connectionTimeoutMillis: 500 });
    const client = new PrismaClient({ adapter });
    clients.push(client);
    try {
      await work(client);
    } catch (error) {
      return error;
    }
    throw new Error("expected the query to fail");
  };

  it.each([
    ["refused", () => refusedPort],
    ["silent (connect timeout)", () => silentPort],
    ["hung up", () => hangUpPort],
  ])(
    "recognises a %s database, for queries, raw queries and transactions",
    async (_label, port) => {
      expect(isDatabaseUnavailable(await failureOf(port(), (c) => c.user.count()))).toBe(true);
      expect(isDatabaseUnavailable(await failureOf(port(), (c) => c.$queryRaw`SELECT 1`))).toBe(true);
      expect(isDatabaseUnavailable(await failureOf(port(), (c) => c.$transaction(async (tx) => tx.user.count())))).toBe(
        true,
      );
      expect(isDatabaseUnavailable(await failureOf(port(), (c) => c.user.count(), false))).toBe(true);
      expect(
        isDatabaseUnavailable(await failureOf(port(), (c) => c.$transaction(async (tx) => tx.user.count()), false)),
      ).toBe(true);
    },
    60_000,
  ); // the silent database costs one connect timeout (3 s) per attempt

  it("does not mistake errors the database answered for an outage", async () => {
    const email = `health-${randomUUID()}@pressroom.test`;
    await db().user.create({ data: { email, name: "Health", role: "WRITER", passwordHash: "x" } });
    const duplicate = await db()
      .user.create({ data: { email, name: "Health", role: "WRITER", passwordHash: "x" } })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(duplicate).not.toBeNull();
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    const syntax = await db()
      .$queryRawUnsafe("SELEC 1")
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    // redirect() and notFound() work by throwing: they must pass through untouched.
    expect(
      isDatabaseUnavailable(Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/admin;307;" })),
    ).toBe(false);
    expect(isDatabaseUnavailable(new Error("Some fields need attention"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
