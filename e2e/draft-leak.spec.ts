import { expect, test } from "./support/test";
import { sql } from "./support/db";
import { fillRelease, publishThroughReview, sampleRelease, signIn, unique } from "./support/pages";

// Issue 11.2: a speaker's role and organisation given only in drafts must reach no public response.
// On the main of the finding, saving a draft wrote them onto the shared Person row, and the person
// page, the API and the live release page (which fell back to the Person's role) showed them at once.

test("issue 11.2: a role and organisation saved only in drafts reach no public page, feed, API or search", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
  const speaker = `Rashad Quliyev ${tag}`;
  const secretRole = `Secretrole${tag}`;
  const secretOrganisation = `Secretorg${tag}`;

  // Published with the speaker's role and organisation left blank: nothing about them is public.
  const data = sampleRelease(unique("Leak check"));
  data.body += `\n\n"We will keep building," said ${speaker}.`;
  data.quotes.push({ speaker, role: "", organisation: "", text: "We will keep building." });
  const { editorPage, editUrl } = await publishThroughReview(browser, data);

  // A draft edition of that release gives the speaker a role and an organisation…
  await editorPage.goto(editUrl);
  const quote = editorPage.getByRole("group", { name: "Quote 2" });
  await quote.getByLabel("Speaker role", { exact: true }).fill(secretRole);
  await quote.getByLabel("Speaker organisation", { exact: true }).fill(secretOrganisation);
  await editorPage.getByRole("button", { name: "Save draft" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

  // …and so does a brand-new draft release quoting the same speaker.
  await editorPage.goto("/admin/releases/new");
  const draft = sampleRelease(unique("Unpublished plans"));
  draft.quotes = [{ speaker, role: secretRole, organisation: secretOrganisation, text: "Not yet public." }];
  await fillRelease(editorPage, draft);
  await editorPage.getByRole("button", { name: "Save draft" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await editorPage.context().close();

  // Another publication drops the reader cache, so every surface below reads the database afresh.
  await publishThroughReview(browser, sampleRelease(unique("Cache dropper"))).then(({ editorPage: p }) =>
    p.context().close(),
  );

  const { slug } = (
    await sql<{ slug: string }>(
      `SELECT r.slug FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId" WHERE e.headline = $1`,
      [data.headline],
    )
  )[0]!;
  const person = (await sql<{ slug: string }>(`SELECT slug FROM "Person" WHERE name = $1`, [speaker]))[0]!;
  const surfaces = [
    "/",
    `/releases/${slug}`,
    `/people/${person.slug}`,
    "/agreements",
    `/?q=${encodeURIComponent(speaker)}`,
    "/rss.xml",
    "/feed.xml",
    "/sitemap.xml",
    "/news-sitemap.xml",
    "/api/v1/releases",
    `/api/v1/releases?q=${encodeURIComponent(speaker)}`,
    `/api/v1/releases/${slug}`,
    `/api/v1/releases/${slug}?format=ninjs`,
    `/api/v1/people/${person.slug}`,
    "/api/v1/agreements",
  ];
  for (const path of surfaces) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(400);
    const text = await response.text();
    expect(text, path).not.toContain(secretRole);
    expect(text, path).not.toContain(secretOrganisation);
  }
  // Searching for the draft's words finds nothing (the search page repeats the query, so the check is
  // on what it finds, not on the words).
  for (const path of [
    `/api/v1/releases?q=${encodeURIComponent(secretRole)}`,
    `/?q=${encodeURIComponent(secretRole)}`,
  ]) {
    const text = await (await request.get(path)).text();
    expect(text, path).not.toContain(data.headline);
    expect(text, path).not.toContain(draft.headline);
  }
  // oEmbed names the release URL it describes.
  const page = await request.get(`/releases/${slug}`);
  const oembed = await request.get(`/api/oembed?url=${encodeURIComponent(page.url())}`);
  expect(oembed.status()).toBe(200);
  expect(await oembed.text()).not.toContain(secretRole);

  // The speaker is on the public site (their published quote), without a role or organisation.
  const reader = await browser.newPage();
  await reader.goto(`/people/${person.slug}`);
  await expect(reader.getByRole("heading", { name: speaker })).toBeVisible();
  await expect(reader.locator("body")).not.toContainText(secretRole);
  await reader.close();

  // The editor still has what was typed: the draft edition keeps the role (it is just not public).
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(editUrl);
  await expect(editor.getByRole("group", { name: "Quote 2" }).getByLabel("Speaker role", { exact: true })).toHaveValue(
    secretRole,
  );
  await editor.context().close();
});
