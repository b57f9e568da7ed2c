"use server";

import { publishEdition } from "../../dal/releases";
import { anywayReason, workflowStep } from "./workflow-step";

/**
 * "Publish" on the release editor: the submitted edition, exactly as stored at the version the
 * editor saw, goes live now. lib/dal/releases/workflow.ts checks state, two-person rule and consistency.
 */
export const publishReleaseAction = workflowStep("publishReleaseAction", "release.publish", "publish", (form) => ({
  ok: true,
  run: (user, id, version, at) => publishEdition(user, id, version, { consistencyOverride: anywayReason(form) }, at),
}));
