"use server";

import { revalidatePath } from "next/cache";
import { invalidatePublicContent } from "@/lib/dal/public-cache";
import { redirect } from "next/navigation";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { now } from "@/lib/clock";
import { createRelease, updateRelease } from "@/lib/dal/releases";
import { CONFLICT_MESSAGE, type ReleaseActionState } from "@/lib/validation/action-state";
import {
  fieldErrorsOf,
  releaseInputSchema,
  releaseValuesFromForm,
  type ReleaseFormValues,
} from "@/lib/validation/release";
import { consistencyGate, consistencyInputOf } from "./consistency-gate";

/**
 * Save draft / Publish from the release form. A new release is always created as a draft: publishing
 * needs a second person's review (lib/domain/workflow.ts), so "Publish" only appears on a submitted one.
 */
export async function saveReleaseAction(_prev: ReleaseActionState, form: FormData): Promise<ReleaseActionState> {
  const values = releaseValuesFromForm(form);
  return whenDatabaseDown(
    "saveReleaseAction",
    () => save(form, values),
    (message) => ({ status: "error", message, fieldErrors: {}, values }),
  );
}

async function save(form: FormData, values: ReleaseFormValues): Promise<ReleaseActionState> {
  const publish = form.get("intent") === "publish";
  const id = typeof form.get("id") === "string" && form.get("id") !== "" ? String(form.get("id")) : null;
  const version = Number(form.get("version"));

  const auth = await authorizeAction(publish ? "release.publish" : id ? "release.save" : "release.create");
  if (!auth.ok) return { status: "error", message: auth.message, fieldErrors: {}, values };

  const parsed = releaseInputSchema.safeParse(values);
  if (!parsed.success) {
    return {
      status: "invalid",
      message: "Some fields need attention: nothing was saved.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  if (id && !Number.isInteger(version)) {
    return { status: "error", message: "The form is missing its version: reload the page.", fieldErrors: {}, values };
  }

  let consistencyOverride: string | undefined;
  if (publish && id) {
    const gate = consistencyGate(form, await consistencyInputOf(parsed.data), now());
    if (!gate.ok) return { status: "invalid", message: gate.message, fieldErrors: gate.fieldErrors, values };
    consistencyOverride = gate.override;
  }

  const result = id
    ? await updateRelease(auth.user, id, version, parsed.data, { publish, publishedAt: now(), consistencyOverride })
    : await createRelease(auth.user, parsed.data);
  if (result.status === "conflict") {
    return { status: "conflict", message: CONFLICT_MESSAGE, fieldErrors: {}, values };
  }
  if (result.status === "not_found") {
    return {
      status: "error",
      message: "This release no longer exists. Copy your text before leaving the page.",
      fieldErrors: {},
      values,
    };
  }
  if (result.status === "refused")
    return { status: "error", message: `${result.message} Nothing was saved.`, fieldErrors: {}, values };

  invalidatePublicContent(); // readers see the change on their next request
  revalidatePath("/admin");
  redirect(`/admin/releases/${result.id}?saved=${publish ? "published" : "draft"}`);
}
