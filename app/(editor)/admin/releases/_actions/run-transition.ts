import "server-only";
import { revalidatePath } from "next/cache";
import { invalidatePublicContent } from "@/lib/dal/public-cache";
import { redirect } from "next/navigation";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import { now } from "@/lib/clock";
import { getReleaseForEditor, transitionRelease, type TransitionInput } from "@/lib/dal/releases";
import { consistencyInputOfRelease } from "@/lib/domain/consistency";
import { CONFLICT_MESSAGE } from "@/lib/validation/action-state";
import { fieldErrorsOf } from "@/lib/validation/release";
import type { WorkflowActionState } from "@/lib/validation/workflow";
import type { z } from "zod";
import { consistencyGate } from "./consistency-gate";

type Built = { ok: true; step: TransitionInput } | { ok: false; error: z.ZodError };

/**
 * The body every workflow action shares: authorize → validate → one DAL transition → revalidate →
 * redirect. The action files only say which permission and which step.
 */
export async function runTransition(
  form: FormData,
  permission: Permission,
  build: (form: FormData) => Built,
): Promise<WorkflowActionState> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return whenDatabaseDown(
    `${permission} action`,
    () => transition(form, values, permission, build),
    (message) => ({ status: "error", message, values }),
  );
}

async function transition(
  form: FormData,
  values: Record<string, string>,
  permission: Permission,
  build: (form: FormData) => Built,
): Promise<WorkflowActionState> {
  const auth = await authorizeAction(permission);
  if (!auth.ok) return { status: "error", message: auth.message, values };

  const id = values.id ?? "";
  const version = Number(values.version);
  if (!id || id.length > 64 || !Number.isInteger(version))
    return { status: "error", message: "The form is incomplete: reload the page.", values };

  const built = build(form);
  if (!built.ok)
    return {
      status: "invalid",
      message: "Check the highlighted field.",
      fieldErrors: fieldErrorsOf(built.error),
      values,
    };

  let step = built.step;
  if (step.action === "submit" || step.action === "schedule" || step.action === "publish") {
    // Check what would go out: the current edition, as long as it is the one the person saw.
    const current = await getReleaseForEditor(id);
    if (!current) return { status: "error", message: "This release no longer exists.", values };
    if (current.version !== version) return { status: "conflict", message: CONFLICT_MESSAGE, values };
    const publishAt = step.action === "schedule" ? step.publishAt : undefined;
    const gate = consistencyGate(form, consistencyInputOfRelease(current, publishAt), now());
    if (!gate.ok) return { status: "invalid", message: gate.message, fieldErrors: gate.fieldErrors, values };
    if (gate.override) step = { ...step, consistencyOverride: gate.override };
  }

  const result = await transitionRelease(auth.user, id, version, step, now());
  if (result.status === "conflict") return { status: "conflict", message: CONFLICT_MESSAGE, values };
  if (result.status === "not_found") return { status: "error", message: "This release no longer exists.", values };
  if (result.status === "refused") return { status: "error", message: result.message, values };

  invalidatePublicContent(); // readers see the change on their next request
  revalidatePath("/admin");
  redirect(`/admin/releases/${result.id}?saved=${step.action}`);
}

export const str = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
