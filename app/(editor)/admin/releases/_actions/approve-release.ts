"use server";

import type { WorkflowActionState } from "@/lib/validation/workflow";
import { runTransition } from "./run-transition";

/** The "Approve" button on the release editor. */
export async function approveReleaseAction(_prev: WorkflowActionState, form: FormData): Promise<WorkflowActionState> {
  return runTransition(form, "release.approve", () => ({ ok: true, step: { action: "approve" } }));
}
