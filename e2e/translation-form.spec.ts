import { releaseByHeadline, sql } from "./support/db";
import { expectAccessible } from "./support/axe";
import { publishThroughReview, sampleRelease, signIn, unique } from "./support/pages";
import { expect, test, type Browser, type Locator, type Page } from "./support/test";

// Issue 14, the translation form: "Add translation" → "Language" → the release form with the original's
// words beside each field a translator writes (in the original's language: lang="en"), the structure
// both share shown from the original and not editable here (the speaker is the original's person, whose
// name the translator may write as the language does), the same labels as the release form.

const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/** Adds the translation on the original's editor page; returns the translation's editor URL. */
async function addTranslation(page: Page, originalUrl: string, label: string): Promise<string> {
  await page.goto(originalUrl);
  const section = page.getByRole("region", { name: "Translations" });
  await section.getByLabel("Language", { exact: true }).selectOption({ label });
  await section.getByRole("button", { name: "Add translation" }).click();
  const originalId = new URL(originalUrl).pathname.split("/").pop()!;
  await expect(page).toHaveURL(new RegExp(`/admin/releases/(?!${originalId})[^/?]+$`));
  return page.url();
}

/**
 * The original's words for a field: shown in the original's language (an element with lang="en"), the
 * field described by them, and placed beside the field (wide screen) or right above it (phone).
 */
async function expectOriginalBeside(scope: Page | Locator, own: Locator, words: string, layout: "beside" | "above") {
  await expect(own).toHaveAccessibleDescription(escaped(words));
  const original = scope.locator('[lang="en"]:not(html)', { hasText: words }).filter({ visible: true }).last();
  await expect(original).toBeVisible();
  const [o, f] = [await original.boundingBox(), await own.boundingBox()];
  expect(o && f).toBeTruthy();
  if (layout === "beside") {
    // Side by side: the original in the column before the field, the two overlapping vertically.
    expect(o!.x + o!.width).toBeLessThanOrEqual(f!.x + 1);
    expect(o!.y).toBeLessThan(f!.y + f!.height);
  } else {
    expect(o!.y + o!.height).toBeLessThanOrEqual(f!.y + 1);
    expect(f!.y - (o!.y + o!.height)).toBeLessThan(120);
  }
}

const az = (tag: string) => ({
  headline: `Nazirlər nəqliyyat sazişi imzaladılar ${tag}`,
  summary: "İki nazirlik dəmir yolu yükdaşıması və gömrük əməkdaşlığı barədə razılığa gəldi.",
  body:
    "Azərbaycan və Gürcüstan nazirləri paytaxtda görüşdülər. Onlar iki sənəd imzaladılar: " +
    "Dəmir yolu yükdaşıması haqqında Anlaşma Memorandumu və Gömrük əməkdaşlığı haqqında Protokol.\n\n" +
    '"Bu dəhliz mallarımızı Avropaya həmişəkindən daha sürətlə çatdıracaq," deyə nazir müavini Leyla Mammadova bildirdi.',
  place: "Bakı",
  titles: ["Dəmir yolu yükdaşıması haqqında Anlaşma Memorandumu", "Gömrük əməkdaşlığı haqqında Protokol"],
  quote: "Bu dəhliz mallarımızı Avropaya həmişəkindən daha sürətlə çatdıracaq.",
  role: "Nazir müavini",
});

test("issue 14: Add translation opens the release form with the original's words beside each field in English, the shared structure read-only; the Azerbaijani words typed are autosaved, saved and submitted; a phone shows each original above its field without overflow; axe finds nothing serious", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const data = sampleRelease(unique("Ministers sign transport pact, side by side"));
  const { editUrl } = await publishThroughReview(browser, data);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, "writer");
  const url = await addTranslation(page, editUrl, "Azerbaijani (az)");

  // The original's words beside the fields, with the same labels as the release form.
  await expect(page.getByText("Translating from English", { exact: false })).toBeVisible();
  await expectOriginalBeside(page, field(page, "Headline"), data.headline, "beside");
  await expectOriginalBeside(page, field(page, "Summary"), data.summary, "beside");
  await expectOriginalBeside(page, field(page, "Body"), "The ministers of Azerbaijan and Georgia met", "beside");
  await expectOriginalBeside(page, field(page, "Dateline place"), "Baku", "beside");
  const agreement = page.getByRole("group", { name: "Agreement 2" });
  await expectOriginalBeside(agreement, field(agreement, "Agreement title"), data.agreements[1]!.title, "beside");
  await expectOriginalBeside(agreement, field(agreement, "Parties"), "State Customs Committee", "beside");
  const quote = page.getByRole("group", { name: "Quote 1" });
  await expectOriginalBeside(quote, field(quote, "Quote text"), data.quotes[0]!.text, "beside");
  await expectOriginalBeside(quote, field(quote, "Speaker role"), "Deputy Minister", "beside");
  // What the translator types is Azerbaijani.
  await expect(field(page, "Headline")).toHaveAttribute("lang", "az");
  await expect(field(quote, "Quote text")).toHaveAttribute("lang", "az");

  // The structure is the original's: shown, not editable here; no rows added or removed.
  for (const label of ["Date", "Time", "UTC offset", "Countries"]) await expect(field(page, label)).not.toBeEditable();
  await expect(field(page, "Date")).toHaveValue(data.date);
  await expect(field(page, "Countries")).toHaveValue(data.countries);
  await expect(field(agreement, "Agreement type")).toBeDisabled();
  await expect(field(agreement, "Agreement type").locator("option:checked")).toHaveText("Protocol");
  // The speaker is the original's person; the field holds her name as the translation writes it, the
  // original's spelling beside it.
  await expect(field(quote, "Speaker")).toHaveValue("Leyla Mammadova");
  await expect(field(quote, "Speaker")).toBeEditable();
  await expectOriginalBeside(quote, field(quote, "Speaker"), "Leyla Mammadova", "beside");
  for (const name of ["Add agreement", "Add quote", "Remove agreement 1", "Remove quote 1"])
    await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
  await expectAccessible(page, "translation form, wide");

  // The translator writes the Azerbaijani words; autosave keeps them (a reload shows them).
  const t = az(unique("az"));
  await field(page, "Headline").fill(t.headline);
  await field(page, "Summary").fill(t.summary);
  await field(page, "Body").fill(t.body);
  await field(page, "Dateline place").fill(t.place);
  for (const [i, title] of t.titles.entries())
    await field(page.getByRole("group", { name: `Agreement ${i + 1}` }), "Agreement title").fill(title);
  await field(quote, "Quote text").fill(t.quote);
  await field(quote, "Speaker role").fill(t.role);
  await expect(page.getByRole("status", { name: "Autosave" })).toHaveText(/^Saved \d{2}:\d{2}$/, { timeout: 30_000 });
  await page.reload();
  await expect(field(page, "Headline")).toHaveValue(t.headline);
  await expect(field(quote, "Quote text")).toHaveValue(t.quote);
  await expect(field(quote, "Speaker role")).toHaveValue(t.role);
  // The originals are still beside them.
  await expectOriginalBeside(page, field(page, "Headline"), data.headline, "beside");

  await field(page, "Summary").fill(`${t.summary} Sənədlər qüvvəyə mindi.`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(field(page, "Summary")).toHaveValue(`${t.summary} Sənədlər qüvvəyə mindi.`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  const stored = await releaseByHeadline(t.headline);
  expect(stored?.status).toBe("SUBMITTED");
  expect(url).toContain(stored!.id);

  // A phone: each original right above its field, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  await expectOriginalBeside(page, field(page, "Headline"), data.headline, "above");
  await expectOriginalBeside(quote, field(quote, "Quote text"), data.quotes[0]!.text, "above");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "translation form, 390 px");
  await page.context().close();
});

/** The original is corrected (a new edition, its time moved to 17:00) and published through review by an admin. */
async function correctOriginal(browser: Browser, editUrl: string, summary: string) {
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(editUrl);
  await field(editor, "Change note").fill("Named the customs cooperation.");
  await field(editor, "Summary").fill(summary);
  await field(editor, "Time").fill("17:00");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  await editor.context().close();
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.goto(editUrl);
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await admin.context().close();
}

test("issue 14: when the original has a newer published edition, the translation form shows its words and marks what changed since the edition the translation follows", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const data = sampleRelease(unique("Ministers sign transport pact, corrected original"));
  const { editUrl } = await publishThroughReview(browser, data);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "writer");
  const url = await addTranslation(page, editUrl, "Azerbaijani (az)");
  await expect(page.getByText("changed since edition 1")).toHaveCount(0);

  await correctOriginal(browser, editUrl, "Two ministries agree on rail freight, customs and transit cooperation.");
  await page.goto(url);
  const summary = field(page, "Summary");
  // The field is described by the original as it is now; beside it, the same words with the changes marked.
  await expect(summary).toHaveAccessibleDescription(
    /Two ministries agree on rail freight, customs and transit cooperation\./,
  );
  await expectOriginalBeside(page, summary, "Two ministries agree on rail freight", "beside");
  const original = page.locator("#summary-original");
  await expect(original).toContainText("changed since edition 1");
  await expect(original.locator("ins", { hasText: "transit" })).toBeVisible();
  await expect(original.locator("del")).toHaveCount(1);
  // The headline did not change: no mark on it.
  await expect(page.locator("#headline-original")).not.toContainText("changed since");
  await expect(page.getByText("The original has a newer published edition (2)", { exact: false })).toBeVisible();
  await expectAccessible(page, "outdated translation form");

  // The time is the original's new one; the translation has not stored it yet, so the form says so and a
  // workflow step saves it first.
  await expect(field(page, "Time")).toHaveValue("17:00");
  await expect(page.getByText("changed since this translation was saved", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  const translationId = new URL(url).pathname.split("/").pop()!;
  const originalId = new URL(editUrl).pathname.split("/").pop()!;
  const instants = await sql<{ releaseId: string; datelineAt: Date }>(
    `SELECT DISTINCT ON ("releaseId") "releaseId", "datelineAt" FROM "Edition"
     WHERE "releaseId" = ANY($1) ORDER BY "releaseId", number DESC`,
    [[translationId, originalId]],
  );
  expect(instants).toHaveLength(2);
  expect(instants[0]!.datelineAt.toISOString()).toBe(instants[1]!.datelineAt.toISOString());
  await page.context().close();
});
