"use server";

import type { WorkflowActionState } from "@/lib/validation/workflow";
import { runTransition } from "./run-transition";

/** The "Publish" button on the release editor. */
export async function publishReleaseAction(_prev: WorkflowActionState, form: FormData): Promise<WorkflowActionState> {
  return runTransition(form, "release.publish", () => ({ ok: true, step: { action: "publish" } }));
}
