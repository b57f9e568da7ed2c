import type { FieldErrors, ReleaseFormValues } from "./release";

/** What the release form's server actions answer when they do not redirect. */
export type ReleaseActionState =
  | { status: "idle" }
  /** Saved without leaving the page: the save a workflow step asks for first (issue 12.1). */
  | { status: "saved"; id: string; version: number }
  | {
      status: "invalid" | "conflict" | "error";
      message: string;
      fieldErrors: FieldErrors;
      /** Everything the user submitted, so nothing typed is lost. */
      values: ReleaseFormValues;
    };

export const CONFLICT_MESSAGE = "This release was changed by someone else since you opened it";

/** Every editor action's answer when PostgreSQL cannot be reached (the form keeps what was typed). */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unavailable, nothing was saved — try again";

/** A hand-made post held a character no field can store (a NUL byte). */
export const UNSTORABLE_TEXT_MESSAGE =
  "The form holds a character that cannot be saved (a NUL byte, \\u0000): nothing was saved. Remove it and try again.";
