// The bench's probes (dal-probe.ts, page-queries.ts) run the app's own DAL calls with Prisma's query
// log on: this client, with lib/db.ts's pool settings, is installed where lib/db.ts looks first, so
// every DAL call of the process goes through it and reports each statement to `onQuery`.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@prisma/client";
import { createPool } from "../../lib/db";

export function installQueryClient(onQuery: (event: Prisma.QueryEvent) => void): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const client = new PrismaClient({
    adapter: new PrismaPg(createPool(url, "pressroom-bench")),
    log: [{ emit: "event", level: "query" }],
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
  client.$on("query" as never, onQuery);
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  return client;
}
