import { startApp, type AppInstance } from "./support/app-instance";
import { releaseByHeadline, sql } from "./support/db";
import { startNginx, type Nginx } from "./support/nginx";
import { draftAndSubmit, publishThroughReview, sampleRelease, signIn, unique } from "./support/pages";
import { expect, test, type Browser, type Page } from "./support/test";
import { jpegWithGps, tinyPdf } from "../test/support/media-samples";

// Issue 11.3: unpublish and withdraw are often legal takedowns. After one, no public path — direct,
// through deploy/nginx, or served stale while the app is down — may serve the removed content for
// more than 60 s. deploy/nginx/pressroom.conf runs for real in front of the app here.

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const LIMIT_MS = 60_000;

/** The public copies of a release a reader or a cache can hold: page, JSON, ninjs, share image. */
async function publicPaths(origin: string, slug: string): Promise<string[]> {
  const redirect = await fetch(`${origin}/releases/${slug}/share-image`, { redirect: "manual" });
  const image = redirect.headers.get("location") ?? `/releases/${slug}/share-image`;
  return [
    `/releases/${slug}`,
    `/api/v1/releases/${slug}`,
    `/api/v1/releases/${slug}?format=ninjs`,
    new URL(image, origin).pathname + new URL(image, origin).search,
  ];
}

/** Fetches each path until a cache holds it (a second answer from nginx's cache, or stale). */
async function warm(nginx: Nginx, paths: string[]) {
  for (const path of paths) {
    await expect
      .poll(async () => {
        const response = await fetch(`${nginx.url}${path}`);
        expect(response.status, path).toBe(200);
        return response.headers.get("x-cache-status");
      })
      .toMatch(/HIT|STALE|UPDATING|REVALIDATED/);
  }
}

/** Polls every path through nginx until none is a 200 any more; returns how long that took. */
async function msUntilGone(nginx: Nginx, paths: string[], since: number, headline: string): Promise<number> {
  for (;;) {
    const served: string[] = [];
    for (const path of paths) {
      const response = await fetch(`${nginx.url}${path}`, { redirect: "manual" });
      const body = await response.text();
      const file = path.includes("share-image") || path.startsWith("/media/");
      if (response.status === 200 && (file || body.includes(headline))) served.push(path);
    }
    const elapsed = Date.now() - since;
    if (served.length === 0) return elapsed;
    if (elapsed > LIMIT_MS + 10_000) throw new Error(`still served after ${elapsed} ms: ${served.join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

async function unpublish(editorPage: Page, editUrl: string) {
  await editorPage.goto(editUrl);
  await editorPage.getByRole("button", { name: "Unpublish" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Unpublished" })).toBeVisible();
}

/**
 * Issue 13: a release published with a photo and a PDF (uploaded through /api/media, put on the
 * edition with SQL as e2e/media-upload.spec.ts does); returns the editor page and the two public file paths.
 */
async function publishWithMedia(browser: Browser, headline: string) {
  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, "editor");
  const post = async (kind: string, name: string, buffer: Buffer, mimeType: string) =>
    (await (
      await editorPage.request.post("/api/media", { multipart: { kind, file: { name, mimeType, buffer } } })
    ).json()) as { id: string };
  const photo = await post("image", "takedown.jpg", await jpegWithGps(1000, 600), "image/jpeg");
  const pdf = await post("attachment", "takedown.pdf", tinyPdf(unique("takedown")), "application/pdf");
  await expect
    .poll(
      async () =>
        (await sql<{ s: string }>(`SELECT "variantStatus"::text AS s FROM "MediaAsset" WHERE id = $1`, [photo.id]))[0]
          ?.s,
      { timeout: 90_000 },
    )
    .toBe("READY");
  const writer = await (await browser.newContext()).newPage();
  await signIn(writer, "writer");
  const editUrl = await draftAndSubmit(writer, sampleRelease(headline));
  await writer.context().close();
  const { id } = (await releaseByHeadline(headline))!;
  const [edition] = await sql<{ id: string }>(
    `SELECT id FROM "Edition" WHERE "releaseId" = $1 ORDER BY number DESC LIMIT 1`,
    [id],
  );
  await sql(
    `INSERT INTO "EditionMedia" (id, "editionId", "assetId", position, role, "altText", title) VALUES
       (gen_random_uuid()::text, $1, $2, 0, 'LEAD', 'A photo to take down', NULL),
       (gen_random_uuid()::text, $1, $3, 1, 'ATTACHMENT', '', 'A document to take down')`,
    [edition!.id, photo.id, pdf.id],
  );
  await editorPage.goto(editUrl);
  await editorPage.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const [variant] = await sql<{ key: string }>(
    `SELECT key FROM "MediaVariant" WHERE "assetId" = $1 AND format = 'AVIF' ORDER BY width LIMIT 1`,
    [photo.id],
  );
  const [file] = await sql<{ originalKey: string }>(`SELECT "originalKey" FROM "MediaAsset" WHERE id = $1`, [pdf.id]);
  return { editorPage, editUrl, media: [`/media/${variant!.key}`, `/media/${file!.originalKey}`] };
}

test.describe("takedowns through deploy/nginx", () => {
  // Each test runs its own nginx (and the second its own app): one worker, one after the other.
  test.describe.configure({ mode: "default" });

  test("issue 11.3: after unpublish, nginx stops serving the page, its JSON and its share image within 60 s (issue 13: and its image and attachment)", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const nginx = await startNginx(BASE_PORT, BASE_PORT + 33);
    try {
      const data = sampleRelease(unique("Takedown pact"));
      const { editorPage, editUrl, media } = await publishWithMedia(browser, data.headline);
      const { slug } = (await releaseByHeadline(data.headline))!;
      const paths = [...(await publicPaths(baseURL!, slug)), ...media];
      // A 404 is remembered for 5 s: the files are public within seconds of publication.
      for (const path of media)
        await expect.poll(async () => (await fetch(`${baseURL}${path}`)).status, { timeout: 15_000 }).toBe(200);
      await warm(nginx, paths);

      const since = Date.now();
      await unpublish(editorPage, editUrl);
      const took = await msUntilGone(nginx, paths, since, data.headline);
      console.log(`takedown through nginx: gone after ${took} ms`);
      expect(took).toBeLessThanOrEqual(LIMIT_MS);
      // The app itself answers at once.
      for (const path of paths) expect((await fetch(`${baseURL}${path}`)).status, path).not.toBe(200);
      await editorPage.context().close();
    } finally {
      await nginx.stop();
    }
  });

  test("issue 11.3: with the app down right after an unpublish, nginx's stale copies end within 60 s", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    // A separate instance, so it can be stopped without touching the suite's server.
    const app: AppInstance = await startApp({ port: BASE_PORT + 31 });
    const nginx = await startNginx(app.port, BASE_PORT + 32);
    try {
      const data = sampleRelease(unique("Outage takedown pact"));
      const { editorPage, editUrl } = await publishThroughReview(browser, data);
      const { slug } = (await releaseByHeadline(data.headline))!;
      const paths = await publicPaths(app.url, slug);
      await warm(nginx, paths);

      // The takedown happens (on the suite's server: same database), then this instance goes down.
      const since = Date.now();
      await unpublish(editorPage, editUrl);
      await app.stop();
      const took = await msUntilGone(nginx, paths, since, data.headline);
      console.log(`takedown during an outage: stale copies gone after ${took} ms`);
      expect(took).toBeLessThanOrEqual(LIMIT_MS);
      await editorPage.context().close();
    } finally {
      await nginx.stop();
      await app.stop();
    }
  });
});
