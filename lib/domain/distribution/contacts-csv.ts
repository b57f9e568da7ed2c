// Media contacts in CSV (issue 16): the import's parsing, validation and de-duplication, and the
// export's quoting. Pure, so the preview the editor sees and the import that follows it are the same
// computation on the same text.

import { z } from "zod";
import { parseCsv } from "../csv";

export const CONTACT_LIMITS = {
  /** A media list of a national press office is a few thousand addresses; more is a mistake. */
  rows: 5_000,
  // Under the server actions' 1 MB body limit (next.config.js), with room for the form around it.
  bytes: 900_000,
  name: 200,
  outlet: 200,
  email: 254,
  listName: 100,
  beat: 60,
  perCell: 20,
} as const;

export const CONTACT_CSV_COLUMNS = ["name", "outlet", "email", "languages", "beats", "lists"] as const;
type Column = (typeof CONTACT_CSV_COLUMNS)[number];

/** Header spellings seen in spreadsheets exported from mail tools and CRMs. */
const HEADER_ALIASES: Record<string, Column> = {
  name: "name",
  "full name": "name",
  fullname: "name",
  contact: "name",
  outlet: "outlet",
  organisation: "outlet",
  organization: "outlet",
  publication: "outlet",
  media: "outlet",
  email: "email",
  "e-mail": "email",
  "email address": "email",
  mail: "email",
  languages: "languages",
  language: "languages",
  beats: "beats",
  beat: "beats",
  topics: "beats",
  lists: "lists",
  list: "lists",
};

export interface ContactRow {
  name: string;
  outlet: string;
  email: string;
  languages: string[];
  beats: string[];
  lists: string[];
}

export type ContactField = keyof ContactRow;

/** What is wrong with a contact, and the field (the CSV column) to fix. */
export interface ContactProblem {
  field: ContactField;
  message: string;
}

export interface RejectedRow {
  /** The line's number in the file (1 is the header). */
  line: number;
  email: string;
  field: ContactField;
  reason: string;
}

export interface ContactImportPlan {
  /** Rows to write: new addresses and updates of known ones. */
  accepted: Array<ContactRow & { line: number; existing: boolean }>;
  rejected: RejectedRow[];
  /** A problem with the whole file (no email column, too many rows): nothing is imported. */
  fileError: string | null;
}

// zod's pattern, not a hand-written one: it refuses what mail servers refuse (two dots in a row, a
// leading dot, a one-letter top-level domain, a domain starting with a hyphen).
const EMAIL = z.email();
const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** What separates the values of a languages, beats or lists cell; a list's name may not hold them. */
export const LIST_NAME_SEPARATORS = /[;|]/;

const tidy = (value: string) => value.trim().replace(/\s+/g, " ");

/** Values of one cell, or of a form field, tidied and without repeats. */
const distinct = (values: readonly string[]) => [...new Set(values.map(tidy).filter(Boolean))];

const cellList = (value: string) => value.split(LIST_NAME_SEPARATORS);

/** Checks a list's name (tidied): "Create list" and every list a contact names. */
export function listNameProblem(name: string): string | null {
  if (!name) return "Enter the list's name";
  if (name.length > CONTACT_LIMITS.listName) return `At most ${CONTACT_LIMITS.listName} characters`;
  // Exported and imported files keep a contact's lists in one cell: "A; B" would come back as two lists.
  if (LIST_NAME_SEPARATORS.test(name))
    return "A list name cannot hold “;” or “|”: they separate list names in a CSV file";
  return null;
}

/** Checks one contact; names the field to fix. Shared by the CSV import and the "Add contact" form. */
export function contactProblem(row: ContactRow): ContactProblem | null {
  const problem = (field: ContactField, message: string) => ({ field, message });
  if (!row.email) return problem("email", "Email is missing");
  if (row.email.length > CONTACT_LIMITS.email || !EMAIL.safeParse(row.email).success)
    return problem("email", `Email "${row.email}" is not an address`);
  if (!row.name) return problem("name", "Name is missing");
  if (row.name.length > CONTACT_LIMITS.name)
    return problem("name", `Name is longer than ${CONTACT_LIMITS.name} characters`);
  if (row.outlet.length > CONTACT_LIMITS.outlet)
    return problem("outlet", `Outlet is longer than ${CONTACT_LIMITS.outlet} characters`);
  if (row.languages.length > CONTACT_LIMITS.perCell)
    return problem("languages", `At most ${CONTACT_LIMITS.perCell} languages per contact`);
  const badLanguage = row.languages.find((l) => !LANGUAGE.test(l));
  if (badLanguage)
    return problem("languages", `Language "${badLanguage}" is not a language code such as en, az or zh-Hans`);
  if (row.beats.length > CONTACT_LIMITS.perCell)
    return problem("beats", `At most ${CONTACT_LIMITS.perCell} beats per contact`);
  if (row.beats.some((b) => b.length > CONTACT_LIMITS.beat))
    return problem("beats", `A beat is longer than ${CONTACT_LIMITS.beat} characters`);
  if (row.lists.length > CONTACT_LIMITS.perCell)
    return problem("lists", `At most ${CONTACT_LIMITS.perCell} lists per contact`);
  if (row.lists.some((l) => l.length > CONTACT_LIMITS.listName))
    return problem("lists", `A list name is longer than ${CONTACT_LIMITS.listName} characters`);
  // Only a forged form, or a list named before this check, gets here: CSV cells are split on these.
  const joined = row.lists.find((l) => LIST_NAME_SEPARATORS.test(l));
  if (joined) return problem("lists", `List “${joined}” holds “;” or “|”, which separate list names in a CSV file`);
  return null;
}

/** A contact from values already split (the form's lists are whole names): tidied, email lower-cased. */
export function contactRow(fields: {
  name: string;
  outlet: string;
  email: string;
  languages: readonly string[];
  beats: readonly string[];
  lists: readonly string[];
}): ContactRow {
  return {
    name: tidy(fields.name),
    outlet: tidy(fields.outlet),
    email: fields.email.trim().toLowerCase(),
    languages: distinct(fields.languages.map((l) => l.toLowerCase())),
    beats: distinct(fields.beats),
    lists: distinct(fields.lists),
  };
}

/** A contact from a CSV row's cells: several languages, beats or lists to a cell, split on ";" or "|". */
export function normaliseContact(raw: Partial<Record<Column, string>>): ContactRow {
  return contactRow({
    name: raw.name ?? "",
    outlet: raw.outlet ?? "",
    email: raw.email ?? "",
    languages: cellList(raw.languages ?? ""),
    beats: cellList(raw.beats ?? ""),
    lists: cellList(raw.lists ?? ""),
  });
}

/**
 * What importing `text` would do, given the addresses already known: each row accepted (new or an
 * update of a known address) or rejected with its reason; a repeated address keeps its first row.
 */
export function planContactImport(text: string, knownEmails: ReadonlySet<string>): ContactImportPlan {
  const plan: ContactImportPlan = { accepted: [], rejected: [], fileError: null };
  if (text.length > CONTACT_LIMITS.bytes) {
    plan.fileError = `The file is larger than ${CONTACT_LIMITS.bytes / 1_000} KB: split it in two`;
    return plan;
  }
  const rows = parseCsv(text);
  if (rows.length === 0) {
    plan.fileError = "The file is empty";
    return plan;
  }
  const header = rows[0]!.map((h) => HEADER_ALIASES[h.trim().toLowerCase()] ?? null);
  if (!header.includes("email")) {
    plan.fileError = `The first line must name the columns, one of them "email" (columns: ${CONTACT_CSV_COLUMNS.join(", ")})`;
    return plan;
  }
  if (rows.length - 1 > CONTACT_LIMITS.rows) {
    plan.fileError = `At most ${CONTACT_LIMITS.rows.toLocaleString("en")} contacts per file`;
    return plan;
  }
  const firstLineOf = new Map<string, number>();
  rows.slice(1).forEach((cells, index) => {
    const line = index + 2;
    const raw: Partial<Record<Column, string>> = {};
    header.forEach((column, i) => {
      if (column && raw[column] === undefined) raw[column] = cells[i] ?? "";
    });
    const contact = normaliseContact(raw);
    const problem = contactProblem(contact);
    if (problem)
      return plan.rejected.push({ line, email: contact.email, field: problem.field, reason: problem.message });
    const seen = firstLineOf.get(contact.email);
    if (seen !== undefined)
      return plan.rejected.push({ line, email: contact.email, field: "email", reason: `Same address as line ${seen}` });
    firstLineOf.set(contact.email, line);
    plan.accepted.push({ ...contact, line, existing: knownEmails.has(contact.email) });
  });
  return plan;
}

/** A cell of the export: quoted when needed, and a leading = + - @ neutralised (spreadsheet formula injection). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function contactsToCsv(contacts: readonly ContactRow[]): string {
  const lines = [CONTACT_CSV_COLUMNS.join(",")];
  for (const c of contacts)
    lines.push(
      [c.name, c.outlet, c.email, c.languages.join("; "), c.beats.join("; "), c.lists.join("; ")]
        .map(csvCell)
        .join(","),
    );
  return lines.join("\r\n") + "\r\n";
}
