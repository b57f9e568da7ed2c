"use server";

import { transitionRelease } from "../../dal/releases";
import { formString } from "../../validation/form";
import { scheduleSchema } from "../../validation/workflow";
import { anywayReason, workflowStep } from "./workflow-step";

/** "Schedule": publication at a local date and time with an explicit UTC offset or IANA zone (embargo). */
export const scheduleReleaseAction = workflowStep("scheduleReleaseAction", "release.schedule", "schedule", (form) => {
  const parsed = scheduleSchema.safeParse({
    publishDate: formString(form, "publishDate"),
    publishTime: formString(form, "publishTime"),
    publishZone: formString(form, "publishZone"),
  });
  return parsed.success
    ? {
        ok: true,
        run: (user, id, version, at) =>
          transitionRelease(
            user,
            id,
            version,
            { action: "schedule", ...parsed.data, consistencyOverride: anywayReason(form) },
            at,
          ),
      }
    : { ok: false, error: parsed.error };
});
