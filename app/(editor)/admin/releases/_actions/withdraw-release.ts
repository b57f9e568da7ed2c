"use server";

import { reasonSchema, type WorkflowActionState } from "@/lib/validation/workflow";
import { runTransition, str } from "./run-transition";

/** "Withdraw" with a Reason: the URL stays and shows the notice; the release leaves every list. */
export async function withdrawReleaseAction(_prev: WorkflowActionState, form: FormData): Promise<WorkflowActionState> {
  return runTransition(form, "release.withdraw", (f) => {
    const parsed = reasonSchema.safeParse({ reason: str(f, "reason") });
    return parsed.success
      ? { ok: true, step: { action: "withdraw", reason: parsed.data.reason } }
      : { ok: false, error: parsed.error };
  });
}
