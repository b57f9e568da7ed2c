import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SAMPLE, sampleClipboardHtml, sampleDocx, samplePage, samplePdf } from "../test/support/release-files";
import { expect, test, type Page } from "./support/test";
import { signIn, submitAndPublish, unique } from "./support/pages";
import { fillLines } from "../lib/domain/extractor/line-wraps";

// Issue 15, "Files and addresses": a Word file and a PDF made here, a pasted HTML clipboard and a page
// served by a local HTTP server (the e2e app runs with IMPORT_ALLOW_PRIVATE=1) each reach the same
// extraction as pasted text. The release is dated without a time: none is invented.

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function openImport(page: Page) {
  await signIn(page, "writer");
  await page.goto("/admin/releases/import");
}

async function expectSampleProposals(page: Page) {
  await expect(field(page, "Headline")).toHaveValue(SAMPLE.headline);
  await expect(field(page, "Date")).toHaveValue(SAMPLE.date);
  await expect(field(page, "Time")).toHaveValue("");
  await expect(field(page, "UTC offset")).toHaveValue("");
  const agreement = page.getByRole("group", { name: "Agreement 1" });
  await expect(agreement.getByLabel("Agreement title")).toHaveValue(SAMPLE.agreementTitle);
  await expect(agreement.getByLabel("Parties")).toHaveValue(SAMPLE.parties.join("\n"));
  const quote = page.getByRole("group", { name: "Quote 1" });
  await expect(quote.getByLabel("Speaker", { exact: true })).toHaveValue(SAMPLE.speaker);
  await expect(quote.getByLabel("Quote text")).toHaveValue(SAMPLE.quoteText);
}

test("issue 15: a Word file made in the test is extracted like pasted text", async ({ page }) => {
  await openImport(page);
  await field(page, "File").setInputFiles({
    name: "release.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await sampleDocx(),
  });
  await page.getByRole("button", { name: "Extract from file" }).click();
  await expectSampleProposals(page);
  await expect(field(page, "Raw text")).toHaveValue(new RegExp(`^${SAMPLE.headline}\\n\\n`));
});

test("issue 15: a PDF made in the test is extracted like pasted text", async ({ page }) => {
  await openImport(page);
  await field(page, "File").setInputFiles({
    name: "release.pdf",
    mimeType: "application/pdf",
    buffer: await samplePdf(),
  });
  await page.getByRole("button", { name: "Extract from file" }).click();
  await expect(field(page, "Headline")).toHaveValue(SAMPLE.headline);
  await expect(field(page, "Date")).toHaveValue(SAMPLE.date);
  await expect(field(page, "Time")).toHaveValue("");
  await expect(page.getByRole("group", { name: "Agreement 1" }).getByLabel("Agreement title")).toHaveValue(
    SAMPLE.agreementTitle,
  );
  await expect(page.getByRole("group", { name: "Quote 1" }).getByLabel("Speaker", { exact: true })).toHaveValue(
    SAMPLE.speaker,
  );
});

test("issue 15: a refused file is a message next to the field, the pasted text stays", async ({ page }) => {
  await openImport(page);
  await field(page, "Raw text").fill("Some text typed before");
  await field(page, "File").setInputFiles({
    name: "release.docx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
  });
  await page.getByRole("button", { name: "Extract from file" }).click();
  await expect(page.locator("#file-error")).toHaveText(/This file is a Linux program: choose a Word \(\.docx\), PDF/);
  await expect(field(page, "File")).toHaveAttribute("aria-invalid", "true");
  await expect(field(page, "Raw text")).toHaveValue("Some text typed before");
});

test("issue 15: a pasted HTML clipboard keeps its paragraphs and list items", async ({ page }) => {
  await openImport(page);
  const rawText = field(page, "Raw text");
  await rawText.focus();
  await rawText.evaluate((area, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", area.ownerDocument.createElement("div").textContent ?? "");
    area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, sampleClipboardHtml);
  await expect(rawText).toHaveValue(`${SAMPLE.headline}\n\n${SAMPLE.lead}\n\n${SAMPLE.quote}\n\n- ${SAMPLE.more}`);
  await page.getByRole("button", { name: "Extract", exact: true }).click();
  await expectSampleProposals(page);
});

test("issue 15: a release pasted hard-wrapped from a mail, with a web page's invisible spaces, is extracted like the text written plainly", async ({
  page,
}) => {
  await openImport(page);
  // Wrapped at 60 columns, no-break spaces before capitals and a zero-width space in the quotation.
  const plain = [SAMPLE.headline, SAMPLE.lead, SAMPLE.quote, SAMPLE.more].join("\n\n");
  const pasted = fillLines(plain, 60)
    .replace(/ (?=[A-Z])/g, "\u00a0")
    .replace("one river", "one\u200b river");
  await field(page, "Raw text").fill(pasted);
  await page.getByRole("button", { name: "Extract", exact: true }).click();
  await expectSampleProposals(page);
  // The source text shows the pasted text, each proposal marked where it came from.
  const seen = (s: string) =>
    s
      .replace(/[\u200b]/g, "")
      .replace(/\s+/g, " ")
      .trim();
  const quoteMark = page.locator("mark#mark-quote-0");
  await expect(quoteMark).toHaveAttribute("title", "Quote 1");
  expect(seen(await quoteMark.innerText())).toBe(
    "This memorandum gives our scientists one river to study instead of two,",
  );
  expect(seen(await page.locator("mark#mark-agreement-0").innerText())).toContain(SAMPLE.agreementTitle);
});

test.describe("Import from URL", () => {
  let server: Server;
  let base: string;
  test.beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/news/release")
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(samplePage);
      else if (request.url === "/feed.json") response.writeHead(200, { "content-type": "application/json" }).end("{}");
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  test("issue 15: a page from a local server is fetched, its article extracted, its URL the source credit", async ({
    page,
  }) => {
    await openImport(page);
    await field(page, "URL").fill(`${base}/news/release`);
    await page.getByRole("button", { name: "Import from URL" }).click();
    await expectSampleProposals(page);
    await expect(field(page, "Source credit")).toHaveValue(`${base}/news/release`);
    await expect(field(page, "Raw text")).not.toHaveValue(/All rights reserved|Privacy/);
  });

  test("issue 15: an address that is not a page, or not http, is a message next to the field", async ({ page }) => {
    await openImport(page);
    await field(page, "Raw text").fill("Kept text");
    await field(page, "URL").fill(`${base}/feed.json`);
    await page.getByRole("button", { name: "Import from URL" }).click();
    await expect(page.locator("#url-error")).toHaveText(/not a web page \(it is application\/json\)/);
    await expect(field(page, "URL")).toHaveValue(`${base}/feed.json`);
    await expect(field(page, "Raw text")).toHaveValue("Kept text");
    await field(page, "URL").fill("ftp://example.org/release.html");
    await page.getByRole("button", { name: "Import from URL" }).click();
    await expect(page.locator("#url-error")).toHaveText(/Only http and https/);
  });
});

test("issue 15: a date-only release invents no time; dateline and sign-offs leave the body, the contact is proposed", async ({
  page,
  browser,
}) => {
  await openImport(page);
  const contact = "For more information, contact the Press Office, press@northland.example, +47 22 33 44 55";
  await field(page, "Raw text").fill(
    [SAMPLE.headline, SAMPLE.lead, SAMPLE.quote, SAMPLE.more, "###", contact].join("\n\n"),
  );
  await page.getByRole("button", { name: "Extract", exact: true }).click();
  await expect(field(page, "Date")).toHaveValue(SAMPLE.date);
  await expect(field(page, "Time")).toHaveValue("");
  await expect(field(page, "UTC offset")).toHaveValue("");
  await expect(page.locator("#time-hint")).toHaveText(
    "Not in the text: leave time and UTC offset empty for a date-only dateline, or enter both",
  );
  const body = field(page, "Body");
  await expect(body).toHaveValue(new RegExp(`^The Ministry of Water of Northland[\\s\\S]*${SAMPLE.more}$`));
  await expect(field(page, "Media contact name")).toHaveValue("Press Office");
  await expect(field(page, "Media contact email")).toHaveValue("press@northland.example");
  await expect(field(page, "Media contact phone")).toHaveValue("+47 22 33 44 55");
  // The source text stays in view while the proposals scroll.
  await expect(page.getByRole("region", { name: "Source text" })).toHaveCSS("position", "sticky");

  // A time with no offset is not a dateline: the person is told what is missing, nothing typed is lost.
  const headline = unique(SAMPLE.headline);
  await field(page, "Headline").fill(headline);
  await field(page, "Issuer").fill("Ministry of Water of Northland");
  await field(page, "Time").fill("10:00");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.locator("#utcOffset-error")).toHaveText(
    "Enter the UTC offset of the time, e.g. +04:00, or leave both empty for a date-only dateline",
  );
  await expect(field(page, "Media contact name")).toHaveValue("Press Office");

  // Nothing invented: with time and offset empty the draft is created with the date alone.
  await field(page, "Time").fill("");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/releases\/[^/?]+\?done=draft$/);
  await expect(field(page, "Media contact email")).toHaveValue("press@northland.example");
  await expect(field(page, "Date")).toHaveValue(SAMPLE.date);
  await expect(field(page, "Time")).toHaveValue("");
  await expect(field(page, "UTC offset")).toHaveValue("");
  const publicUrl = await submitAndPublish(page, browser);

  // Readers see the date as written, no time, and machines get the date alone.
  await page.goto(publicUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  const dateline = page.locator("time.dateline");
  await expect(dateline).toHaveAttribute("datetime", SAMPLE.date);
  await expect(dateline).toContainText("3 March 2025");
  await expect(dateline).not.toContainText(/\d{2}:\d{2}|UTC/);
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(jsonLd).toContain(`"dateCreated":"${SAMPLE.date}"`);
});
