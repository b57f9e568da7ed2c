"use server";

import { transitionRelease } from "../../dal/releases";
import { anywayReason, workflowStep } from "./workflow-step";

/** "Submit for review" on the release editor. */
export const submitReleaseAction = workflowStep("submitReleaseAction", "release.submit", "submit", (form) => ({
  ok: true,
  run: (user, id, version, at) =>
    transitionRelease(user, id, version, { action: "submit", consistencyOverride: anywayReason(form) }, at),
}));
