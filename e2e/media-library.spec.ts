import { createHash } from "node:crypto";
import sharp from "sharp";
import { releaseByHeadline, sql } from "./support/db";
import { expectAccessible } from "./support/axe";
import { draftAndSubmit, sampleRelease, signIn, unique } from "./support/pages";
import { expect, test, type APIRequestContext, type Browser, type Page } from "./support/test";
import { tinyPdf } from "../test/support/media-samples";

// Issue 13, the media library page /admin/media through the real app (next start). Files are uploaded
// through POST /api/media and attached to an edition with SQL (the release form's Media section is
// another change's work), then published through the normal review workflow.

async function upload(request: APIRequestContext, kind: string, name: string, buffer: Buffer, mimeType: string) {
  const answer = await request.post("/api/media", { multipart: { kind, file: { name, mimeType, buffer } } });
  expect(answer.status(), await answer.text()).toBe(200);
  return (await answer.json()) as { id: string };
}

async function signedIn(browser: Browser, role: "editor" | "writer"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}

/** A photo no other run has uploaded (uploads are deduplicated by their bytes). */
async function uniquePhoto(): Promise<Buffer> {
  const c = () => Math.floor(Math.random() * 256);
  return sharp({ create: { width: 640, height: 400, channels: 3, background: { r: c(), g: c(), b: c() } } })
    .jpeg()
    .toBuffer();
}

/** TEST-ONLY SHORTCUT: puts files on the newest edition of a release with SQL (see e2e/media-upload.spec.ts). */
async function attachWithSql(
  releaseId: string,
  files: Array<{ id: string; role: string; alt?: string; caption?: string; title?: string }>,
) {
  const [edition] = await sql<{ id: string }>(
    `SELECT id FROM "Edition" WHERE "releaseId" = $1 ORDER BY number DESC LIMIT 1`,
    [releaseId],
  );
  for (const [position, file] of files.entries())
    await sql(
      `INSERT INTO "EditionMedia" (id, "editionId", "assetId", position, role, "altText", caption, title)
       VALUES (gen_random_uuid()::text, $1, $2, $3, $4::"EditionMediaRole", $5, $6, $7)`,
      [edition!.id, file.id, position, file.role, file.alt ?? "", file.caption ?? null, file.title ?? null],
    );
}

const sha256Of = async (id: string) =>
  (
    await sql<{ sha256: string; originalKey: string }>(`SELECT sha256, "originalKey" FROM "MediaAsset" WHERE id = $1`, [
      id,
    ])
  )[0]!;

test("issue 13: the media library lists a file with where it is used, finds it by caption, replaces it everywhere and deletes it only when unused", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const editor = await signedIn(browser, "editor");
  const reader = await playwright.request.newContext({ baseURL });
  const word = unique("Lighthouse").replace(/\s+/g, "");
  const photoName = `${word}-signing.jpg`;
  const oldPdfName = `${word}-memo.pdf`;
  const newPdfBytes = tinyPdf(unique("corrected memo"));
  const photo = await upload(editor.request, "image", photoName, await uniquePhoto(), "image/jpeg");
  const oldPdf = await upload(editor.request, "attachment", oldPdfName, tinyPdf(unique("memo")), "application/pdf");

  const data = sampleRelease(unique("Harbour authority signs media pact"));
  const writer = await signedIn(browser, "writer");
  const editUrl = await draftAndSubmit(writer, data);
  await writer.context().close();
  const release = await releaseByHeadline(data.headline);
  await attachWithSql(release!.id, [
    { id: photo.id, role: "LEAD", alt: "The harbour master signs", caption: `Signing at the ${word} pier` },
    { id: oldPdf.id, role: "ATTACHMENT", title: "Signed memorandum" },
  ]);
  await editor.goto(editUrl);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  // The library, from the editor navigation; search by the caption (a plain GET form).
  await editor.goto("/admin");
  await editor.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Media" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Media" })).toBeVisible();
  await editor.getByRole("searchbox", { name: "Search media" }).fill(`${word} pier`);
  await editor.getByRole("button", { name: "Search" }).click();
  await expect(editor).toHaveURL(/\/admin\/media\?q=/);
  const photoCard = editor.getByRole("article", { name: photoName });
  await expect(photoCard).toBeVisible();
  await expect(editor.getByRole("article")).toHaveCount(1);
  await expect(photoCard).toContainText("JPEG image");
  await expect(photoCard).toContainText("640 × 400 px");
  await expect(photoCard).toContainText("Erin Editor");
  await expect(photoCard.getByRole("link", { name: data.headline })).toHaveAttribute(
    "href",
    `/admin/releases/${release!.id}`,
  );
  await expect(photoCard).toContainText(/edition 1.*live/i);
  // Used: no delete, and the reason is given.
  await expect(photoCard.getByRole("button", { name: "Delete" })).toBeDisabled();
  await expect(photoCard).toContainText("Used by 1 release: it can be deleted once no edition uses it.");
  await expectAccessible(editor, "/admin/media with a search");
  // The thumbnail comes through the team's route (a draft's photo has no public URL), once the variants exist.
  await expect
    .poll(async () => (await editor.request.get(`/api/media/${photo.id}/thumbnail`)).headers()["content-type"], {
      timeout: 60_000,
    })
    .toBe("image/webp");
  expect((await reader.get(`/api/media/${photo.id}/thumbnail`)).status()).toBe(401);

  // Replace the PDF everywhere: the published release serves the new file.
  await editor.goto(`/admin/media?q=${encodeURIComponent(oldPdfName)}`);
  const oldCard = editor.getByRole("article", { name: oldPdfName });
  await oldCard.getByLabel("New file").setInputFiles({
    name: "corrected-memo.pdf",
    mimeType: "application/pdf",
    buffer: newPdfBytes,
  });
  await oldCard.getByRole("button", { name: "Replace file" }).click();
  await expect(oldCard.getByRole("status")).toContainText("Replaced in 1 release");
  const before = await sha256Of(oldPdf.id);
  const [after] = await sql<{ assetId: string; originalKey: string }>(
    `SELECT em."assetId", a."originalKey" FROM "EditionMedia" em JOIN "MediaAsset" a ON a.id = em."assetId"
     JOIN "Release" r ON r."liveEditionId" = em."editionId" WHERE r.id = $1 AND em.role = 'ATTACHMENT'`,
    [release!.id],
  );
  expect(after!.assetId).not.toBe(oldPdf.id);
  await expect
    .poll(async () => (await reader.get(`/media/${after!.originalKey}`)).status(), { timeout: 15_000 })
    .toBe(200);
  expect((await (await reader.get(`/media/${after!.originalKey}`)).body()).equals(newPdfBytes)).toBe(true);
  // The release page, whatever media markup it has, names no old file.
  const page = await (await reader.get(`/releases/${release!.slug}`)).text();
  expect(page).not.toContain(before.originalKey);
  if (page.includes("/media/files/")) expect(page).toContain(after!.originalKey);
  const audit = await sql(`SELECT 1 FROM "AuditEntry" WHERE action = 'media.replace' AND "releaseId" = $1`, [
    release!.id,
  ]);
  expect(audit).toHaveLength(1);

  // The old file is unused now: it can be deleted, and its stored file goes with it.
  await editor.reload();
  await expect(oldCard).toContainText("Not used in any release.");
  await oldCard.getByRole("button", { name: "Delete" }).click();
  await expect(editor.getByRole("status").filter({ hasText: `Deleted ${oldPdfName}` })).toBeVisible();
  await expect(editor.getByRole("article", { name: oldPdfName })).toHaveCount(0);
  expect(await sql(`SELECT 1 FROM "MediaAsset" WHERE id = $1`, [oldPdf.id])).toHaveLength(0);
  expect((await editor.request.get(`/api/media/${oldPdf.id}/original`)).status()).toBe(404);
  // Within the 60-second rule of public files, the old PDF is gone for readers.
  await expect
    .poll(async () => (await reader.get(`/media/${before.originalKey}`)).status(), {
      timeout: 70_000,
      intervals: [3_000],
    })
    .toBe(404);
  await reader.dispose();
  await editor.context().close();
});

test("issue 13: a writer sees the library but cannot delete or replace", async ({ browser }) => {
  const writer = await signedIn(browser, "writer");
  const name = `${unique("writer").replace(/\s+/g, "")}-unused.jpg`;
  await upload(writer.request, "image", name, await uniquePhoto(), "image/jpeg");
  await writer.goto(`/admin/media?q=${encodeURIComponent(name)}`);
  const card = writer.getByRole("article", { name });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Walt Writer");
  await expect(card.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Replace file" })).toHaveCount(0);
  await expect(writer.getByText("Only editors and administrators replace or delete files.")).toBeVisible();

  // A conversion that failed is shown with its reason and can be queued again (by writers too).
  // TEST-ONLY: the failed image is a row made with SQL (its original does not exist).
  const failedName = `${unique("failed").replace(/\s+/g, "")}.png`;
  const sha = createHash("sha256").update(failedName).digest("hex");
  const [failed] = await sql<{ id: string }>(
    `INSERT INTO "MediaAsset" (id, kind, sha256, mime, bytes, filename, width, height, "originalKey", "variantStatus", "variantAttempts", "variantError")
     VALUES (gen_random_uuid()::text, 'IMAGE', $1, 'image/png', 100, $2, 10, 10, $3, 'FAILED', 5, 'The original file is missing from storage')
     RETURNING id`,
    [sha, failedName, `originals/${sha}.png`],
  );
  try {
    await writer.goto(`/admin/media?q=${encodeURIComponent(failedName)}`);
    const failedCard = writer.getByRole("article", { name: failedName });
    await expect(failedCard).toContainText("Conversion failed: The original file is missing from storage");
    await failedCard.getByRole("button", { name: "Retry conversion" }).click();
    await expect(failedCard.getByRole("status")).toContainText("Conversion queued again");
    expect(
      (await sql<{ s: string }>(`SELECT "variantStatus"::text AS s FROM "MediaAsset" WHERE id = $1`, [failed!.id]))[0]
        ?.s,
    ).not.toBe("FAILED");
  } finally {
    await sql(`DELETE FROM "MediaAsset" WHERE id = $1`, [failed!.id]);
  }
  await writer.context().close();
});
