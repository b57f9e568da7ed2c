"use server";

import { remarkSchema, type WorkflowActionState } from "@/lib/validation/workflow";
import { runTransition, str } from "./run-transition";

/** "Reject" with a Remark: the edition goes back to the writer, editable, with the remark shown. */
export async function rejectReleaseAction(_prev: WorkflowActionState, form: FormData): Promise<WorkflowActionState> {
  return runTransition(form, "release.reject", (f) => {
    const parsed = remarkSchema.safeParse({ remark: str(f, "remark") });
    return parsed.success
      ? { ok: true, step: { action: "reject", remark: parsed.data.remark } }
      : { ok: false, error: parsed.error };
  });
}
