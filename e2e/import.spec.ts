import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./support/test";
import { fillRelease, sampleRelease, signIn, submitAndPublish, unique } from "./support/pages";

const SEED_TEXT = readFileSync(
  path.join(__dirname, "../test/fixtures/extract/press-release-2024-07-04-azerbaijan-china.txt"),
  "utf8",
);
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test("a writer imports the seed text, an editor publishes it: the same structure as the seeded release", async ({
  page,
  browser,
}) => {
  const headline = "Azerbaijan and China raise relations to strategic partnership (imported)";
  await signIn(page, "writer");
  await page.getByRole("link", { name: "Import release" }).click();
  await expect(page).toHaveURL(/\/admin\/releases\/import$/);

  await field(page, "Raw text").fill(SEED_TEXT);
  await page.getByRole("button", { name: "Extract", exact: true }).click();

  // The source text, each proposal marked where it was found, with a link from the field to its mark.
  const source = page.locator(".import-source");
  await expect(source.locator("mark#mark-dateline")).toHaveText("4 July 2024 09:00 (UTC+04:00)");
  await expect(source.locator("mark[id^='mark-agreement-']")).toHaveCount(4);
  await expect(source.locator("mark[id^='mark-quote-']")).toHaveCount(2);
  await expect(source.locator("mark#mark-quote-1")).toContainText(
    "We are sure that the Azerbaijan-China strategic partnership",
  );
  await expect(page.locator("a[href='#mark-quote-0']")).toHaveText("Show in text");

  // Proposed values: no headline in the text, so none is proposed; the rest is filled in.
  await expect(field(page, "Headline")).toHaveValue("");
  await expect(field(page, "Date")).toHaveValue("2024-07-04");
  await expect(field(page, "Time")).toHaveValue("09:00");
  await expect(field(page, "UTC offset")).toHaveValue("+04:00");
  await expect(field(page, "Countries")).toHaveValue("AZ, CN");
  for (let i = 1; i <= 4; i++)
    await expect(page.getByRole("group", { name: `Agreement ${i}` }).getByLabel("Keep")).toBeChecked();
  await expect(page.getByRole("group", { name: "Agreement 5" })).toHaveCount(0);
  // Each agreement of the seed text has its title and parties: nothing for the editor to add.
  await expect(page.locator(".proposal-check")).toHaveCount(0);
  for (let i = 1; i <= 2; i++) {
    await expect(page.getByRole("group", { name: `Quote ${i}` }).getByLabel("Speaker", { exact: true })).toHaveValue(
      "Aykhan Hajizade",
    );
  }
  await expect(page.getByRole("group", { name: "Quote 3" })).toHaveCount(0);

  // Without a headline nothing is created, and nothing typed (the raw text included) is lost.
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.locator("#headline-error")).toHaveText("Headline is required");
  await expect(field(page, "Raw text")).toHaveValue(SEED_TEXT.replace(/\r\n/g, "\n"));
  await expect(page.getByRole("group", { name: "Quote 2" }).getByLabel("Speaker", { exact: true })).toHaveValue(
    "Aykhan Hajizade",
  );

  await field(page, "Headline").fill(headline);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/releases\/[^/?]+\?done=draft$/);
  await expect(page.getByRole("region", { name: "Consistency check" })).toContainText("No problems found.");
  const publicUrl = await submitAndPublish(page, browser);

  await page.goto(publicUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page.locator("time.dateline")).toHaveText("4 July 2024 09:00 (UTC+04:00)");
  const agreements = page.getByRole("region", { name: "Agreements" }).locator("ul.agreements > li");
  await expect(agreements).toHaveCount(4);
  const expected = [
    ["Joint Declaration", "Republic of Azerbaijan", "People's Republic of China"],
    [
      "Memorandum of Understanding",
      "Government of the Republic of Azerbaijan",
      "Government of the People's Republic of China",
    ],
    [
      "Memorandum of Understanding",
      "Ministry of Economy of the Republic of Azerbaijan",
      "National Development and Reform Commission of the People's Republic of China",
    ],
    [
      "Agreement",
      "Ministry of Foreign Affairs of the Republic of Azerbaijan",
      "Ministry of Foreign Affairs of the People's Republic of China",
    ],
  ];
  for (const [i, texts] of expected.entries()) for (const t of texts) await expect(agreements.nth(i)).toContainText(t);
  const quotes = page.locator("figure:has(blockquote)");
  await expect(quotes).toHaveCount(2);
  for (const caption of await quotes.locator("figcaption").all())
    await expect(caption).toContainText("Aykhan Hajizade");
});

test("issue 15: an agreement proposed by its kind alone, with no parties, says what the editor should add", async ({
  page,
}) => {
  await signIn(page, "writer");
  await page.goto("/admin/releases/import");
  const text =
    "Agreement signed\n\nLAKEPORT, 3 March 2025 – An agreement was signed today at the ministry, the Minister said.\n\n" +
    "Separately, Acme Rail signed a supply contract with Beta Works.\n";
  await field(page, "Raw text").fill(text);
  await page.getByRole("button", { name: "Extract", exact: true }).click();

  const bare = page.getByRole("group", { name: "Agreement 1" });
  await expect(bare.getByLabel("Agreement title")).toHaveValue("Agreement");
  await expect(bare).toContainText("Named only by its kind: give its title as the text names it, if it has one.");
  await expect(bare).toContainText("No parties were found where it is named: add who signed it, one per line.");
  // The second is named and has its parties: no check asked of it.
  const named = page.getByRole("group", { name: "Agreement 2" });
  await expect(named.getByLabel("Agreement title")).toHaveValue("Supply Contract");
  await expect(named.locator(".proposal-check")).toHaveCount(0);
});

test("a release whose quote is not in its body is only submitted with a reason, which the history keeps", async ({
  page,
}) => {
  const data = sampleRelease(unique("Quote not in body"));
  data.quotes = [{ ...data.quotes[0]!, text: "Words that this release never printed." }];
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

  const report = page.getByRole("region", { name: "Consistency check" });
  const problem = report.getByRole("link", { name: /Quote 1: its text is not in the body/ });
  await expect(problem).toHaveAttribute("href", "#quote-0-text");

  const submit = page.getByRole("form", { name: "Submit for review" });
  await submit.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("alert", { name: "Submit for review problem" })).toContainText(
    "1 consistency problem: Quote 1",
  );
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toHaveCount(0);
  await expect(field(page, "Body")).toHaveValue(data.body);

  await problem.click();
  await expect(page).toHaveURL(/#quote-0-text$/);
  await expect(page.locator("#quote-0-text")).toBeInViewport();

  const reason = "The minister said it at the press conference; the transcript follows.";
  await submit.getByLabel("Reason to publish anyway").fill(reason);
  await submit.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();

  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("table", { name: "Revisions" })).toContainText(`submit anyway: ${reason}`);
});
