import { expect, test, type Page } from "./support/test";
import { expectAccessible } from "./support/axe";
import { releaseByHeadline, sql } from "./support/db";
import { publishThroughReview, sampleRelease, signIn, unique } from "./support/pages";

// Issue 12.6: a media contact per release (name, email, phone), optional, defaulting from the issuer's
// last release, shown at the end of the public page and in JSON-LD, ninjs and the API.

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test("issue 12.6: a half-filled media contact is explained next to its field and nothing typed is lost", async ({
  page,
}) => {
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  const headline = unique("Contact check");
  await field(page, "Headline").fill(headline);
  await field(page, "Body").fill("The ministry announced a press conference.");
  await field(page, "Issuer").fill(unique("Ministry of Checks"));
  await field(page, "Media contact email").fill("press@checks.example");
  await field(page, "Media contact phone").fill("call the switchboard");
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(field(page, "Media contact name")).toHaveAccessibleDescription(/Add the media contact's name/);
  await expect(field(page, "Headline")).toHaveValue(headline);
  await expect(field(page, "Media contact email")).toHaveValue("press@checks.example");

  await field(page, "Media contact name").fill("Nigar Huseynova");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(field(page, "Media contact phone")).toHaveAccessibleDescription(/Enter a phone number/);
  await expect(field(page, "Media contact phone")).toHaveValue("call the switchboard");

  await field(page, "Media contact phone").fill("");
  await field(page, "Media contact email").fill("");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(field(page, "Media contact email")).toHaveAccessibleDescription(/email address or a phone number/);

  await field(page, "Media contact phone").fill("+994 (12) 492-92-27");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const [row] = await sql<{ name: string | null; email: string | null; phone: string | null }>(
    `SELECT e."mediaContactName" AS name, e."mediaContactEmail" AS email, e."mediaContactPhone" AS phone
     FROM "Edition" e JOIN "Release" r ON r.id = e."releaseId" WHERE e.headline = $1`,
    [headline],
  );
  expect(row).toEqual({ name: "Nigar Huseynova", email: null, phone: "+994 (12) 492-92-27" });
});

test("issue 12.6: the media contact closes the public page, is in JSON-LD, ninjs and the API, defaults for the issuer's next release, and a draft's new contact stays private", async ({
  browser,
  page,
  request,
}) => {
  const issuer = unique("Ministry of Transport");
  const data = {
    ...sampleRelease(),
    issuer,
    mediaContact: { name: "Leyla Mammadova", email: "press@transport.example", phone: "+994 12 492 92 27" },
  };
  const { editorPage, editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;

  await page.goto(`/releases/${slug}`);
  const section = page.getByRole("region", { name: "Media contact" });
  await expect(section).toContainText("Leyla Mammadova");
  await expect(section.getByRole("link", { name: "press@transport.example" })).toHaveAttribute(
    "href",
    "mailto:press@transport.example",
  );
  await expect(section.getByRole("link", { name: "+994 12 492 92 27" })).toHaveAttribute("href", "tel:+994124929227");
  // The last thing in the article, after the agreements.
  const last = await page.locator("article > :last-child").getAttribute("aria-labelledby");
  expect(last).toBe("media-contact-heading");
  await expectAccessible(page, "release page with a media contact");

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(ld.author.contactPoint).toEqual({
    "@type": "ContactPoint",
    contactType: "media relations",
    name: "Leyla Mammadova",
    email: "press@transport.example",
    telephone: "+994 12 492 92 27",
  });

  const api = await (await request.get(`/api/v1/releases/${slug}`)).json();
  expect(api.mediaContact).toEqual({
    name: "Leyla Mammadova",
    email: "press@transport.example",
    phone: "+994 12 492 92 27",
  });
  const ninjs = await (await request.get(`/api/v1/releases/${slug}?format=ninjs`)).json();
  expect(ninjs.people).toContainEqual({
    name: "Leyla Mammadova",
    rel: "media contact",
    uri: "mailto:press@transport.example",
  });
  expect(ninjs.edNote).toBe("Media contact: Leyla Mammadova, press@transport.example, +994 12 492 92 27");

  // The issuer's next release starts with this contact; another issuer's does not.
  const writer = await (await browser.newContext()).newPage();
  await signIn(writer, "writer");
  await writer.goto("/admin/releases/new");
  await field(writer, "Issuer").fill(issuer.toUpperCase());
  await expect(field(writer, "Media contact name")).toHaveValue("Leyla Mammadova");
  await expect(field(writer, "Media contact phone")).toHaveValue("+994 12 492 92 27");
  await field(writer, "Issuer").fill(unique("Ministry of Culture"));
  await expect(field(writer, "Media contact name")).toHaveValue("");
  await writer.context().close();

  // A correction drafted with a new contact: readers keep the published one until it goes live.
  await editorPage.goto(editUrl);
  await field(editorPage, "Media contact name").fill("Draft Only Contact");
  await editorPage.getByRole("button", { name: "Save draft" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Media contact" })).toContainText("Leyla Mammadova");
  const after = await (await request.get(`/api/v1/releases/${slug}`)).text();
  expect(after).not.toContain("Draft Only Contact");
});
