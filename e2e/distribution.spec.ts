import { expect, test } from "./support/test";
import { sql } from "./support/db";
import { mailsTo } from "./support/mailbox";
import { publishThroughReview, sampleRelease, unique } from "./support/pages";

const linkIn = (text: string, pattern: RegExp) => {
  const match = pattern.exec(text);
  if (!match) throw new Error(`no link matching ${pattern} in:\n${text}`);
  return match[0];
};

test("issue 16.7: subscribe without JavaScript, confirm, a matching release arrives once with its structured blocks; one-click unsubscribe stops the mail; a non-matching release sends nothing", async ({
  browser,
}) => {
  // Three releases go through the writer → editor review in the browser.
  test.setTimeout(300_000);
  const topic = unique("topic").replace(/\s+/g, "-").toLowerCase();
  const email = `${topic}@example.org`;

  // Subscribe with JavaScript off: the form is a plain POST.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const reader = await context.newPage();
  await reader.goto("/subscribe");
  await reader.getByRole("button", { name: "Subscribe" }).click();
  await expect(reader.getByText("Enter your email address")).toBeVisible();
  await reader.getByLabel("Email").fill(email);
  await reader.getByLabel("Topics").fill(topic);
  await reader.getByRole("radio", { name: "Each release as it is published" }).check();
  await reader.getByRole("button", { name: "Subscribe" }).click();
  await expect(reader.getByRole("status")).toHaveText(
    "If this address can be subscribed, a confirmation is on its way. Check your inbox.",
  );

  // The confirmation email carries the link; the page it opens asks for a click.
  await expect.poll(async () => (await mailsTo(email)).length, { timeout: 30_000 }).toBe(1);
  const [confirmation] = await mailsTo(email);
  expect(confirmation!.parsed.subject).toMatch(/^Confirm your subscription/);
  const confirmUrl = linkIn(confirmation!.parsed.text ?? "", /http:\/\/\S+\/subscribe\/confirm\?token=[\w-]+/);
  await reader.goto(confirmUrl);
  await reader.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(reader.getByRole("heading", { name: "Subscription confirmed" })).toBeVisible();

  // A release with the topic: one alert, with the agreements and quotes as blocks.
  const matching = { ...sampleRelease(unique("Alert for subscribers")), topics: topic };
  const { editorPage } = await publishThroughReview(browser, matching);
  await editorPage.context().close();
  await expect
    .poll(async () => (await mailsTo(email)).filter((m) => m.parsed.subject === matching.headline).length, {
      timeout: 60_000,
    })
    .toBe(1);
  const alert = (await mailsTo(email)).find((m) => m.parsed.subject === matching.headline)!;
  expect(alert.parsed.text).toContain("Memorandum of Understanding: Memorandum of Understanding on rail freight");
  expect(alert.parsed.text).toContain("— Leyla Mammadova, Deputy Minister, Ministry of Transport");
  expect(alert.parsed.html).toContain("<blockquote");
  expect(alert.parsed.messageId).toBeTruthy();
  expect(alert.raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

  // A release without the topic: nothing for this subscriber.
  const other = { ...sampleRelease(unique("Not for this subscriber")), topics: "unrelated-topic" };
  await (await publishThroughReview(browser, other)).editorPage.context().close();

  // One-click unsubscribe, as a mail client does it: POST to the List-Unsubscribe URL.
  const oneClick = linkIn(
    alert.raw.replace(/\r?\n\s+/g, " "),
    /http:\/\/[^>\s]+\/api\/subscribe\/unsubscribe\?token=[\w.-]+/,
  );
  const response = await reader.request.post(oneClick, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(response.status()).toBe(200);

  const after = { ...sampleRelease(unique("After unsubscribing")), topics: topic };
  await (await publishThroughReview(browser, after)).editorPage.context().close();
  // Alerts are queued in the publish transaction itself, so the rows say at once what will be sent:
  // only the matching release, before the unsubscribe, was ever queued for this address.
  const queued = await sql<{ n: string }>(
    `SELECT count(*) AS n FROM "Delivery" WHERE email = $1 AND channel = 'ALERT'`,
    [email],
  );
  expect(Number(queued[0]!.n)).toBe(1);
  const subjects = (await mailsTo(email)).map((m) => m.parsed.subject);
  expect(subjects).not.toContain(other.headline);
  expect(subjects).not.toContain(after.headline);
  expect(subjects.filter((s) => s === matching.headline)).toHaveLength(1);
  await context.close();
});
