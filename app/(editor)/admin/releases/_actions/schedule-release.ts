"use server";

import { scheduleSchema, type WorkflowActionState } from "@/lib/validation/workflow";
import { runTransition, str } from "./run-transition";

/** "Schedule": publication at a local date and time with an explicit UTC offset or IANA zone (embargo). */
export async function scheduleReleaseAction(_prev: WorkflowActionState, form: FormData): Promise<WorkflowActionState> {
  return runTransition(form, "release.schedule", (f) => {
    const parsed = scheduleSchema.safeParse({
      publishDate: str(f, "publishDate"),
      publishTime: str(f, "publishTime"),
      publishZone: str(f, "publishZone"),
    });
    return parsed.success
      ? { ok: true, step: { action: "schedule", ...parsed.data } }
      : { ok: false, error: parsed.error };
  });
}
