// The embedded database serves every connection of the app from one PGlite session (pglite-socket),
// whose queue takes the connections' protocol messages one at a time. When a connection's messages
// arrived in pieces, another connection's Parse could replace its unnamed statement before its Bind
// ("bind message supplies 1 parameters, but prepared statement "" requires 2", seen on a newcomer's
// `npm run dev` on 6 December 2026; upstream: electric-sql/pglite#1046). Connections now take turns
// (scripts/session-gate.ts). TCP may split a write anywhere: here a proxy splits every one.
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../scripts/embedded-db";

/** A loopback proxy to `url` that hands every chunk a client sends on in two pieces, a moment apart. */
async function splittingProxy(url: string): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(url);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => undefined);
      socket.on("close", () => (client.destroy(), upstream.destroy()));
    }
    client.on("data", (chunk: Buffer) => {
      const cut = Math.max(1, chunk.length >> 1);
      upstream.write(chunk.subarray(0, cut));
      setTimeout(() => upstream.write(chunk.subarray(cut)), 1);
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: Object.assign(new URL(url), { port: String(port) }).toString(),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function connected(url: string, count: number): Promise<pg.Client[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
}

describe("the embedded database with several connections at once", () => {
  let dir: string;
  let db: EmbeddedDatabase;
  let proxy: Awaited<ReturnType<typeof splittingProxy>>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-embedded-"));
    db = await startEmbeddedDatabase(path.join(dir, "pglite"));
    proxy = await splittingProxy(db.url);
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await db?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("answers each connection's parameterised queries with its own statement", async () => {
    const clients = await connected(proxy.url, 4);
    try {
      // Connection c sends statements of c + 1 parameters, 50 times, all four at once.
      const sums = await Promise.all(
        clients.map(async (client, c) => {
          const answers: number[] = [];
          for (let i = 0; i < 50; i++) {
            const params = Array.from({ length: c + 1 }, (_, k) => i + k);
            const sql = `SELECT ${params.map((_, k) => `$${k + 1}::int`).join(" + ")} AS sum`;
            answers.push((await client.query<{ sum: number }>(sql, params)).rows[0]!.sum);
          }
          return answers;
        }),
      );
      sums.forEach((answers, c) =>
        expect(answers).toEqual(Array.from({ length: 50 }, (_, i) => (c + 1) * i + (c * (c + 1)) / 2)),
      );
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  test("keeps a transaction to its connection: another connection's query waits for its end", async () => {
    const [a, b] = (await connected(proxy.url, 2)) as [pg.Client, pg.Client];
    try {
      await a.query("CREATE TABLE IF NOT EXISTS counted (n int)");
      await a.query("BEGIN");
      await a.query("INSERT INTO counted VALUES ($1)", [1]);
      const seen = b.query<{ n: string }>("SELECT count(*)::text AS n FROM counted WHERE n = $1", [1]);
      await a.query("INSERT INTO counted VALUES ($1)", [2]);
      await a.query("ROLLBACK");
      expect((await seen).rows[0]!.n).toBe("0");
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  test("a result of megabytes passes whole, and the other connections' queries follow it", async () => {
    const [a, b] = (await connected(proxy.url, 2)) as [pg.Client, pg.Client];
    try {
      const [big, small] = await Promise.all([
        a.query<{ text: string }>("SELECT repeat($1, 3000000) AS text", ["ab"]),
        b.query<{ n: number }>("SELECT $1::int + $2::int AS n", [2, 3]),
      ]);
      expect(big.rows[0]!.text.length).toBe(6_000_000);
      expect(small.rows[0]!.n).toBe(5);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  test("takes as many connections as a test run opens at once (the app's pools, two more instances, the tests')", async () => {
    const clients = await connected(db.url, 40);
    try {
      const ones = await Promise.all(clients.map((client) => client.query<{ one: number }>("SELECT 1 AS one")));
      expect(ones.map((r) => r.rows[0]!.one)).toEqual(clients.map(() => 1));
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  test("a connection that closes in the middle of its turn hands the session on", async () => {
    const [a, b] = (await connected(proxy.url, 2)) as [pg.Client, pg.Client];
    await a.query("BEGIN");
    const waited = b.query<{ one: number }>("SELECT $1::int AS one", [1]);
    await a.end(); // inside its transaction block
    expect((await waited).rows[0]!.one).toBe(1);
    await b.end();
  });
});
