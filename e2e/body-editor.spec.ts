import { expect, test, type Locator, type Page } from "./support/test";
import { expectAccessible } from "./support/axe";
import { releaseByHeadline, sql } from "./support/db";
import { fillRelease, sampleRelease, signIn } from "./support/pages";

// Issue 12.2 and 12.3: writing the body. A toolbar over it edits the Markdown, a live preview beside it
// shows what readers will see, pasting from Word keeps the structure and drops the rest, a passage
// selected in the body becomes a quote, and a quote's text goes into the body at the cursor.

const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
const body = (page: Page) => field(page, "Body");
const tool = (page: Page, name: string) => page.getByRole("button", { name, exact: true });
const preview = (page: Page) => page.getByRole("region", { name: "Live preview" });
const quoteRow = (page: Page, n: number) => page.getByRole("group", { name: `Quote ${n}` });

/** Selects `text` (its first occurrence) in the body, as a person dragging over it would. */
async function selectInBody(page: Page, text: string, { collapseToEnd = false } = {}) {
  await body(page).evaluate(
    (el, [wanted, toEnd]) => {
      const area = el as HTMLTextAreaElement;
      const start = area.value.indexOf(wanted as string);
      if (start < 0) throw new Error(`"${wanted}" is not in the body`);
      const end = start + (wanted as string).length;
      area.focus();
      area.setSelectionRange(toEnd ? end : start, end);
    },
    [text, collapseToEnd] as const,
  );
}

/** Pastes as the browser does: a paste event whose clipboard holds these types. True unless the page took it over. */
async function paste(page: Page, data: Record<string, string>): Promise<boolean> {
  await body(page).focus();
  return body(page).evaluate((el, items) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    const event = new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true });
    return el.dispatchEvent(event);
  }, data);
}

/** A saved draft; with `bodyText`, that body and no quotes (the preview would list a quote the body lacks). */
async function newDraft(page: Page, bodyText?: string) {
  const data = sampleRelease();
  if (bodyText !== undefined) {
    data.body = bodyText;
    data.quotes = [];
  }
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await tool(page, "Save draft").click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id } = (await releaseByHeadline(data.headline))!;
  return { data, id };
}

async function storedBody(id: string): Promise<string> {
  const [row] = await sql<{ body: string }>(
    `SELECT body FROM "Edition" WHERE "releaseId" = $1 ORDER BY number DESC LIMIT 1`,
    [id],
  );
  return row!.body;
}

// A clipboard as Word (Windows, Office 365) fills it: a whole HTML document with Office namespaces,
// a style sheet, conditional comments, class and mso- styles, <o:p> elements, and lists written as
// paragraphs whose bullet is a span. The hostile bits at the end are what a page could smuggle in.
const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:11.0pt;} @page WordSection1 {size:595.3pt 841.9pt;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span lang=EN-GB>Rail freight corridor<o:p></o:p></span></h1>
<p class=MsoNormal><span lang=EN-GB style='font-family:"Calibri",sans-serif'>The ministers met in <b style='mso-bidi-font-weight:normal'>Baku</b>
and signed the <i style='mso-bidi-font-style:normal'>Memorandum</i>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='mso-spacerun:yes'> </span>Details are on the <a href="https://example.org/pact">ministry site</a>.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Rail freight<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Customs<o:p></o:p></p>
<p class=MsoNormal><a href="javascript:alert(1)">Read more</a> <script>window.pasted = 1</script><img src=x onerror="window.pasted = 2"><span style='color:red'>here</span>.<!-- a Word comment --></p>
<!--EndFragment-->
</body></html>`;

const WORD_MARKDOWN = [
  "## Rail freight corridor",
  "",
  "The ministers met in **Baku** and signed the *Memorandum*.",
  "",
  "Details are on the [ministry site](https://example.org/pact).",
  "",
  "- Rail freight",
  "- Customs",
  "",
  "Read more here.",
].join("\n");

test("issue 12.2: the toolbar over the body edits the Markdown, the live preview shows it, and the change is autosaved", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "writer");
  const { id } = await newDraft(
    page,
    "The ministers met in Baku and signed two agreements.\n\nBackground\n\nRail\nCustoms\n\nThe talks went on until night.",
  );
  await expect(field(page, "Body")).toBeVisible();

  await selectInBody(page, "Baku");
  await tool(page, "Bold").click();
  await expect(body(page)).toHaveValue(/met in \*\*Baku\*\* and/);
  await expect(preview(page).locator("strong", { hasText: "Baku" })).toBeVisible();

  await selectInBody(page, "met");
  await tool(page, "Italic").click();
  await expect(body(page)).toHaveValue(/ministers \*met\* in/);
  await expect(preview(page).locator("em", { hasText: "met" })).toBeVisible();

  // Link: the address is selected, ready to be typed over.
  await selectInBody(page, "two agreements");
  await tool(page, "Link").click();
  await page.keyboard.type("https://example.org/pact");
  await expect(body(page)).toHaveValue(/signed \[two agreements\]\(https:\/\/example\.org\/pact\)\./);
  await expect(preview(page).getByRole("link", { name: "two agreements" })).toHaveAttribute(
    "href",
    "https://example.org/pact",
  );

  await selectInBody(page, "Background", { collapseToEnd: true });
  await tool(page, "Heading").click();
  await expect(body(page)).toHaveValue(/\n\n## Background\n\n/);
  await expect(preview(page).getByRole("heading", { name: "Background", level: 2 })).toBeVisible();

  await selectInBody(page, "Rail\nCustoms");
  await tool(page, "Bulleted list").click();
  await expect(body(page)).toHaveValue(/\n\n- Rail\n- Customs\n\n/);
  await expect(preview(page).locator("ul > li")).toHaveText(["Rail", "Customs"]);

  await selectInBody(page, "- Rail\n- Customs");
  await tool(page, "Numbered list").click();
  await expect(body(page)).toHaveValue(/\n\n1\. Rail\n2\. Customs\n\n/);
  await expect(preview(page).locator("ol > li")).toHaveText(["Rail", "Customs"]);

  await selectInBody(page, "The talks went on until night.");
  await tool(page, "Quote").click();
  await expect(body(page)).toHaveValue(/\n\n> The talks went on until night\.$/);
  await expect(preview(page).locator("blockquote")).toHaveText("The talks went on until night.");

  // The browser's undo takes the last step back.
  await body(page).press("Control+z");
  await expect(body(page)).toHaveValue(/\n\nThe talks went on until night\.$/);
  await expect(preview(page).locator("blockquote")).toHaveCount(0);

  // The form knows it changed: autosave stores the Markdown.
  const expected = [
    "The ministers *met* in **Baku** and signed [two agreements](https://example.org/pact).",
    "",
    "## Background",
    "",
    "1. Rail",
    "2. Customs",
    "",
    "The talks went on until night.",
  ].join("\n");
  await expect(body(page)).toHaveValue(expected);
  await expect.poll(() => storedBody(id), { timeout: 20_000 }).toBe(expected);
  await expect(page.getByRole("status", { name: "Autosave" })).toContainText("Saved");
});

test("issue 12.2: the toolbar works from the keyboard: one Tab stop, arrow keys between its buttons, Ctrl+B and Ctrl+I in the body", async ({
  page,
}) => {
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await body(page).fill("Rail and customs");
  await selectInBody(page, "Rail");
  await body(page).press("Control+b");
  await expect(body(page)).toHaveValue("**Rail** and customs");
  await selectInBody(page, "customs");
  await body(page).press("Control+i");
  await expect(body(page)).toHaveValue("**Rail** and *customs*");

  // Shift+Tab from the body lands on the toolbar's one stop; the arrows move along it.
  await selectInBody(page, "and");
  await page.keyboard.press("Shift+Tab");
  await expect(tool(page, "Bold")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(tool(page, "Link")).toBeFocused();
  await page.keyboard.press("End");
  await expect(tool(page, "Quote")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(tool(page, "Bold")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(body(page)).toHaveValue("> **Rail** and *customs*");
  // The edit gives the focus back to the body.
  await expect(body(page)).toBeFocused();
});

test("issue 12.2: pasting from Word keeps headings, paragraphs, emphasis, links and lists as Markdown and drops the rest", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "writer");
  const { id } = await newDraft(page, "To be replaced.");
  await body(page).fill("");

  expect(await paste(page, { "text/html": WORD_CLIPBOARD, "text/plain": "Rail freight corridor …" })).toBe(false);
  await expect(body(page)).toHaveValue(WORD_MARKDOWN);
  expect(await page.evaluate(() => (window as unknown as { pasted?: number }).pasted)).toBeUndefined();
  await expect(preview(page).getByRole("heading", { name: "Rail freight corridor", level: 2 })).toBeVisible();
  await expect(preview(page).getByRole("link", { name: "ministry site" })).toHaveAttribute(
    "href",
    "https://example.org/pact",
  );
  await expect(preview(page).getByRole("link", { name: "Read more" })).toHaveCount(0);
  await expect(preview(page).locator("ul > li")).toHaveText(["Rail freight", "Customs"]);

  // Plain text pastes as the browser pastes it: the page leaves the event alone.
  await selectInBody(page, "Read more here.", { collapseToEnd: true });
  expect(await paste(page, { "text/plain": "Plain *text* stays." })).toBe(true);

  // A paste is an edit like typing: autosave stores it.
  await expect.poll(() => storedBody(id), { timeout: 20_000 }).toBe(WORD_MARKDOWN);
});

test("issue 12.3: a passage selected in the body becomes a quote, which is saved, stored and shown after a reload", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "writer");
  const data = sampleRelease();
  const said = "“We will double the freight trains by 2027,” said Giorgi Beridze, Minister of Economy of Georgia.";
  data.body = `${data.body}\n\n${said}`;
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);

  // Nothing selected: the button says what to do instead of adding an empty quote.
  await selectInBody(page, "Giorgi", { collapseToEnd: true });
  await tool(page, "Make quote from selection").click();
  await expect(page.getByRole("status").filter({ hasText: "Select a passage in the body first" })).toBeVisible();
  await expect(quoteRow(page, 2)).toHaveCount(0);

  await selectInBody(page, "“We will double the freight trains by 2027,”");
  await tool(page, "Make quote from selection").click();
  const row = quoteRow(page, 2);
  await expect(field(row, "Quote text")).toHaveValue("We will double the freight trains by 2027.");
  await expect(field(row, "Speaker")).toBeFocused();
  await page.keyboard.type("Giorgi Beridze");
  await field(row, "Speaker role").fill("Minister of Economy");
  await field(row, "Speaker organisation").fill("Government of Georgia");
  await expect(body(page)).toHaveValue(data.body);
  // The preview marks the passage up as the quotation, as the public page will.
  await expect(
    preview(page).getByRole("figure").filter({ hasText: "We will double the freight trains by 2027" }),
  ).toContainText("Giorgi Beridze, Minister of Economy, Government of Georgia");

  await tool(page, "Save draft").click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id } = (await releaseByHeadline(data.headline))!;
  const quotes = await sql<{ text: string; name: string }>(
    `SELECT q.text, p.name FROM "Quote" q JOIN "Person" p ON p.id = q."personId"
     JOIN "Edition" e ON e.id = q."editionId" WHERE e."releaseId" = $1 ORDER BY q.position`,
    [id],
  );
  expect(quotes).toEqual([
    { text: data.quotes[0]!.text, name: data.quotes[0]!.speaker },
    { text: "We will double the freight trains by 2027.", name: "Giorgi Beridze" },
  ]);

  await page.reload();
  await expect(field(quoteRow(page, 2), "Quote text")).toHaveValue("We will double the freight trains by 2027.");
  await expect(field(quoteRow(page, 2), "Speaker")).toHaveValue("Giorgi Beridze");
  // The consistency check finds the quote in the body word for word.
  await expect(page.getByRole("region", { name: "Consistency check" }).getByRole("status")).toHaveText(
    "No problems found.",
  );
});

test("issue 12.3: Insert into body puts a quote's text, in quotation marks, where the body's cursor was", async ({
  page,
}) => {
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await body(page).fill("The minister spoke. Then the talks ended.");
  await selectInBody(page, "spoke.", { collapseToEnd: true });
  await field(page, "Headline").click();

  await tool(page, "Add quote").click();
  const row = quoteRow(page, 1);
  await field(row, "Quote text").fill("Rail is the future of this region.");
  await row.getByRole("button", { name: "Insert into body", exact: true }).click();
  await expect(body(page)).toHaveValue(
    "The minister spoke. “Rail is the future of this region.” Then the talks ended.",
  );
  // The preview shows the words as the quote's quotation.
  await expect(preview(page).getByRole("figure").locator("q")).toContainText("Rail is the future of this region");
});

test("issue 12.2: the body editor is axe clean, its preview sits beside the body on a wide screen and below it at 390 px, which it fits", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "writer");
  const { id } = await newDraft(page);
  await page.goto(`/admin/releases/${id}`);
  await expect(preview(page)).toBeVisible();
  await expect(page.getByRole("toolbar", { name: "Body formatting" })).toBeVisible();
  const wide = { body: (await body(page).boundingBox())!, preview: (await preview(page).boundingBox())! };
  expect(wide.preview.x).toBeGreaterThanOrEqual(wide.body.x + wide.body.width);
  await expectAccessible(page, "release editor with the body toolbar and preview");

  await page.setViewportSize({ width: 390, height: 844 });
  const narrow = { body: (await body(page).boundingBox())!, preview: (await preview(page).boundingBox())! };
  expect(narrow.preview.y).toBeGreaterThanOrEqual(narrow.body.y + narrow.body.height);
  const sizes = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(sizes.scroll, `the editor is ${sizes.scroll} px wide at 390 px`).toBeLessThanOrEqual(sizes.client);
  await expectAccessible(page, "release editor at 390 px");
});
