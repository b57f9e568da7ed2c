"use server";

import { reasonSchema, type WorkflowActionState } from "@/lib/validation/workflow";
import { runTransition, str } from "./run-transition";

/** ADMIN "Force publish" without a second person's review: needs a written reason, flagged for review. */
export async function forcePublishReleaseAction(
  _prev: WorkflowActionState,
  form: FormData,
): Promise<WorkflowActionState> {
  return runTransition(form, "release.force_publish", (f) => {
    const parsed = reasonSchema.safeParse({ reason: str(f, "reason") });
    return parsed.success
      ? { ok: true, step: { action: "force_publish", reason: parsed.data.reason } }
      : { ok: false, error: parsed.error };
  });
}
