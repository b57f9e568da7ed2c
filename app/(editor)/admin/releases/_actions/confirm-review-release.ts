"use server";

import type { WorkflowActionState } from "@/lib/validation/workflow";
import { runTransition } from "./run-transition";

/** The later review of a force-published release, by someone other than the admin who forced it. */
export async function confirmReviewReleaseAction(
  _prev: WorkflowActionState,
  form: FormData,
): Promise<WorkflowActionState> {
  return runTransition(form, "release.approve", () => ({ ok: true, step: { action: "confirm_review" } }));
}
