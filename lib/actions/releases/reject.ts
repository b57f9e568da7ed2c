"use server";

import { transitionRelease } from "../../dal/releases";
import { formString } from "../../validation/form";
import { remarkSchema } from "../../validation/workflow";
import { workflowStep } from "./workflow-step";

/** "Reject" with a Remark: the edition goes back to the writer, editable, with the remark shown. */
export const rejectReleaseAction = workflowStep("rejectReleaseAction", "release.reject", "reject", (form) => {
  const parsed = remarkSchema.safeParse({ remark: formString(form, "remark") });
  return parsed.success
    ? {
        ok: true,
        run: (user, id, version, at) =>
          transitionRelease(user, id, version, { action: "reject", remark: parsed.data.remark }, at),
      }
    : { ok: false, error: parsed.error };
});
