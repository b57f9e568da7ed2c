import { expect, type Browser, type Page, type Request } from "@playwright/test";
import { savedSession } from "./auth-state";
import { USERS, type RoleName } from "./db";
import { expectPageDraws } from "./rendering";

/** Starts the page's context signed in as the role, with the session e2e/auth.setup.ts saved. */
export async function signIn(page: Page, role: RoleName) {
  await page.context().addCookies(savedSession(role));
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
}

/** Signs in through the login form, as a person does. */
export async function signInWithForm(page: Page, role: RoleName) {
  const user = USERS[role];
  await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export interface AgreementData {
  type: string;
  title: string;
  parties: string[];
  note?: string;
}
export interface QuoteData {
  speaker: string;
  role: string;
  organisation: string;
  text: string;
}
export interface ReleaseData {
  headline: string;
  summary: string;
  body: string;
  place?: string;
  date: string;
  time: string;
  offset: string;
  issuer: string;
  sourceCredit?: string;
  countries: string;
  topics?: string;
  mediaContact?: { name: string; email: string; phone: string };
  agreements: AgreementData[];
  quotes: QuoteData[];
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Fills the release form as a person would, adding agreement and quote rows as needed. */
export async function fillRelease(page: Page, data: ReleaseData) {
  await field(page, "Headline").fill(data.headline);
  await field(page, "Summary").fill(data.summary);
  await field(page, "Body").fill(data.body);
  await field(page, "Dateline place").fill(data.place ?? "");
  await field(page, "Date").fill(data.date);
  await field(page, "Time").fill(data.time);
  await field(page, "UTC offset").fill(data.offset);
  await field(page, "Issuer").fill(data.issuer);
  await field(page, "Source credit").fill(data.sourceCredit ?? "");
  await field(page, "Countries").fill(data.countries);
  if (data.topics !== undefined) await field(page, "Topics").fill(data.topics);
  if (data.mediaContact) {
    await field(page, "Media contact name").fill(data.mediaContact.name);
    await field(page, "Media contact email").fill(data.mediaContact.email);
    await field(page, "Media contact phone").fill(data.mediaContact.phone);
  }
  // The first click of the form: where a page stopped drawing in three CI runs (see expectPageDraws).
  await expectPageDraws(page);
  for (const [i, a] of data.agreements.entries()) {
    await page.getByRole("button", { name: "Add agreement" }).click();
    const group = page.getByRole("group", { name: `Agreement ${i + 1}` });
    await group.getByLabel("Agreement type", { exact: true }).selectOption({ label: a.type });
    await group.getByLabel("Agreement title", { exact: true }).fill(a.title);
    await group.getByLabel("Parties", { exact: true }).fill(a.parties.join("\n"));
    if (a.note !== undefined) await group.getByLabel("Note", { exact: true }).fill(a.note);
  }
  for (const [i, q] of data.quotes.entries()) {
    await page.getByRole("button", { name: "Add quote" }).click();
    const group = page.getByRole("group", { name: `Quote ${i + 1}` });
    await group.getByLabel("Speaker", { exact: true }).fill(q.speaker);
    await group.getByLabel("Speaker role", { exact: true }).fill(q.role);
    await group.getByLabel("Speaker organisation", { exact: true }).fill(q.organisation);
    await group.getByLabel("Quote text", { exact: true }).fill(q.text);
  }
}

/** Asserts that every value of `data` is in the form (after a save, an error or a conflict). */
export async function expectFormHolds(page: Page, data: ReleaseData) {
  await expect(field(page, "Headline")).toHaveValue(data.headline);
  await expect(field(page, "Summary")).toHaveValue(data.summary);
  await expect(field(page, "Body")).toHaveValue(data.body);
  await expect(field(page, "Date")).toHaveValue(data.date);
  await expect(field(page, "Time")).toHaveValue(data.time);
  await expect(field(page, "UTC offset")).toHaveValue(data.offset);
  await expect(field(page, "Issuer")).toHaveValue(data.issuer);
  await expect(field(page, "Countries")).toHaveValue(data.countries);
  for (const [i, a] of data.agreements.entries()) {
    const group = page.getByRole("group", { name: `Agreement ${i + 1}` });
    await expect(group.getByLabel("Agreement title", { exact: true })).toHaveValue(a.title);
    await expect(group.getByLabel("Parties", { exact: true })).toHaveValue(a.parties.join("\n"));
  }
  for (const [i, q] of data.quotes.entries()) {
    const group = page.getByRole("group", { name: `Quote ${i + 1}` });
    await expect(group.getByLabel("Speaker", { exact: true })).toHaveValue(q.speaker);
    await expect(group.getByLabel("Quote text", { exact: true })).toHaveValue(q.text);
  }
}

export function sampleRelease(headline = unique("Ministers sign transport pact")): ReleaseData {
  return {
    headline,
    summary: "Two ministries agree on rail freight and customs cooperation.",
    // The body backs up every structured field, so the consistency check lets it through.
    body:
      "The ministers of Azerbaijan and Georgia met in the capital and signed the Memorandum of Understanding on rail freight " +
      "and the Protocol on customs cooperation.\n\nThey agreed to **expand** rail freight. " +
      '"This corridor will carry our goods to Europe faster than ever," said Leyla Mammadova, Deputy Minister.',
    place: "Baku",
    date: "2025-03-14",
    time: "16:30",
    offset: "+04:00",
    issuer: "Ministry of Transport",
    sourceCredit: "Press service",
    countries: "AZ, GE",
    agreements: [
      {
        type: "Memorandum of Understanding",
        title: "Memorandum of Understanding on rail freight",
        parties: ["Ministry of Transport of Azerbaijan", "Ministry of Economy of Georgia"],
      },
      {
        type: "Protocol",
        title: "Protocol on customs cooperation",
        parties: ["State Customs Committee", "Revenue Service"],
      },
    ],
    quotes: [
      {
        speaker: "Leyla Mammadova",
        role: "Deputy Minister",
        organisation: "Ministry of Transport",
        text: "This corridor will carry our goods to Europe faster than ever.",
      },
    ],
  };
}

/** A writer drafts the release and submits it for review; returns the editor URL. */
export async function draftAndSubmit(writer: Page, data: ReleaseData): Promise<string> {
  await writer.goto("/admin/releases/new");
  await fillRelease(writer, data);
  await writer.getByRole("button", { name: "Save draft" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  return writer.url().replace(/\?.*$/, "");
}

/** Writer drafts and submits, an editor (another person) publishes: the normal route to the public site. */
export async function publishThroughReview(
  browser: Browser,
  data: ReleaseData,
): Promise<{ editorPage: Page; editUrl: string }> {
  const writer = await (await browser.newContext()).newPage();
  await signIn(writer, "writer");
  const editUrl = await draftAndSubmit(writer, data);
  await writer.context().close();
  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, "editor");
  await editorPage.goto(editUrl);
  await editorPage.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  return { editorPage, editUrl };
}

/**
 * The writer on a release's editor page submits it; an editor (another person) publishes it. Returns the
 * public page's address, from the editor's "View public page" link.
 */
export async function submitAndPublish(writer: Page, browser: Browser): Promise<string> {
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  const editUrl = writer.url().replace(/\?.*$/, "");
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(editUrl);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const publicUrl = await editor.getByRole("link", { name: "View public page" }).getAttribute("href");
  await editor.context().close();
  return publicUrl!;
}

export const isFormPost = (r: Request) =>
  // Form posts only: autosaves and presence heartbeats are server-action posts too.
  r.method() === "POST" &&
  Boolean(r.headers()["next-action"]) &&
  (r.headers()["content-type"] ?? "").includes("multipart/form-data");

/** An autosave (or any other server action called from script, with a JSON body rather than a form). */
export const isAutosavePost = (r: Request) =>
  r.method() === "POST" &&
  Boolean(r.headers()["next-action"]) &&
  !(r.headers()["content-type"] ?? "").includes("multipart/form-data");

/**
 * A real "Save draft" post of a new release, as the browser sends it (stopped before it leaves).
 * Autosave, which would create the draft of a new release by itself (issue 12.1), is stopped too.
 */
export async function captureNewRelease(
  page: Page,
  headline: string,
): Promise<{ url: string; headers: Record<string, string>; body: Buffer }> {
  await page.route("**/admin/releases/**", (route) =>
    isFormPost(route.request()) || isAutosavePost(route.request()) ? route.abort() : route.continue(),
  );
  await page.goto("/admin/releases/new");
  await fillRelease(page, sampleRelease(headline));
  const [posted] = await Promise.all([
    page.waitForRequest(isFormPost),
    page.getByRole("button", { name: "Save draft" }).click(),
  ]);
  // The route stays: the page keeps its unsaved form, and its autosave, retried once the route was gone,
  // created the release behind the test's back (a clean-clone CI run failed so: a cross-site post
  // looked as if it had been let through). The tests go on with page.request, which no route touches.
  const headers = Object.fromEntries(
    Object.entries(posted.headers()).filter(([name]) => !["cookie", "content-length", "origin"].includes(name)),
  );
  return { url: posted.url(), headers, body: posted.postDataBuffer()! };
}
