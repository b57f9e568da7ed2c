import { expect, test, type Page } from "./support/test";
import { expectAccessible } from "./support/axe";
import { releaseByHeadline, sql } from "./support/db";
import { mailsTo } from "./support/mailbox";
import { draftAndSubmit, sampleRelease, signIn, unique } from "./support/pages";
import { jpegWithGps } from "../test/support/media-samples";

// Issue 16, journalists under embargo: media lists from a CSV, a scheduled release sent to a list
// with a second editor's approval, the private link before and after publication.

test("issue 16.8: contacts imported from CSV with a preview and a report of rejected rows; a field error keeps what was typed; export", async ({
  page,
}) => {
  const tag = unique("c").replace(/\W+/g, "").toLowerCase();
  const list = `Accredited — Baku ${tag}`;
  await signIn(page, "editor");
  await page.goto("/admin/contacts");
  await expect(page.getByRole("heading", { name: "Media contacts" })).toBeVisible();

  const csv = [
    "name,outlet,email,languages,beats,lists",
    `Leyla Aliyeva,APA,leyla-${tag}@example.az,az; en,diplomacy,${list}`,
    `Wang Fang,Xinhua,wang-${tag}@example.cn,zh,,${list}`,
    `Nobody,,not-an-address,,,`,
    `Leyla twice,,LEYLA-${tag}@example.az,,,`,
  ].join("\n");
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText("2 new, 0 to update, 2 rejected.")).toBeVisible();
  const rejected = page.getByRole("table", { name: "Rejected rows" });
  await expect(
    rejected.getByRole("row", { name: /4 not-an-address Email "not-an-address" is not an address/ }),
  ).toBeVisible();
  await expect(rejected.getByRole("row", { name: /5 leyla-.* Same address as line 2/ })).toBeVisible();
  await page.getByRole("button", { name: "Import 2 contacts" }).click();
  await expect(page.getByText("Imported: 2 new, 0 updated, 2 rejected.")).toBeVisible();
  await expect(page.getByRole("link", { name: list })).toBeVisible();
  await page.getByRole("link", { name: list }).click();
  await expect(page.getByRole("heading", { name: `Contacts in “${list}”` })).toBeVisible();
  await expect(page.getByRole("cell", { name: `wang-${tag}@example.cn` })).toBeVisible();

  // "Add contact" with a bad address: the message by the field, every other field kept.
  await page.getByLabel("Name", { exact: true }).fill("Ivan Petrov");
  await page.getByLabel("Outlet").fill("TASS");
  await page.getByLabel("Email", { exact: true }).fill("ivan-at-tass");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.locator("#contact-email-error")).toHaveText('Email "ivan-at-tass" is not an address');
  await expect(page.getByLabel("Outlet")).toHaveValue("TASS");
  await page.getByLabel("Email", { exact: true }).fill(`ivan-${tag}@example.ru`);
  await page.getByRole("checkbox", { name: list }).check();
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByText(`Added ivan-${tag}@example.ru.`)).toBeVisible();
  await expectAccessible(page, "/admin/contacts");

  const exported = await page.request.get("/admin/contacts/export");
  expect(exported.headers()["content-type"]).toContain("text/csv");
  expect(exported.headers()["content-disposition"]).toMatch(/^attachment; filename="media-contacts-/);
  const text = await exported.text();
  expect(text).toContain(`Ivan Petrov,TASS,ivan-${tag}@example.ru,,,${list}`);
  expect(text).toContain(`Leyla Aliyeva,APA,leyla-${tag}@example.az,"az; en",diplomacy,${list}`);

  // A writer may not manage contacts: neither the page nor the export.
  const writer = await (await page.context().browser()!.newContext()).newPage();
  await signIn(writer, "writer");
  await writer.goto("/admin/contacts");
  await expect(writer.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  expect((await writer.request.get("/admin/contacts/export")).status()).toBe(403);
  await writer.context().close();
});

test("issue 16.9: a scheduled release sent under embargo to a list, approved by a second editor, arrives before publication with the embargo line and a private link that leads to the public page after publication", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const tag = unique("e").replace(/\W+/g, "").toLowerCase();
  const list = `Chinese media ${tag}`;
  const journalist = `journalist-${tag}@example.cn`;

  // A release a writer submitted, scheduled by an editor a month ahead (+04:00).
  const data = sampleRelease(unique("Embargoed signing"));
  const writer = await (await browser.newContext()).newPage();
  await signIn(writer, "writer");
  const editUrl = await draftAndSubmit(writer, data);
  await attachLeadImage(writer, data.headline, "Ministers at the signing table");
  await writer.context().close();
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(editUrl);
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await editor.getByLabel("Publish date", { exact: true }).fill(later);
  await editor.getByLabel("Publish time", { exact: true }).fill("09:00");
  await editor.getByLabel("Publish UTC offset", { exact: true }).fill("+04:00");
  await editor.getByRole("button", { name: "Schedule" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Scheduled." })).toBeVisible();

  // The list: one journalist.
  await editor.goto("/admin/contacts");
  await editor.getByLabel("List name").fill(list);
  await editor.getByRole("button", { name: "Create list" }).click();
  await expect(editor.getByText(`List “${list}” created.`)).toBeVisible();
  await editor.getByLabel("Name", { exact: true }).fill("Wang Fang");
  await editor.getByLabel("Email", { exact: true }).fill(journalist);
  await editor.getByRole("checkbox", { name: list }).check();
  await editor.getByRole("button", { name: "Add contact" }).click();
  await expect(editor.getByText(`Added ${journalist}.`)).toBeVisible();

  // The editor asks for the send on the Distribution tab; they cannot approve it themselves.
  await editor.goto(editUrl);
  await editor.getByRole("link", { name: "Distribution" }).click();
  await expect(editor.getByRole("heading", { name: "Send under embargo" })).toBeVisible();
  await editor.getByRole("checkbox", { name: new RegExp(list) }).check();
  await editor.getByRole("button", { name: "Send under embargo" }).click();
  await expect(editor.getByText("Send requested: another editor must approve it")).toBeVisible();
  await editor.reload();
  await expect(editor.getByRole("cell", { name: "awaiting approval" })).toBeVisible();
  await expect(editor.getByRole("button", { name: "Approve send" })).toHaveCount(0);
  expect(await mailsTo(journalist)).toHaveLength(0);
  const distributionUrl = editor.url();
  await editor.context().close();

  // A second editor (the admin) approves: the message goes out.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.goto(distributionUrl);
  await admin.getByRole("button", { name: "Approve send" }).click();
  await expect(admin.getByText("Approved: 1 message is being sent.")).toBeVisible();
  await expect.poll(async () => (await mailsTo(journalist)).length, { timeout: 60_000 }).toBe(1);
  const [mail] = await mailsTo(journalist);
  expect(mail!.parsed.subject).toBe(`EMBARGOED UNTIL ${longDate(later)} 09:00 (UTC+04:00): ${data.headline}`);
  expect(mail!.parsed.text).toContain(data.body.split("\n")[0]!.slice(0, 40));
  const link = /http:\/\/\S+\/embargo\/[\w.-]+/.exec(mail!.parsed.text ?? "")?.[0];
  expect(link).toBeTruthy();
  await admin.reload();
  await expect(admin.getByRole("row", { name: new RegExp(`${journalist} embargoed send sent`) })).toBeVisible();

  // The private link, without signing in: the release, marked, never cached or indexed.
  const journalistPage = await (await browser.newContext()).newPage();
  const response = await journalistPage.goto(new URL(link!).pathname);
  expect(response!.headers()["cache-control"]).toContain("no-store");
  expect(response!.headers()["x-robots-tag"]).toContain("noindex");
  await expect(journalistPage.getByText(`EMBARGOED UNTIL ${longDate(later)} 09:00 (UTC+04:00)`)).toBeVisible();
  await expect(journalistPage.getByRole("heading", { name: data.headline })).toBeVisible();
  const slug = (await releaseByHeadline(data.headline))!.slug;
  expect((await journalistPage.request.get(`/releases/${slug}`)).status()).toBe(404);
  // A forged token shows nothing.
  expect((await journalistPage.request.get(`${new URL(link!).pathname}x`)).status()).toBe(404);

  // The lead image, not public yet, comes through the link's token: private, never stored or indexed.
  const linkPath = new URL(link!).pathname;
  const img = journalistPage.locator("figure.lead-image img");
  await expect(img).toHaveAttribute("alt", "Ministers at the signing table");
  await expect(img).toHaveAttribute("src", new RegExp(`^${linkPath}/media/img/[0-9a-f]{64}-960w-v1\\.jpg$`));
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeTruthy();
  const src = (await img.getAttribute("src"))!;
  const photo = await journalistPage.request.get(src);
  expect(photo.status()).toBe(200);
  expect(photo.headers()["content-type"]).toMatch(/^image\//);
  expect(photo.headers()["cache-control"]).toBe("private, no-store");
  expect(photo.headers()["x-robots-tag"]).toContain("noindex");
  expect(photo.headers()["referrer-policy"]).toBe("no-referrer");
  expect((await journalistPage.request.get(src.replace(`${linkPath}/`, "/"))).status()).toBe(404);

  // The send is cancelled: the link and its image stop at once.
  await admin.goto(distributionUrl);
  await admin.getByRole("button", { name: "Cancel send" }).click();
  await expect(admin.getByText("Send cancelled: nothing more will be sent.")).toBeVisible();
  expect((await journalistPage.request.get(src)).status()).toBe(404);
  expect((await journalistPage.request.get(linkPath)).status()).toBe(404);

  // Published (the admin publishes now): the same link leads to the public page.
  await admin.goto(editUrl);
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await journalistPage.goto(new URL(link!).pathname);
  await expect(journalistPage).toHaveURL(new RegExp(`/releases/${slug}$`));
  await expect(journalistPage.getByRole("heading", { name: data.headline })).toBeVisible();
  await admin.context().close();
  await journalistPage.context().close();
});

/** TEST-ONLY SHORTCUT (as e2e/media-reader.spec.ts): an uploaded photo, once converted, put on the newest edition with SQL. */
async function attachLeadImage(writer: Page, headline: string, alt: string) {
  const buffer = await jpegWithGps(1200, 800);
  const answer = await writer.request.post("/api/media", {
    multipart: { kind: "image", file: { name: "signing.jpg", mimeType: "image/jpeg", buffer } },
  });
  expect(answer.status()).toBe(200);
  const { id } = (await answer.json()) as { id: string };
  await expect
    .poll(
      async () =>
        (await sql<{ status: string }>(`SELECT "variantStatus" AS status FROM "MediaAsset" WHERE id = $1`, [id]))[0]
          ?.status,
      {
        timeout: 120_000,
      },
    )
    .toBe("READY");
  const release = (await releaseByHeadline(headline))!;
  await sql(
    `INSERT INTO "EditionMedia" (id, "editionId", "assetId", position, role, "altText")
     SELECT gen_random_uuid()::text, e.id, $2, 0, 'LEAD', $3 FROM "Edition" e
     WHERE e."releaseId" = $1 ORDER BY e.number DESC LIMIT 1`,
    [release.id, id, alt],
  );
}

function longDate(isoDay: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}
