// Issue 17's share image row, inside `npm run bench`: is the card drawn once per edition (stored at
// publish and linked by its content hash), and what does drawing it cost? Runs
// scripts/bench/share-image-publish.ts against the bench database (fresh releases published as the
// seed does, each card then drawn again alone with its CPU) and reads its summary line.
import { execFileSync } from "node:child_process";
import type pg from "pg";
import path from "node:path";
import { bin, root } from "../run";

export interface ShareCardResult {
  publishes: number;
  /** Median wall ms of a whole publish (transaction, card, cache). */
  publishMs: number;
  /** The card alone: median wall and CPU ms. */
  cardMs: number;
  cardCpuMs: number;
  /** The newest of those releases' page links its stored card (/media/share/<sha256>.png) as og:image. */
  pageLinksStoredCard: boolean;
  /** And that card answers 200 with an immutable Cache-Control (served as a file, not drawn). */
  cardServed: string;
  /** share-image-publish.ts's summary line, as printed. */
  line: string;
}

export async function measureShareCard(o: {
  env: NodeJS.ProcessEnv;
  sql: pg.Client;
  appUrl: string;
  publishes: number;
}): Promise<ShareCardResult> {
  const output = execFileSync(
    bin("tsx"),
    [
      "--conditions=react-server",
      path.join(root, "scripts", "bench", "share-image-publish.ts"),
      "--releases",
      String(o.publishes),
    ],
    { cwd: root, env: o.env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const line = output.trim().split("\n").pop() ?? "";
  const m = /median (\d+) ms each[\s\S]*the card alone: median (\d+) ms wall, (\d+) ms CPU/.exec(line);
  if (!m) throw new Error(`share-image-publish.ts printed no summary:\n${output}`);
  // The script's releases have no photos, so their og:image is the card (a lead photo would win).
  const { rows } = await o.sql.query<{ slug: string; key: string }>(
    `SELECT r.slug, e."shareImageKey" AS key FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
     WHERE e."shareImageKey" IS NOT NULL ORDER BY r."createdAt" DESC LIMIT 1`,
  );
  const newest = rows[0];
  let linked = false;
  let cardServed = "no stored card";
  if (newest) {
    const page = await fetch(`${o.appUrl}/releases/${newest.slug}`);
    const html = await page.text();
    const og = /<meta[^>]+property="og:image"[^>]+content="([^"]+)"/.exec(html)?.[1] ?? "";
    linked = og.endsWith(`/media/${newest.key}`);
    const card = await fetch(`${o.appUrl}/media/${newest.key}`);
    await card.arrayBuffer();
    cardServed = `HTTP ${card.status}, ${card.headers.get("content-type")}, Cache-Control: ${card.headers.get("cache-control")}`;
  }
  return {
    publishes: o.publishes,
    publishMs: Number(m[1]),
    cardMs: Number(m[2]),
    cardCpuMs: Number(m[3]),
    pageLinksStoredCard: linked,
    cardServed,
    line,
  };
}
