"use server";

import { forcePublishEdition } from "../../dal/releases";
import { formString } from "../../validation/form";
import { reasonSchema } from "../../validation/workflow";
import { workflowStep } from "./workflow-step";

/** ADMIN "Force publish" without a second person's review: needs a written reason, flagged for review. */
export const forcePublishReleaseAction = workflowStep(
  "forcePublishReleaseAction",
  "release.force_publish",
  "force_publish",
  (form) => {
    const parsed = reasonSchema.safeParse({ reason: formString(form, "reason") });
    return parsed.success
      ? { ok: true, run: (user, id, version, at) => forcePublishEdition(user, id, version, parsed.data.reason, at) }
      : { ok: false, error: parsed.error };
  },
);
