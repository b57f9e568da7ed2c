"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { listKnownPeople } from "@/lib/dal/people";
import { createRelease } from "@/lib/dal/releases";
import { extractRelease } from "@/lib/domain/extractor";
import { parseHighlights, rawTextSchema, type ImportActionState } from "@/lib/validation/import";
import { fieldErrorsOf, releaseInputSchema, releaseValuesFromForm, type FieldErrors } from "@/lib/validation/release";
import { proposalOf } from "./proposal";

/**
 * "Import release": intent "extract" runs the extractor on the pasted text and answers with a
 * proposal to review; intent "create" makes a draft of what the person kept and edited.
 */
export async function importReleaseAction(_prev: ImportActionState, form: FormData): Promise<ImportActionState> {
  return whenDatabaseDown(
    "importReleaseAction",
    () => importRelease(form),
    (message) => {
      // Nothing typed is lost: the pasted text, or the reviewed proposal with the person's edits.
      const rawText = typeof form.get("rawText") === "string" ? String(form.get("rawText")) : "";
      if (form.get("intent") !== "create")
        return { status: "invalid", stage: "paste", message, rawText, fieldErrors: {} };
      const values = releaseValuesFromForm(form);
      const highlights = parseHighlights(
        typeof form.get("highlights") === "string" ? String(form.get("highlights")) : "",
        rawText.length,
      );
      const keepAgreements = values.agreements.map((_, i) => form.get(`agreements[${i}][keep]`) === "on");
      const keepQuotes = values.quotes.map((_, i) => form.get(`quotes[${i}][keep]`) === "on");
      return {
        status: "error",
        stage: "review",
        message,
        rawText,
        highlights,
        values,
        keepAgreements,
        keepQuotes,
        fieldErrors: {},
      };
    },
  );
}

async function importRelease(form: FormData): Promise<ImportActionState> {
  const str = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const rawText = str("rawText");
  const auth = await authorizeAction("release.create");
  if (!auth.ok) return { status: "invalid", stage: "paste", message: auth.message, rawText, fieldErrors: {} };

  const raw = rawTextSchema.safeParse(rawText);
  if (!raw.success) {
    const message = raw.error.issues[0]?.message ?? "Paste the text of a release";
    return { status: "invalid", stage: "paste", message, rawText, fieldErrors: { rawText: message } };
  }

  if (str("intent") !== "create") {
    const extracted = extractRelease(raw.data, { knownPeople: await listKnownPeople() });
    return {
      status: "review",
      stage: "review",
      message: null,
      rawText,
      fieldErrors: {},
      ...proposalOf(raw.data, extracted),
    };
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
  const review = { stage: "review" as const, rawText, highlights, values, keepAgreements, keepQuotes };
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const [key, message] of Object.entries(fieldErrorsOf(parsed.error))) {
      const row = /^(agreements|quotes)\.(\d+)\.(.*)$/.exec(key);
      const rows = row?.[1] === "agreements" ? agreementRows : quoteRows;
      fieldErrors[row ? `${row[1]}.${rows[Number(row[2])] ?? row[2]}.${row[3]}` : key] = message;
    }
    return { status: "invalid", ...review, message: "Some fields need attention: nothing was saved.", fieldErrors };
  }

  const result = await createRelease(auth.user, parsed.data, { revisionNote: "Imported from pasted text" });
  revalidatePath("/admin");
  redirect(`/admin/releases/${result.id}?saved=draft`);
}
