"use server";

import { revalidatePath } from "next/cache";
import { knownContactEmails, upsertContacts } from "@/lib/dal/distribution/contacts";
import { parseCsv } from "@/lib/domain/csv";
import { CONTACT_LIMITS, planContactImport } from "@/lib/domain/distribution/contacts-csv";
import { importPreview, PREVIEW_ROWS, type ContactImportState } from "@/lib/validation/contacts";
import { formString } from "@/lib/validation/form";
import { serverAction } from "../action";

/** The CSV posted: the file chosen in "CSV file", else the text of a previous preview or pasted in "CSV text". */
async function csvOf(form: FormData): Promise<{ csv: string; fileName: string } | { error: string }> {
  const file = form.get("csvFile");
  if (file instanceof File && file.size > 0) {
    if (file.size > CONTACT_LIMITS.bytes)
      return { error: `The file is larger than ${CONTACT_LIMITS.bytes / 1_000} KB: split it in two` };
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      return { csv: new TextDecoder("utf-8", { fatal: true }).decode(bytes), fileName: file.name.slice(0, 200) };
    } catch {
      return { error: "The file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”" };
    }
  }
  return {
    csv: formString(form, "csv").slice(0, CONTACT_LIMITS.bytes + 1),
    fileName: formString(form, "fileName").slice(0, 200),
  };
}

async function planOf(csv: string) {
  // The addresses the file names, to mark known ones as updates (one query, not one per row).
  const emails = parseCsv(csv)
    .slice(1, CONTACT_LIMITS.rows + 2)
    .flat()
    .map((cell) => cell.trim().toLowerCase())
    .filter((cell) => cell.includes("@") && cell.length <= CONTACT_LIMITS.email);
  return planContactImport(csv, await knownContactEmails(emails));
}

/**
 * "Preview import" then "Import contacts" on /admin/contacts. The preview says, row by row, what the
 * import will do; the import posts the same text back and plans it again (someone may have added a
 * contact in between), so nothing is written that was not shown, bar such an update.
 */
export const importContactsAction = serverAction(
  {
    name: "importContactsAction",
    permission: "contacts.manage",
    failed: (message: string, _prev: ContactImportState, form: FormData): ContactImportState => ({
      status: "error",
      message,
      csv: formString(form, "csv").slice(0, CONTACT_LIMITS.bytes),
    }),
  },
  async (user, _prev: ContactImportState, form: FormData): Promise<ContactImportState> => {
    const posted = await csvOf(form);
    if ("error" in posted) return { status: "error", message: posted.error, csv: "" };
    const { csv, fileName } = posted;
    if (csv.trim() === "") return { status: "error", message: "Choose a CSV file or paste its text", csv };
    const plan = await planOf(csv);
    if (plan.fileError) return { status: "error", message: plan.fileError, csv };
    // The preview and the report carry the first rows and the counts: the state goes to the browser.
    if (formString(form, "intent") !== "import") return { status: "preview", csv, fileName, ...importPreview(plan) };
    const { added, updated } = await upsertContacts(user, plan.accepted, "import");
    revalidatePath("/admin/contacts");
    return {
      status: "imported",
      added,
      updated,
      rejected: plan.rejected.slice(0, PREVIEW_ROWS),
      rejectedCount: plan.rejected.length,
    };
  },
);
