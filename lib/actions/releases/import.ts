"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { SessionUser } from "../../auth/session";
import { listKnownPeople } from "../../dal/people";
import { createRelease } from "../../dal/releases";
import { extractRelease } from "../../domain/extractor";
import { detectLanguage } from "../../domain/language-detect";
import { env } from "../../env";
import { allowedNetworks } from "../../http/ssrf";
import { articleText } from "../../import/article";
import { fetchPublicPage } from "../../import/fetch-page";
import { formString } from "../../validation/form";
import { parseHighlights, rawTextSchema, type ImportActionState } from "../../validation/import";
import { proposalOf } from "../../validation/import-proposal";
import { LIMITS, fieldErrorsOf, releaseInputSchema, type FieldErrors } from "../../validation/release";
import { releaseValuesFromForm } from "../../validation/release-form";
import { serverAction } from "../action";

/**
 * "Import release": intent "extract" runs the extractor on the pasted text and answers with a
 * proposal to review; intent "create" makes a draft of what the person kept and edited.
 */
export const importReleaseAction = serverAction<[ImportActionState, FormData], ImportActionState>(
  {
    name: "importReleaseAction",
    permission: "release.create",
    failed: (message, _prev, form) => {
      // Nothing typed is lost: the pasted text, or the reviewed proposal with the person's edits.
      const rawText = formString(form, "rawText");
      const url = formString(form, "url");
      if (formString(form, "intent") !== "create")
        return { status: "invalid", stage: "paste", message, rawText, url, fieldErrors: {} };
      const values = releaseValuesFromForm(form);
      const highlights = parseHighlights(formString(form, "highlights"), rawText.length);
      const keepAgreements = values.agreements.map((_, i) => form.get(`agreements[${i}][keep]`) === "on");
      const keepQuotes = values.quotes.map((_, i) => form.get(`quotes[${i}][keep]`) === "on");
      return {
        status: "error",
        stage: "review",
        message,
        rawText,
        url,
        highlights,
        values,
        keepAgreements,
        keepQuotes,
        fieldErrors: {},
      };
    },
  },
  (user, _prev, form) => importRelease(user, form),
);

async function importRelease(user: SessionUser, form: FormData): Promise<ImportActionState> {
  const str = (name: string) => formString(form, name);
  const intent = str("intent");
  const url = str("url");
  // A refused address: the message goes next to its field, the pasted text stays.
  const refuse = (field: "url" | "rawText", message: string): ImportActionState => ({
    status: "invalid",
    stage: "paste",
    message,
    rawText: str("rawText"),
    url,
    fieldErrors: { [field]: message },
  });

  let rawText = str("rawText");
  let sourceCredit: string | null = null;
  if (intent === "url") {
    if (url.trim() === "") return refuse("url", "Enter the address of the release's page");
    const allowed = allowedNetworks(env().IMPORT_ALLOW_PRIVATE === "1" ? "0.0.0.0/0,::/0" : "");
    const page = await fetchPublicPage(url, allowed);
    if (!page.ok) return refuse("url", page.message);
    rawText = articleText(page.html);
    if (rawText.trim() === "") return refuse("url", "No article text found on this page");
    sourceCredit = page.url;
  }

  const raw = rawTextSchema.safeParse(rawText);
  if (!raw.success) {
    const message = raw.error.issues[0]?.message ?? "Paste the text of a release";
    const field = intent === "url" ? intent : "rawText";
    return refuse(field, message);
  }

  if (intent !== "create") {
    const extracted = extractRelease(raw.data, { knownPeople: await listKnownPeople() });
    const proposal = proposalOf(raw.data, extracted);
    // An imported page's address is its source credit.
    if (sourceCredit) proposal.values.sourceCredit = sourceCredit.slice(0, LIMITS.sourceCredit);
    // Issue 14: the text's language, else the default; the review shows it in "Language".
    proposal.values.language = detectLanguage(raw.data) ?? env().DEFAULT_LANGUAGE;
    return { status: "review", stage: "review", message: null, rawText, url, fieldErrors: {}, ...proposal };
  }

  // Only the rows the person kept become part of the release; errors point back at the row shown.
  const values = releaseValuesFromForm(form);
  const keepAgreements = values.agreements.map((_, i) => form.get(`agreements[${i}][keep]`) === "on");
  const keepQuotes = values.quotes.map((_, i) => form.get(`quotes[${i}][keep]`) === "on");
  const highlights = parseHighlights(str("highlights"), rawText.length);
  const agreementRows = keepAgreements.flatMap((keep, i) => (keep ? [i] : []));
  const quoteRows = keepQuotes.flatMap((keep, i) => (keep ? [i] : []));
  const parsed = releaseInputSchema.safeParse({
    ...values,
    agreements: agreementRows.map((i) => values.agreements[i]),
    quotes: quoteRows.map((i) => values.quotes[i]),
  });
  const review = { stage: "review" as const, rawText, url, highlights, values, keepAgreements, keepQuotes };
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const [key, message] of Object.entries(fieldErrorsOf(parsed.error))) {
      const row = /^(agreements|quotes)\.(\d+)\.(.*)$/.exec(key);
      const rows = row?.[1] === "agreements" ? agreementRows : quoteRows;
      fieldErrors[row ? `${row[1]}.${rows[Number(row[2])] ?? row[2]}.${row[3]}` : key] = message;
    }
    return { status: "invalid", ...review, message: "Some fields need attention: nothing was saved.", fieldErrors };
  }

  const result = await createRelease(user, parsed.data, { revisionNote: "Imported from pasted text" });
  revalidatePath("/admin");
  redirect(`/admin/releases/${result.id}?done=draft`);
}
