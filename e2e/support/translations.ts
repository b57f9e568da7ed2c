import { signIn } from "./pages";
import { expect, type Browser } from "./test";

// Issue 14: making a translation the way a newsroom does: a writer adds it on the original's editor
// page, writes its words and submits it; a second person (an editor) publishes it.

export interface TranslationWords {
  /** The option of the Translations section's "Language" select, e.g. "Russian (ru)". */
  label: string;
  headline: string;
  summary: string;
  body: string;
  /** Titles of the original's agreements, in order. */
  titles: string[];
  /** The original's one quote. */
  quote: string;
  /** The original's speaker, as the new translation's Speaker field must start; not checked when absent. */
  original?: string;
  /** The speaker's name as this language writes it, typed into Speaker when given. */
  speaker?: string;
}

/** Adds, translates, submits and publishes a translation of the release edited at `originalUrl`; returns its editor URL. */
export async function addAndPublishTranslation(
  browser: Browser,
  originalUrl: string,
  words: TranslationWords,
): Promise<string> {
  const writer = await (await browser.newContext()).newPage();
  await signIn(writer, "writer");
  await writer.goto(originalUrl);
  const section = writer.getByRole("region", { name: "Translations" });
  await section.getByLabel("Language", { exact: true }).selectOption({ label: words.label });
  await section.getByRole("button", { name: "Add translation" }).click();
  const originalId = new URL(originalUrl).pathname.split("/").pop()!;
  await expect(writer).toHaveURL(new RegExp(`/admin/releases/(?!${originalId})[^/?]+$`));
  const translationUrl = writer.url();
  const field = (label: string) => writer.getByLabel(label, { exact: true });
  // The structure came with it: the agreements and the quote, ready to be translated.
  await expect(writer.getByRole("group", { name: `Agreement ${words.titles.length}` })).toBeVisible();
  await field("Headline").fill(words.headline);
  await field("Summary").fill(words.summary);
  await field("Body").fill(words.body);
  for (const [i, title] of words.titles.entries())
    await writer
      .getByRole("group", { name: `Agreement ${i + 1}` })
      .getByLabel("Agreement title", { exact: true })
      .fill(title);
  const quote = writer.getByRole("group", { name: "Quote 1" });
  if (words.original) await expect(quote.getByLabel("Speaker", { exact: true })).toHaveValue(words.original);
  await quote.getByLabel("Quote text", { exact: true }).fill(words.quote);
  if (words.speaker) await quote.getByLabel("Speaker", { exact: true }).fill(words.speaker);
  await writer.getByRole("button", { name: "Save draft" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  await writer.context().close();

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(translationUrl);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await editor.context().close();
  return translationUrl;
}
