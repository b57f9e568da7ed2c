"use server";

import { transitionRelease } from "../../dal/releases";
import { workflowStep } from "./workflow-step";

/** "Approve" on the release editor (never by one of the edition's authors: two-person rule). */
export const approveReleaseAction = workflowStep("approveReleaseAction", "release.approve", "approve", () => ({
  ok: true,
  run: (user, id, version, at) => transitionRelease(user, id, version, { action: "approve" }, at),
}));
