import type { ContactImportPlan } from "../domain/distribution/contacts-csv";

// The answers of /admin/contacts' forms. Each refused answer carries what was typed back.

export interface ContactFormValues {
  name: string;
  outlet: string;
  email: string;
  languages: string;
  beats: string;
  lists: string[];
}

export type ContactFormState =
  | { status: "idle" }
  | { status: "added"; email: string }
  | { status: "invalid" | "error"; message: string; fieldErrors: Record<string, string>; values: ContactFormValues };

/** How many preview rows the page shows (the import itself takes every accepted row). */
export const PREVIEW_ROWS = 200;

export type ContactImportState =
  | { status: "idle" }
  | {
      status: "preview";
      /** The file's text, posted again by "Import contacts" so the import is exactly what was previewed. */
      csv: string;
      fileName: string;
      plan: ContactImportPlan;
      newCount: number;
      updateCount: number;
    }
  | { status: "imported"; added: number; updated: number; rejected: ContactImportPlan["rejected"] }
  | { status: "error"; message: string; csv: string };

export type ContactRowState = { status: "idle" } | { status: "error"; message: string };
