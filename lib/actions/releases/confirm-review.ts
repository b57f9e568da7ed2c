"use server";

import { transitionRelease } from "../../dal/releases";
import { workflowStep } from "./workflow-step";

/** "Mark force-publish as reviewed": someone other than the force-publisher clears the flag. */
export const confirmReviewReleaseAction = workflowStep(
  "confirmReviewReleaseAction",
  "release.approve",
  "confirm_review",
  () => ({
    ok: true,
    run: (user, id, version, at) => transitionRelease(user, id, version, { action: "confirm_review" }, at),
  }),
);
