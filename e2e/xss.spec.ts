// XSS (issue #5): a corpus of payloads (e2e/support/xss-payloads.ts) goes in through every text field
// a person can type into — of a release (form fields, workflow reasons, the import box), a person
// (speaker name, role, organisation; aliases) and a user (name, email) — and Chromium must execute
// none of them on any page that shows the text: public pages, search (highlighted), feeds (opened as
// they are, served as XML, and shown by a minimal feed reader), sitemaps, JSON-LD, oEmbed (JSON and
// its HTML in a consumer page), share images, preview links, 404s with payloads in the address, and
// editor pages (dashboard, release editor, history and diff, audit log, users, import review).
//
// Execution is DETECTED, not grepped: every payload calls a detector with its own id if it runs
// (window.__xss, alert/confirm/prompt dialogs, a request to /xss-hit/<id>), and uncaught page errors
// count too. On top, a DOM audit of every page looks for event-handler attributes, javascript:/data:
// URLs (clicking any such link), injected frames/base/meta-refresh, and JSON-LD that does not parse
// back to the exact text.
//
// Every browser context runs with bypassCSP: true. The app is getting a strict Content-Security-
// Policy (another part of issue #5); this test proves that the OUTPUT ESCAPING holds on its own, so
// the CSP stays a second line of defence rather than the only one.
//
// Speed: the payloads are packed round-robin into a few releases instead of one release per payload
// (the whole spec runs in a few minutes). All release text goes in through the editor's form and the
// workflow forms, as a person's would; only the person aliases are written with SQL, because no
// screen edits aliases (the seed is their only other source).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "./support/test";
import { releaseByHeadline, sql } from "./support/db";
import { draftAndSubmit, fillRelease, publishThroughReview, signIn } from "./support/pages";
import { XSS_PAYLOADS, sanityClickTarget, sanityDocument, type XssPayload } from "./support/xss-payloads";
import { Detector, auditAndClick, auditDom, visit } from "./support/xss-detect";
import { ALL_TEXT, PayloadCycle, TAG, norm, planRelease, stored, type PlannedRelease } from "./support/xss-plan";

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** Whitespace collapsed as in meta descriptions. */
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
/** The element's text, compared after `norm` (Playwright's own text matching keeps control characters). */
const textOf = async (locator: Locator) => norm((await locator.first().textContent()) ?? "");
const expectTextIs = (locator: Locator, expected: string) => expect.poll(() => textOf(locator)).toBe(norm(expected));
const expectTextHas = (locator: Locator, expected: string) =>
  expect.poll(() => textOf(locator)).toContain(norm(expected));
const status = (page: Page, text: string) => expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();

/** A minimal feed reader: fetches ?src=, and shows each entry's texts as a reader would. */
const FEED_READER_PAGE = `<!doctype html><html><head><title>feed reader</title></head><body><div id="out"></div><script>
(async () => {
  const src = new URLSearchParams(location.search).get("src");
  const doc = new DOMParser().parseFromString(await (await fetch(src)).text(), "application/xml");
  const out = document.getElementById("out");
  const show = (text, asHtml) => {
    const div = document.createElement("div");
    if (asHtml) div.innerHTML = text; else div.textContent = text;
    out.append(div);
  };
  for (const el of doc.querySelectorAll("entry > title, entry > summary, entry > content")) show(el.textContent, el.getAttribute("type") === "html");
  for (const el of doc.querySelectorAll("item > title")) show(el.textContent, false);
  for (const el of doc.querySelectorAll("item > description")) show(el.textContent, true);
  for (const el of doc.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded")) show(el.textContent, true);
  if (doc.getElementsByTagName("parsererror").length > 0) throw new Error("the feed does not parse");
  document.body.dataset.entries = String(doc.querySelectorAll("entry, item").length);
})();
</script></body></html>`;

// ---------- tests ----------

test.describe("XSS: no payload runs anywhere", () => {
  test("sanity: each live payload, rendered WITHOUT escaping, fires the detector (so the main test cannot pass vacuously)", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const detector = new Detector(browser);
    const context = await detector.newContext();
    // Served from the app's origin, so relative /xss-hit/… URLs and the bindings behave as on real pages.
    await context.route(/\/xss-sandbox\//, (route) => {
      const url = new URL(route.request().url());
      const payload = XSS_PAYLOADS.find((p) => p.id === Number(url.searchParams.get("id")));
      if (!payload || !url.pathname.endsWith("/doc")) return route.fulfill({ status: 404, body: "" });
      const doc = sanityDocument(payload);
      return route.fulfill({ status: 200, body: doc.body, contentType: doc.contentType });
    });
    const page = await context.newPage();
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(XSS_PAYLOADS.map((p) => p.text)).size).toBe(XSS_PAYLOADS.length);
    const live = XSS_PAYLOADS.filter((p) => p.live);
    expect(live.length).toBeGreaterThanOrEqual(50);
    for (const payload of live) {
      detector.step = `sanity ${payload.id}`;
      await page.goto(`/xss-sandbox/doc?id=${payload.id}`);
      const target = sanityClickTarget(payload);
      // force: a busy machine can keep an element "unstable" for long; the click itself is what counts.
      if (target) await page.locator(target).first().click({ force: true, noWaitAfter: true });
      await expect
        .poll(() => detector.hits.some((h) => h.id === payload.id), {
          message: `payload ${payload.id} ${JSON.stringify(payload.text)} did not fire unescaped`,
        })
        .toBe(true);
    }
    // The DOM audit sees injected markup too.
    await page.goto(`/xss-sandbox/doc?id=${XSS_PAYLOADS.find((p) => p.live?.click === "a")!.id}`);
    expect(await page.evaluate(auditDom)).toEqual([expect.stringContaining('href="javascript:')]);
    await context.close();
  });

  test("payloads typed into every release, person and user field execute on no public, feed, embed or editor page", async ({
    browser,
  }) => {
    // Minutes, not seconds: a few releases typed in full and some sixty pages visited.
    test.setTimeout(540_000);
    const detector = new Detector(browser);
    const cycle = new PayloadCycle();

    // The plan: A carries the whole corpus in its body and quote 1; attribute contexts (title, meta,
    // og:*, alt, article:tag, people's titles and descriptions) are spread over A, B and as many more
    // live releases as it takes (none, with the corpus as it is).
    const a = planRelease("A", cycle, { everything: true });
    const b = planRelease("B", cycle);
    const extras: PlannedRelease[] = [];
    const attributeCovered = () => new Set([a, b, ...extras].flatMap((r) => [...r.attributeIds]));
    while (!cycle.attributeCoverageComplete && extras.length < 3)
      extras.push(planRelease(String.fromCharCode(68 + extras.length), cycle));
    expect(attributeCovered().size, "every payload goes into an attribute context of a live release").toBe(
      XSS_PAYLOADS.length,
    );
    const c = planRelease("C", cycle, { consistent: false, small: true }); // force-published, then withdrawn
    const live = [a, b, ...extras];

    // ---- a user whose name and email are payloads, created through /admin/users ----
    detector.step = "create the payload user";
    const admin = await detector.newPage();
    await signIn(admin, "admin");
    const userName = `${TAG} ${cycle.take(190, { singleLine: true }).text}`;
    // The email schema allows only letters, digits and _'+-. in the local part: a quote-breakout probe.
    const userEmail = `xss.${TAG}'-confirm-'x@xss.example.org`;
    const oneTime = "one-time-password-xss-1";
    await admin.goto("/admin/users");
    await field(admin, "Name").fill(userName);
    await field(admin, "Email").fill(userEmail);
    await field(admin, "Role").selectOption({ label: "Writer" });
    await field(admin, "Password").fill(oneTime);
    await admin.getByRole("button", { name: "Create user" }).click();
    await status(admin, "User created");
    await expectTextHas(admin.getByRole("row").filter({ hasText: userEmail }), userName);
    const author = await detector.newPage();
    await author.goto("/login");
    await field(author, "Email").fill(userEmail);
    await field(author, "Password").fill(oneTime);
    await author.getByRole("button", { name: "Sign in" }).click();
    await expect(author).toHaveURL(/\/admin\/account$/);
    await field(author, "Current password").fill(oneTime);
    await field(author, "New password").fill("xss-author-own-password-2");
    await author.getByRole("button", { name: "Change password" }).click();
    await status(author, "Password changed");

    // ---- A: a writer drafts and submits, an editor publishes ----
    detector.step = "release A through review";
    const { editorPage: editor, editUrl: aEdit } = await publishThroughReview(detector.asBrowser(), a.data);

    // ---- B: the payload user writes it; the editor sees "‹name› is also editing" and publishes ----
    detector.step = "release B by the payload user";
    const bEdit = await draftAndSubmit(author, b.data);
    await editor.goto(bEdit, { waitUntil: "networkidle" });
    await expectTextHas(editor.getByRole("status", { name: "Also editing" }), `${userName} is also editing`);
    await auditAndClick(detector, editor);
    await editor.getByRole("button", { name: "Publish", exact: true }).click();
    await status(editor, "Published");

    for (const [i, extra] of extras.entries()) {
      detector.step = `release ${String.fromCharCode(68 + i)} through review`;
      const { editorPage } = await publishThroughReview(detector.asBrowser(), extra.data);
      await editorPage.context().close();
    }

    // ---- C: a validation error echoes input; then force-published with a reason, then withdrawn ----
    detector.step = "release C: draft, force publish, withdraw";
    const writer = await detector.newPage();
    await signIn(writer, "writer");
    await writer.goto("/admin/releases/new");
    await fillRelease(writer, { ...c.data, countries: cycle.take(200, { singleLine: true }).text });
    await writer.getByRole("button", { name: "Save draft" }).click();
    await expect(writer.getByRole("alert", { name: "Save problem" })).toBeVisible();
    await auditAndClick(detector, writer);
    await field(writer, "Countries").fill("AZ");
    await writer.getByRole("button", { name: "Save draft" }).click();
    await status(writer, "Draft saved.");
    const cEdit = writer.url().replace(/\?.*$/, "");
    await admin.goto(cEdit);
    const forceReason = cycle.take(1990).text;
    await field(admin, "Reason for publishing without review").fill(forceReason);
    await admin.getByRole("button", { name: "Force publish" }).click();
    await status(admin, "Force-published");
    await expectTextHas(admin.locator(".workflow-facts"), `Reason: ${forceReason}. Needs a review by someone else.`);
    await auditAndClick(detector, admin);
    const cRelease = (await releaseByHeadline(c.data.headline))!;
    const anon = await detector.newPage();
    await visit(detector, anon, `/releases/${cRelease.slug}`, { step: "C live (force-published)" });
    await admin.goto(cEdit);
    const withdrawReason = cycle.take(1990).text;
    await field(admin, "Reason").fill(withdrawReason);
    await admin.getByRole("button", { name: "Withdraw" }).click();
    await status(admin, "Withdrawn");

    // ---- person aliases: no screen edits them, so SQL (see the header). Before A's correction is
    // published, so the public pages are fresh when visited. ----
    await sql(`UPDATE "Person" SET aliases = $2 WHERE name = $1`, [
      stored(a.data.quotes[0]!.speaker),
      XSS_PAYLOADS.filter((p) => !p.text.includes("\n")).map((p) => stored(p.text)),
    ]);

    // ---- A corrected: change note, body edits, an inconsistent quote (publish-anyway reasons), a
    // preview link, a rejection remark, then published again ----
    detector.step = "release A: correction";
    await editor.goto(aEdit);
    const changeNote = cycle.take(1000).text;
    const added = cycle.take(600).text;
    await field(editor, "Change note").fill(changeNote);
    await field(editor, "Body").fill(`${a.data.body.replace(`\n\n${XSS_PAYLOADS[0]!.text}\n\n`, "\n\n")}\n\n${added}`);
    await editor.getByRole("button", { name: "Add quote" }).click();
    const quote3 = editor.getByRole("group", { name: "Quote 3" });
    await quote3.getByLabel("Speaker", { exact: true }).fill(`${TAG} ${cycle.take(150, { singleLine: true }).text}`);
    await quote3.getByLabel("Quote text", { exact: true }).fill(cycle.take(800).text);
    await editor.getByRole("button", { name: "Save draft" }).click();
    await status(editor, "Draft saved.");
    await auditAndClick(detector, editor); // the draft in the form, and the consistency report quoting it
    await editor.getByLabel("Expires in", { exact: true }).selectOption({ label: "1 hour" });
    await editor.getByRole("button", { name: "Create preview link" }).click();
    await expect(field(editor, "Preview link")).toHaveValue(/\/preview\//);
    const previewUrl = await field(editor, "Preview link").inputValue();
    await visit(detector, anon, previewUrl, { step: "preview link of A's correction" });
    await expectTextIs(anon.getByRole("heading", { level: 1 }), a.data.headline);

    const anywayReason = cycle.take(1990).text;
    const submitStep = (page: Page) => page.getByRole("form", { name: "Submit for review" });
    await submitStep(editor).getByLabel("Reason to publish anyway", { exact: true }).fill(anywayReason);
    await submitStep(editor).getByRole("button", { name: "Submit for review" }).click();
    await status(editor, "Submitted for review.");
    await admin.goto(aEdit, { waitUntil: "networkidle" });
    await auditAndClick(detector, admin);
    await field(admin, "Remark").fill(cycle.take(1990).text);
    await admin.getByRole("button", { name: "Reject" }).click();
    await status(admin, "Rejected");
    await editor.goto(aEdit, { waitUntil: "networkidle" });
    await expect(editor.getByRole("note", { name: "Reviewer's remark" })).toBeVisible();
    await auditAndClick(detector, editor);
    await submitStep(editor).getByLabel("Reason to publish anyway", { exact: true }).fill(anywayReason);
    await submitStep(editor).getByRole("button", { name: "Submit for review" }).click();
    await status(editor, "Submitted for review.");
    await admin.goto(aEdit);
    await admin.locator("textarea#publish-publishAnywayReason").fill(cycle.take(1990).text);
    await admin.getByRole("button", { name: "Publish", exact: true }).click();
    await status(admin, "Published");

    // ---- the import box: pasted text with payloads, extracted and marked up for review ----
    detector.step = "import";
    const seedText = readFileSync(
      path.join(__dirname, "../test/fixtures/extract/press-release-2024-07-04-azerbaijan-china.txt"),
      "utf8",
    );
    await writer.goto("/admin/releases/import");
    await field(writer, "Raw text").fill(
      `${seedText}\n\n${XSS_PAYLOADS.map((p) => p.text).join("\n\n")}\n\n"${cycle.take(300, { singleLine: true }).text}," said ${TAG} Aykhan Hajizade.`,
    );
    await writer.getByRole("button", { name: "Extract", exact: true }).click();
    await expectTextHas(writer.locator(".import-source"), ALL_TEXT.slice(0, 200));
    await auditAndClick(detector, writer);

    const aRelease = (await releaseByHeadline(a.data.headline))!;
    const people = await sql<{ id: string; slug: string; name: string }>(
      `SELECT DISTINCT p.id, p.slug, p.name FROM "Person" p JOIN "Quote" q ON q."personId" = p.id JOIN "Edition" e ON e.id = q."editionId"
       WHERE e."releaseId" = ANY($1)`,
      [await Promise.all([a, b, ...extras].map(async (r) => (await releaseByHeadline(r.data.headline))!.id))],
    );
    expect(people.length).toBe(2 * live.length + 1);

    // ---- every public place the text shows, as an anonymous reader ----
    for (const [i, release] of live.entries()) {
      const { slug } = (await releaseByHeadline(release.data.headline))!;
      const headline = stored(release.data.headline);
      await visit(detector, anon, `/releases/${slug}`);
      await expectTextIs(anon.getByRole("heading", { level: 1 }), headline);
      await expect(anon.locator('meta[property="og:title"]')).toHaveAttribute("content", headline);
      await expect(anon.locator('meta[name="description"]')).toHaveAttribute("content", collapse(release.data.summary));
      // JSON-LD: one block that parses back to exactly the text that was typed.
      const blocks = await anon.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks).toHaveLength(1);
      const ld = JSON.parse(blocks[0]!) as {
        headline: string;
        hasPart: Array<{ "@type": string; text?: string; creator?: { name: string } }>;
      };
      expect(ld.headline).toBe(headline);
      const quotations = ld.hasPart.filter((part) => part["@type"] === "Quotation");
      expect(quotations[0]!.text!.replace(/\r\n/g, "\n")).toBe(stored(release.data.quotes[0]!.text));
      expect(quotations[0]!.creator!.name).toBe(stored(release.data.quotes[0]!.speaker));
      if (i === 0) {
        // Every payload is on the page as text: the plain-text rendering had them all to escape.
        expect(norm((await anon.locator("#quote-1 blockquote").textContent()) ?? "")).toBe(norm(ALL_TEXT));
      }
      // The share image, opened as a document, and the oEmbed answer (as a document and its HTML embedded).
      const image = await anon.locator('meta[property="og:image"]').getAttribute("content");
      const oembed = await anon.locator('link[type="application/json+oembed"]').getAttribute("href");
      await visit(detector, anon, new URL(image!).pathname + new URL(image!).search, { html: false });
      const oembedPath = new URL(oembed!).pathname + new URL(oembed!).search;
      await visit(detector, anon, oembedPath, { html: false });
      const embed = (await (await anon.context().request.get(oembedPath)).json()) as { html: string; title: string };
      expect(embed.title).toBe(headline);
      await anon.context().route(/\/xss-sandbox\/oembed-consumer$/, (route) =>
        route.fulfill({
          status: 200,
          contentType: "text/html; charset=utf-8",
          body: `<!doctype html><title>consumer</title><body>${embed.html}</body>`,
        }),
      );
      await visit(detector, anon, "/xss-sandbox/oembed-consumer", {
        step: `oEmbed html of ${slug} in a consumer page`,
      });
      await expectTextIs(anon.locator("blockquote.pressroom-embed a"), headline);
      await anon.context().unroute(/\/xss-sandbox\/oembed-consumer$/);
    }
    await visit(detector, anon, `/releases/${cRelease.slug}`, { step: "C withdrawn" });
    await expect(anon.getByText("This release was withdrawn")).toBeVisible();
    for (const person of people) {
      await visit(detector, anon, `/people/${person.slug}`);
      await expectTextIs(anon.getByRole("heading", { level: 1 }), person.name);
    }

    const single = XSS_PAYLOADS.filter((p) => !p.text.includes("\n"));
    const query = (kinds: XssPayload["kind"][]) =>
      cycleText(
        single.filter((p) => kinds.includes(p.kind)),
        190,
      );
    const listingUrls = [
      "/",
      "/?q=xss",
      // Payloads in every parameter: echoed into the filter form's fields and the notes on bad values.
      `/?${new URLSearchParams({ q: query(["attribute", "template"]), issuer: query(["event"]), speaker: query(["markdown", "svg"]), from: query(["script"]), to: query(["broken"]), country: query(["url"]) })}`,
      `/?${new URLSearchParams({ q: query(["script", "event"]), issuer: query(["unicode"]), speaker: query(["attribute"]), type: query(["css", "meta"]) })}`,
      "/agreements",
      `/agreements?${new URLSearchParams({ party: query(["attribute", "event"]), type: query(["script"]), to: query(["broken"]) })}`,
    ];
    for (const url of listingUrls) await visit(detector, anon, url);
    // Search results are highlighted (ts_headline): A must be among them, its headline text intact.
    await visit(detector, anon, `/?q=${encodeURIComponent(`xss ${TAG}`)}`);
    await expectTextIs(anon.locator(".release-list h2 a").filter({ hasText: `XSS A ${TAG}` }), a.data.headline);
    await expect(anon.locator(".release-list mark").first()).toBeVisible();

    // Feeds, three ways. (1) Opened as they are: Chromium shows Atom and RSS as plain text.
    // (2) Served as application/xml (as a proxy or a misconfigured server might): Chromium parses
    // them and would run any XHTML <script> in them; they must parse, with the headline intact.
    // (3) As a feed reader shows them: Atom's type="html" texts and RSS descriptions/content are HTML
    // and go into a page through innerHTML (RSS titles are plain text by convention, so textContent).
    const xmlMirror = /\/xss-sandbox\/as-xml\?/;
    const reader = /\/xss-sandbox\/feed-reader\?/;
    await anon.context().route(xmlMirror, async (route) => {
      const source = new URL(route.request().url()).searchParams.get("src")!;
      await route.fulfill({
        status: 200,
        contentType: "application/xml; charset=utf-8",
        body: await (await anon.context().request.get(source)).text(),
      });
    });
    await anon
      .context()
      .route(reader, (route) =>
        route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: FEED_READER_PAGE }),
      );
    for (const feed of ["/feed.xml", "/rss.xml"]) {
      await visit(detector, anon, feed, { html: false });
      await visit(detector, anon, `/xss-sandbox/as-xml?src=${encodeURIComponent(feed)}`, {
        html: false,
        step: `${feed} served as application/xml`,
      });
      const xml = await anon.evaluate(() => ({
        errors: document.getElementsByTagName("parsererror").length,
        titles: Array.from(document.getElementsByTagName("title"), (t) => t.textContent ?? ""),
      }));
      expect(xml.errors, `${feed} parses`).toBe(0);
      // Atom titles are type="html": escaped HTML, so one more unescaping gives the headline.
      const unescape = (t: string) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
      expect(
        xml.titles.map((t) => norm(feed === "/feed.xml" ? unescape(t) : t)),
        `${feed} has A's headline`,
      ).toContain(norm(a.data.headline));
      await visit(detector, anon, `/xss-sandbox/feed-reader?src=${encodeURIComponent(feed)}`, {
        step: `${feed} in a feed reader`,
      });
      await expect(anon.locator("body[data-entries]")).toHaveCount(1);
      await auditAndClick(detector, anon); // again, now that the entries are in
      const shown = await anon.locator("#out > div").allTextContents();
      expect(shown.map(norm), `${feed}: the reader shows A's headline as text`).toContain(norm(a.data.headline));
    }
    await anon.context().unroute(xmlMirror);
    await anon.context().unroute(reader);
    for (const sitemap of ["/sitemap.xml", "/news-sitemap.xml"]) {
      await visit(detector, anon, sitemap, { html: false });
      expect(await anon.evaluate(() => document.getElementsByTagName("parsererror").length), `${sitemap} parses`).toBe(
        0,
      );
    }
    // Addresses that are not pages: the 404 page must not echo them into markup either.
    await visit(detector, anon, `/releases/${encodeURIComponent(query(["attribute"]))}`, { status: 404 });
    await visit(detector, anon, `/people/${encodeURIComponent(query(["script", "event"]))}`, { status: 404 });

    // ---- editor pages, as the admin (everything) and the payload user ----
    const userRow = (
      await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [userEmail.toLowerCase()])
    )[0]!;
    const revisions = await sql<{ id: string }>(
      `SELECT id FROM "Revision" WHERE "releaseId" = $1 ORDER BY "createdAt"`,
      [aRelease.id],
    );
    const editorUrls = [
      "/admin",
      // (C's editor page was checked while it was force-published.)
      ...(
        await Promise.all([a, b, ...extras].map(async (r) => (await releaseByHeadline(r.data.headline))!.id))
      ).flatMap((id) => [`/admin/releases/${id}`, `/admin/releases/${id}/history`]),
      `/admin/releases/${aRelease.id}/history?from=${revisions[0]!.id}&to=${revisions.at(-1)!.id}`,
      `/admin/audit?user=${userRow.id}`,
      `/admin/audit?${new URLSearchParams({ release: query(["attribute"]), action: query(["script"]), from: query(["event"]), to: query(["url"]) })}`,
      "/admin/users",
    ];
    for (const url of editorUrls) await visit(detector, admin, url, { step: `admin: ${url}` });
    await expectTextHas(admin.getByRole("row").filter({ hasText: userEmail }), userName);
    // The payload user's own pages carry their name in the header.
    await visit(detector, author, "/admin", { step: "the payload user's dashboard" });

    test.info().annotations.push({ type: "pages visited", description: detector.visited.join(" ") });
    if (detector.consoleErrors.length > 0)
      test.info().annotations.push({ type: "console errors", description: detector.consoleErrors.join("\n") });
    expect(detector.newSinceLastCheck(), "no payload may run, and no page may contain markup that could run one").toBe(
      "",
    );
    expect(detector.report(), "everything recorded during the test").toBe("");
  });
});

/** Payloads joined by spaces up to `max` characters (for query strings). */
function cycleText(payloads: XssPayload[], max: number): string {
  let out = "";
  for (const p of payloads) if (out.length + p.text.length + 1 <= max) out += `${out ? " " : ""}${p.text}`;
  return out;
}
