// The image row of `npm run bench` (issue 13): a published release with six photos, made through the
// real upload route and the real variant job, then (1) served under load through deploy/nginx beside
// the same page as a static file, and (2) loaded in Chromium over a throttled network to read its
// Largest Contentful Paint. The page's image markup is whatever the app renders: nothing here depends
// on it (LCP is the browser's own 'largest-contentful-paint' entry, whatever element it names).
import { randomUUID } from "node:crypto";
import type pg from "pg";
import sharp from "sharp";
import { launchChromium } from "./chromium";

export const MEDIA_RELEASE_ID = "bench-media-release";
export const MEDIA_IMAGES = 6;

/** Chrome DevTools' "Fast 3G" preset: 562.5 ms round trip, 1.6 Mbit/s down and 750 kbit/s up, × 0.9. */
export const FAST_3G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

/** A 2400 × 1600 "photo": gradients and shapes, different each time (uploads are deduplicated by bytes). */
async function photo(n: number): Promise<Buffer> {
  const hue = (n * 57 + Math.floor(Math.random() * 40)) % 360;
  const shapes = Array.from({ length: 40 }, () => {
    const [x, y, r] = [Math.random() * 2400, Math.random() * 1600, 40 + Math.random() * 260];
    return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${r.toFixed(0)}" fill="hsl(${(hue + Math.random() * 90) % 360} 60% ${30 + Math.random() * 40}%)" fill-opacity="0.55"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1600">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 70% 35%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360} 70% 65%)"/>
    </linearGradient></defs>
    <rect width="2400" height="1600" fill="url(#g)"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

export interface MediaRelease {
  slug: string;
  uploadedBytes: number;
  variantSeconds: number;
}

/**
 * Uploads six photos as the bench editor through POST /api/media, waits for the variant job (the
 * app's own worker), and publishes a copy of the seeded release's live edition carrying them (lead
 * image first, then a gallery of five with alt text, caption and credit). The copy is made in SQL:
 * the publish path itself is measured elsewhere in the bench.
 */
export async function prepareMediaRelease(o: {
  sql: pg.Client;
  appUrl: string;
  editor: { email: string; password: string };
  log: (line: string) => void;
}): Promise<MediaRelease> {
  const browser = await launchChromium();
  const ids: string[] = [];
  let uploadedBytes = 0;
  try {
    const context = await browser.newContext({ baseURL: o.appUrl });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email", { exact: true }).fill(o.editor.email);
    await page.getByLabel("Password", { exact: true }).fill(o.editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/admin$/, { timeout: 30_000 });
    for (let n = 0; n < MEDIA_IMAGES; n++) {
      const buffer = await photo(n);
      uploadedBytes += buffer.length;
      const answer = await context.request.post("/api/media", {
        multipart: { kind: "image", file: { name: `bench-photo-${n + 1}.jpg`, mimeType: "image/jpeg", buffer } },
        timeout: 120_000,
      });
      if (answer.status() !== 200)
        throw new Error(`upload ${n + 1} answered ${answer.status()}: ${await answer.text()}`);
      ids.push(((await answer.json()) as { id: string }).id);
    }
  } finally {
    await browser.close();
  }
  o.log(
    `  uploaded ${MEDIA_IMAGES} photos (${(uploadedBytes / 1024 / 1024).toFixed(1)} MB), waiting for their variants…`,
  );

  const t0 = Date.now();
  for (;;) {
    const { rows } = await o.sql.query<{ status: string; n: number }>(
      `SELECT "variantStatus"::text AS status, count(*)::int AS n FROM "MediaAsset" WHERE id = ANY($1) GROUP BY 1`,
      [ids],
    );
    const ready = rows.find((r) => r.status === "READY")?.n ?? 0;
    if (rows.some((r) => r.status === "FAILED")) throw new Error("a bench photo's variants FAILED");
    if (ready === ids.length) break;
    if (Date.now() - t0 > 10 * 60_000) throw new Error(`variants not ready after 10 minutes (${ready}/${ids.length})`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const variantSeconds = (Date.now() - t0) / 1000;
  o.log(`  variants ready in ${variantSeconds.toFixed(0)} s`);

  const slug = `bench-release-with-six-photos-${randomUUID().slice(0, 6)}`;
  const editionId = `${MEDIA_RELEASE_ID}-e1`;
  await o.sql.query("BEGIN");
  try {
    const { rows } = await o.sql.query<{ live: string }>(
      `SELECT "liveEditionId" AS live FROM "Release" WHERE id NOT LIKE 'bench-%' AND "liveEditionId" IS NOT NULL ORDER BY "createdAt" LIMIT 1`,
    );
    const live = rows[0]?.live;
    if (!live) throw new Error("The seed release is missing");
    await o.sql.query(
      `INSERT INTO "Release" (id, slug, version, "publishedAt", "createdAt", "updatedAt")
       VALUES ($1, $2, 1, now() - interval '1 minute', now(), now())`,
      [MEDIA_RELEASE_ID, slug],
    );
    // Every column of the seed's live edition (whatever the schema has by now), with a new id and release.
    await o.sql.query(
      `INSERT INTO "Edition" SELECT (jsonb_populate_record(NULL::"Edition", to_jsonb(e) || jsonb_build_object(
         'id', $1::text, 'releaseId', $2::text, 'number', 1, 'headline', 'Six photographs of the signing (bench)'))).*
       FROM "Edition" e WHERE e.id = $3`,
      [editionId, MEDIA_RELEASE_ID, live],
    );
    await o.sql.query(`UPDATE "Release" SET "liveEditionId" = $1 WHERE id = $2`, [editionId, MEDIA_RELEASE_ID]);
    for (const [position, assetId] of ids.entries())
      await o.sql.query(
        `INSERT INTO "EditionMedia" (id, "editionId", "assetId", position, role, "altText", caption, credit)
         VALUES ($1, $2, $3, $4, $5::"EditionMediaRole", $6, $7, 'Bench press office')`,
        [
          `${MEDIA_RELEASE_ID}-m${position}`,
          editionId,
          assetId,
          position,
          position === 0 ? "LEAD" : "GALLERY",
          `Bench photograph ${position + 1}: coloured shapes on a gradient`,
          `Photograph ${position + 1} of the signing`,
        ],
      );
    await o.sql.query("COMMIT");
  } catch (error) {
    await o.sql.query("ROLLBACK");
    throw error;
  }
  return { slug, uploadedBytes, variantSeconds };
}

export interface LcpRun {
  lcpMs: number;
  /** What the browser named as the largest contentful paint: "IMG", "H1", "P"… */
  element: string;
  /** The image URL when the element is an image. */
  url: string;
  /** Bytes over the network for the whole load (document, CSS, scripts, images). */
  transferBytes: number;
  images: number;
}

export interface LcpResult {
  url: string;
  runs: LcpRun[];
  network: typeof FAST_3G;
  viewport: { width: number; height: number; deviceScaleFactor: number };
}

const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1.75 };

/**
 * Cold loads (cache disabled, a new context each time) of `url` in Chromium with the network throttled
 * through CDP (Network.emulateNetworkConditions), reading the last 'largest-contentful-paint' entry
 * once the page has loaded and the network is quiet.
 */
export async function measureLcp(url: string, runs: number): Promise<LcpResult> {
  const browser = await launchChromium();
  const out: LcpRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({
        viewport: { width: VIEWPORT.width, height: VIEWPORT.height },
        deviceScaleFactor: VIEWPORT.deviceScaleFactor,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", FAST_3G);
      await page.addInitScript(() => {
        const w = window as unknown as { __lcp: Array<{ t: number; el: string; url: string }> };
        w.__lcp = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { element?: Element | null; url?: string }>)
            w.__lcp.push({ t: e.startTime, el: e.element?.tagName ?? "?", url: e.url ?? "" });
        }).observe({ type: "largest-contentful-paint", buffered: true });
      });
      await page.goto(url, { waitUntil: "load", timeout: 180_000 });
      await page.waitForLoadState("networkidle", { timeout: 60_000 }).catch(() => {});
      const result = await page.evaluate(() => {
        const w = window as unknown as { __lcp: Array<{ t: number; el: string; url: string }> };
        const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        return {
          last: w.__lcp[w.__lcp.length - 1] ?? null,
          transfer: resources.reduce((n, r) => n + (r.transferSize || r.encodedBodySize || 0), nav?.transferSize ?? 0),
          images: document.images.length,
        };
      });
      out.push({
        lcpMs: result.last?.t ?? NaN,
        element: result.last?.el ?? "none",
        url: result.last?.url ?? "",
        transferBytes: result.transfer,
        images: result.images,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { url, runs: out, network: FAST_3G, viewport: VIEWPORT };
}

/**
 * The image rows' subject: the release with six photos, its page as served, and one served image
 * (the lead photo's 960-pixel AVIF, the width a phone at 2× asks for).
 */
export async function mediaPageFixture(o: Parameters<typeof prepareMediaRelease>[0]): Promise<{
  mediaRelease: MediaRelease;
  mediaHtml: string;
  imageVariant: { key: string; bytes: number } | undefined;
}> {
  const mediaRelease = await prepareMediaRelease(o);
  const mediaRes = await fetch(`${o.appUrl}/releases/${mediaRelease.slug}`);
  const mediaHtml = await mediaRes.text();
  if (mediaRes.status !== 200) throw new Error(`/releases/${mediaRelease.slug} answered ${mediaRes.status}`);
  const { rows } = await o.sql.query<{ key: string; bytes: number }>(
    `SELECT v.key, v.bytes FROM "MediaVariant" v JOIN "EditionMedia" em ON em."assetId" = v."assetId"
     WHERE em."editionId" = 'bench-media-release-e1' AND em.position = 0 ORDER BY (v.format = 'AVIF') DESC, abs(v.width - 960) LIMIT 1`,
  );
  return { mediaRelease, mediaHtml, imageVariant: rows[0] };
}
