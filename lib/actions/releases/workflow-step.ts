import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { Permission } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { now } from "../../clock";
import type { WriteResult } from "../../dal/releases";
import { CONFLICT_MESSAGE } from "../../validation/action-state";
import { formString, formStrings } from "../../validation/form";
import { fieldErrorsOf } from "../../validation/release";
import type { WorkflowActionState } from "../../validation/workflow";
import { serverAction } from "../action";

/** One DAL call on the release loaded at `version` (the version the person saw). */
export type Run = (user: SessionUser, id: string, version: number, at: Date) => Promise<WriteResult>;
export type Built = { ok: true; run: Run } | { ok: false; error: z.ZodError };

/**
 * A button of the workflow panel: authorize (in serverAction) → validate the step's own fields →
 * one DAL transaction → redirect to the editor, whose notice reads the state from the database.
 */
export function workflowStep(name: string, permission: Permission, step: string, build: (form: FormData) => Built) {
  return serverAction<[WorkflowActionState, FormData], WorkflowActionState>(
    {
      name,
      permission,
      failed: (message, _prev, form) => ({ status: "error", message, values: formStrings(form) }),
      release: (_prev, form) => formString(form, "id") || null,
    },
    async (user, _prev, form) => {
      const values = formStrings(form);
      const id = values.id ?? "";
      const version = Number(values.version);
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(id) || !Number.isInteger(version))
        return { status: "error", message: "The form is incomplete: reload the page.", values };
      const built = build(form);
      if (!built.ok)
        return {
          status: "invalid",
          message: "Check the highlighted field.",
          fieldErrors: fieldErrorsOf(built.error),
          values,
        };

      const result = await built.run(user, id, version, now());
      switch (result.status) {
        case "conflict":
          return { status: "conflict", message: CONFLICT_MESSAGE, values };
        case "not_found":
          return { status: "error", message: "This release no longer exists.", values };
        case "refused":
          return { status: "error", message: result.message, values };
        case "inconsistent":
          return { status: "invalid", message: result.message, values };
        case "ok":
          revalidatePath("/admin");
          redirect(`/admin/releases/${result.id}?done=${step}`);
      }
    },
  );
}

/** "Reason to publish anyway", when the consistency check found problems (recorded if used). */
export function anywayReason(form: FormData): string | undefined {
  const reason = formStrings(form).publishAnywayReason?.trim();
  return reason ? reason.slice(0, 2_000) : undefined;
}
