"use server";

import type { WorkflowActionState } from "@/lib/validation/workflow";
import { runTransition } from "./run-transition";

/** The "Submit for review" button on the release editor. */
export async function submitReleaseAction(_prev: WorkflowActionState, form: FormData): Promise<WorkflowActionState> {
  return runTransition(form, "release.submit", () => ({ ok: true, step: { action: "submit" } }));
}
