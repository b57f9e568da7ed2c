"use server";

import { transitionRelease } from "../../dal/releases";
import { formString } from "../../validation/form";
import { reasonSchema } from "../../validation/workflow";
import { workflowStep } from "./workflow-step";

/** "Withdraw" with a Reason: the URL stays and shows the notice; the release leaves every list. */
export const withdrawReleaseAction = workflowStep("withdrawReleaseAction", "release.withdraw", "withdraw", (form) => {
  const parsed = reasonSchema.safeParse({ reason: formString(form, "reason") });
  return parsed.success
    ? {
        ok: true,
        run: (user, id, version, at) =>
          transitionRelease(user, id, version, { action: "withdraw", reason: parsed.data.reason }, at),
      }
    : { ok: false, error: parsed.error };
});
