import {
  contactRow,
  type ContactField,
  type ContactImportPlan,
  type ContactRow,
} from "../domain/distribution/contacts-csv";

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
  | {
      status: "invalid" | "error";
      message: string;
      fieldErrors: Partial<Record<ContactField, string>>;
      values: ContactFormValues;
    };

/**
 * "Add contact": languages and beats are typed separated by commas (or ";" as in a CSV cell); each
 * list is a checkbox, so its name is kept whole, commas and all, not parsed like a CSV cell.
 */
export function contactFromForm(values: ContactFormValues): ContactRow {
  const split = (typed: string) => typed.split(/[,;|]/);
  return contactRow({ ...values, languages: split(values.languages), beats: split(values.beats) });
}

/**
 * How many rows of each table the import's preview and report show. The state of the form travels to
 * the browser with every answer, so it holds these rows and the counts, never every row of the file
 * (5,000 at most); the import itself plans the whole file again.
 */
export const PREVIEW_ROWS = 200;

export interface ImportPreview {
  /** The first PREVIEW_ROWS accepted rows. */
  accepted: ContactImportPlan["accepted"];
  /** The first PREVIEW_ROWS rejected rows. */
  rejected: ContactImportPlan["rejected"];
  acceptedCount: number;
  rejectedCount: number;
  newCount: number;
  updateCount: number;
}

export function importPreview(plan: ContactImportPlan): ImportPreview {
  const updateCount = plan.accepted.filter((r) => r.existing).length;
  return {
    accepted: plan.accepted.slice(0, PREVIEW_ROWS),
    rejected: plan.rejected.slice(0, PREVIEW_ROWS),
    acceptedCount: plan.accepted.length,
    rejectedCount: plan.rejected.length,
    newCount: plan.accepted.length - updateCount,
    updateCount,
  };
}

export type ContactImportState =
  | { status: "idle" }
  | ({
      status: "preview";
      /** The file's text, posted again by "Import contacts" so the import is exactly what was previewed. */
      csv: string;
      fileName: string;
    } & ImportPreview)
  | {
      status: "imported";
      added: number;
      updated: number;
      /** The first PREVIEW_ROWS rejected rows. */
      rejected: ContactImportPlan["rejected"];
      rejectedCount: number;
    }
  | { status: "error"; message: string; csv: string };

export type ContactRowState = { status: "idle" } | { status: "error"; message: string };
