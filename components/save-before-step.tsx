"use client";

import { createContext, useContext } from "react";

/**
 * The release form, as its workflow steps see it (issue 12.1): a step acts on the stored edition, so
 * changes typed and not yet saved (autosave waits a few seconds) are saved first, the way Save draft
 * saves, and the step then runs on the version that save made.
 */
export interface SaveBeforeStep {
  /** The form holds changes the database does not have yet. */
  unsaved: boolean;
  /** Saves them; the new version, or null when the save failed (the form then says why, keeping the text). */
  save: () => Promise<number | null>;
}

const SaveBeforeStepContext = createContext<SaveBeforeStep | null>(null);

export const SaveBeforeStepProvider = SaveBeforeStepContext.Provider;

/** Null outside a release form: the step posts as it is. */
export function useSaveBeforeStep(): SaveBeforeStep | null {
  return useContext(SaveBeforeStepContext);
}
