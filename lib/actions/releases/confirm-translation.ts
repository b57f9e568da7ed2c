"use server";

import { confirmTranslationCurrent } from "../../dal/releases/translations";
import { workflowStep } from "./workflow-step";

/**
 * "Mark as up to date" on an outdated translation (issue 14): whoever may edit the translation has
 * checked the original's changes and says the translation still says the same.
 */
export const confirmTranslationAction = workflowStep(
  "confirmTranslationAction",
  "release.save",
  "confirm_translation",
  () => ({ ok: true, run: (user, id, version) => confirmTranslationCurrent(user, id, version) }),
);
