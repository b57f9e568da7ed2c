import { expectAccessible } from "./support/axe";
import { releaseByHeadline, sql } from "./support/db";
import { draftAndSubmit, fillRelease, sampleRelease, signIn, unique } from "./support/pages";
import { expect, test, type APIRequestContext, type Browser, type Page } from "./support/test";
import { jpegWithGps, tinyPdf } from "../test/support/media-samples";

// Issue 13, the readers' side: a published release's lead image, gallery (with its lightbox) and
// documents; its metadata; a draft's images in its preview. Files are uploaded through /api/media and
// put on the edition with SQL, as e2e/media-upload.spec.ts does (the form's Media section is another
// change's); everything else is the real workflow against next start.

interface Uploaded {
  id: string;
}

async function upload(request: APIRequestContext, kind: string, name: string, buffer: Buffer, mimeType: string) {
  const answer = await request.post("/api/media", { multipart: { kind, file: { name, mimeType, buffer } } });
  expect(answer.status(), name).toBe(200);
  return (await answer.json()) as Uploaded;
}

async function variantsReady(ids: string[]) {
  await expect
    .poll(
      async () =>
        (
          await sql<{ n: number }>(
            `SELECT count(*)::int AS n FROM "MediaAsset" WHERE id = ANY($1) AND "variantStatus" = 'READY'`,
            [ids],
          )
        )[0]!.n,
      { timeout: 120_000 },
    )
    .toBe(ids.length);
}

/** TEST-ONLY SHORTCUT: puts uploaded files on the newest edition of a release, as the form's Media section does. */
async function attachWithSql(
  releaseId: string,
  files: Array<{ id: string; role: string; alt?: string; caption?: string; credit?: string; title?: string }>,
) {
  const [edition] = await sql<{ id: string }>(
    `SELECT id FROM "Edition" WHERE "releaseId" = $1 ORDER BY number DESC LIMIT 1`,
    [releaseId],
  );
  for (const [position, f] of files.entries()) {
    await sql(
      `INSERT INTO "EditionMedia" (id, "editionId", "assetId", position, role, "altText", caption, credit, title)
       VALUES (gen_random_uuid()::text, $1, $2, $3, $4::"EditionMediaRole", $5, $6, $7, $8)`,
      [edition!.id, f.id, position, f.role, f.alt ?? "", f.caption ?? null, f.credit ?? null, f.title ?? null],
    );
  }
}

async function signedIn(browser: Browser, role: "writer" | "editor"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}

/** Sums layout shifts (not caused by input) from the first paint on, as Cumulative Layout Shift does. */
const CLS_OBSERVER = () => {
  const w = window as unknown as { __cls: number; __shifts: string[] };
  w.__cls = 0;
  w.__shifts = [];
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Shift[]) {
      if (entry.hadRecentInput) continue;
      w.__cls += entry.value;
      // What moved, for the log: the element names and classes of the shift's sources.
      const nodes = (entry.sources ?? []).map((s) =>
        s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName),
      );
      w.__shifts.push(`${entry.value.toFixed(4)} ${nodes.join(" ")}`);
    }
  }).observe({ type: "layout-shift", buffered: true });
};

test("issue 13: readers get the lead image, a gallery with a keyboard lightbox and the PDF, without layout shift", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const editor = await signedIn(browser, "editor");
  const lead = await upload(editor.request, "image", "lead.jpg", await jpegWithGps(2000, 1000), "image/jpeg");
  const second = await upload(editor.request, "image", "second.jpg", await jpegWithGps(1800, 1200), "image/jpeg");
  const third = await upload(editor.request, "image", "third.jpg", await jpegWithGps(1200, 1600), "image/jpeg");
  const pdfBytes = tinyPdf(unique("memorandum"));
  const pdf = await upload(editor.request, "attachment", "memorandum.pdf", pdfBytes, "application/pdf");
  await variantsReady([lead.id, second.id, third.id]);

  const data = sampleRelease(unique("Ministers sign photo pact"));
  const writer = await signedIn(browser, "writer");
  const editUrl = await draftAndSubmit(writer, data);
  await writer.context().close();
  const release = (await releaseByHeadline(data.headline))!;
  await attachWithSql(release.id, [
    {
      id: lead.id,
      role: "LEAD",
      alt: "Two ministers shake hands",
      caption: "The signing in Baku",
      credit: "Press office",
    },
    { id: second.id, role: "GALLERY", alt: "The delegations at the table" },
    { id: third.id, role: "GALLERY", alt: "The signed documents" },
    { id: pdf.id, role: "ATTACHMENT", title: "Signed memorandum" },
  ]);
  await editor.goto(editUrl);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await editor.context().close();

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.addInitScript(CLS_OBSERVER);
  const page = await context.newPage();
  await page.goto(`/releases/${release.slug}`);

  // The lead image: a <picture> with AVIF and WebP at every width, a JPEG <img> with its size, first in line.
  const figure = page.locator("figure.lead-image");
  await expect(figure.locator("figcaption")).toHaveText("The signing in Baku Photo: Press office");
  for (const type of ["image/avif", "image/webp"]) {
    const srcset = await figure.locator(`picture source[type="${type}"]`).getAttribute("srcset");
    expect(srcset, type).toMatch(/ 480w, .* 960w, .* 1600w$/);
    expect(await figure.locator(`picture source[type="${type}"]`).getAttribute("sizes")).toBeTruthy();
  }
  const leadImg = figure.locator("img");
  await expect(leadImg).toHaveAttribute("alt", "Two ministers shake hands");
  await expect(leadImg).toHaveAttribute("width", "1600");
  await expect(leadImg).toHaveAttribute("height", "800");
  await expect(leadImg).toHaveAttribute("fetchpriority", "high");
  await expect(leadImg).not.toHaveAttribute("loading", "lazy");
  await expect(leadImg).toHaveAttribute("src", /\/media\/img\/[0-9a-f]{64}-960w-v1\.jpg$/);
  await expect(leadImg).toHaveAttribute("style", /background-image: ?url\("data:image\/webp;base64,/);
  await expect.poll(() => leadImg.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeTruthy();
  // Chromium takes AVIF: the browser picked a variant from the srcset, not the fallback.
  expect(await leadImg.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);

  // Below the fold: the gallery's thumbnails load lazily.
  const thumbs = page.locator(".gallery-grid img");
  await expect(thumbs).toHaveCount(2);
  for (const img of await thumbs.all()) await expect(img).toHaveAttribute("loading", "lazy");
  await expect(thumbs.nth(0)).toHaveAttribute("alt", "The delegations at the table");

  // Metadata: og:image and twitter:image are the lead image; so is the JSON-LD image.
  const leadUrl = new URL((await leadImg.getAttribute("src"))!, baseURL).toString();
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", leadUrl);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "960");
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", "Two ministers shake hands");
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", leadUrl);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    image: { url: string; width: number };
  };
  expect(jsonLd.image).toMatchObject({
    "@type": "ImageObject",
    url: leadUrl,
    width: 960,
    caption: "The signing in Baku",
  });

  // The PDF: listed with its type and size, downloaded with its type.
  const documents = page.getByRole("region", { name: "Documents" });
  await expect(documents.getByRole("listitem")).toHaveText(`Signed memorandum (PDF, ${pdfBytes.length} bytes)`);
  const link = documents.getByRole("link", { name: "Signed memorandum" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("memorandum.pdf");
  const file = await page.request.get((await link.getAttribute("href"))!);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment;/);

  // Scrolled through: every lazy image has loaded, and nothing moved.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect
    .poll(() => thumbs.evaluateAll((imgs: HTMLImageElement[]) => imgs.every((i) => i.complete && i.naturalWidth > 0)))
    .toBe(true);
  await page.waitForTimeout(500);
  const { cls, shifts } = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
  console.log(`release page with 3 images: CLS ${cls} (${shifts.join("; ") || "no shift"})`);
  expect(cls).toBeLessThan(0.01);
  await expectAccessible(page, "release page with images");

  // The lightbox: Enter on a thumbnail opens it, arrows move, Escape closes and focus returns.
  await page.locator("#thumb-1").focus();
  await page.keyboard.press("Enter");
  const first = page.getByRole("dialog", { name: "Photo 1 of 2: The delegations at the table" });
  await expect(first).toBeVisible();
  await expect(first.getByRole("link", { name: "Close" })).toBeFocused();
  await expect(first.locator("img")).toHaveAttribute("alt", "The delegations at the table");
  await expectAccessible(page, "lightbox open");
  await page.keyboard.press("ArrowRight");
  const secondBox = page.getByRole("dialog", { name: "Photo 2 of 2: The signed documents" });
  await expect(secondBox).toBeVisible();
  await expect(first).toBeHidden();
  await expect
    .poll(() => secondBox.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeTruthy();
  await page.keyboard.press("Escape");
  await expect(secondBox).toBeHidden();
  await expect(page.locator("#thumb-2")).toBeFocused();
  await context.close();

  // Lists show the lead image small (and lazily).
  const list = await browser.newPage();
  await list.goto(`/?q=${encodeURIComponent(data.headline)}`);
  const item = list.locator("ol.release-list > li").filter({ hasText: data.headline });
  await expect(item.locator(".release-thumb img")).toHaveAttribute("alt", "Two ministers shake hands");
  await expect(item.locator(".release-thumb img")).toHaveAttribute("loading", "lazy");
  await list.close();
});

test("issue 13: a draft's preview shows its images through the link's token; /media/ does not serve them", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const writer = await signedIn(browser, "writer");
  const photo = await upload(writer.request, "image", "draft.jpg", await jpegWithGps(1200, 800), "image/jpeg");
  await variantsReady([photo.id]);
  const data = sampleRelease(unique("Draft photo pact"));
  await writer.goto("/admin/releases/new");
  await fillRelease(writer, data);
  await writer.getByRole("button", { name: "Save draft" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const release = (await releaseByHeadline(data.headline))!;
  await attachWithSql(release.id, [{ id: photo.id, role: "LEAD", alt: "A draft's photo" }]);
  await writer.reload();
  await writer.getByRole("button", { name: "Create preview link" }).click();
  const field = writer.getByLabel("Preview link", { exact: true });
  await expect(field).toHaveValue(/\/preview\/[A-Za-z0-9_-]{43}$/);
  const previewUrl = await field.inputValue();
  const token = previewUrl.split("/").pop()!;

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(previewUrl);
  const img = reader.locator("figure.lead-image img");
  await expect(img).toHaveAttribute("alt", "A draft's photo");
  await expect(img).toHaveAttribute("src", new RegExp(`^/preview/${token}/media/img/[0-9a-f]{64}-960w-v1\\.jpg$`));
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeTruthy();

  const anonymous = await playwright.request.newContext({ baseURL });
  const src = (await img.getAttribute("src"))!;
  const served = await anonymous.get(src);
  expect(served.status()).toBe(200);
  expect(served.headers()["cache-control"]).toBe("private, no-store");
  expect(served.headers()["content-type"]).toBe("image/jpeg");
  // The same file is not public, and the token opens only its own edition's files.
  const key = src.replace(`/preview/${token}/media/`, "");
  expect((await anonymous.get(`/media/${key}`)).status()).toBe(404);
  const [other] = await sql<{ key: string }>(`SELECT v.key FROM "MediaVariant" v WHERE v."assetId" <> $1 LIMIT 1`, [
    photo.id,
  ]);
  if (other) expect((await anonymous.get(`/preview/${token}/media/${other.key}`)).status()).toBe(404);
  expect((await anonymous.get(`/preview/${"x".repeat(43)}/media/${key}`)).status()).toBe(404);
  await anonymous.dispose();
  await reader.context().close();
  await writer.context().close();
});
