"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createRelease, createReleaseOnce, transitionRelease, updateRelease } from "../../dal/releases";
import { CONFLICT_MESSAGE, type ReleaseActionState } from "../../validation/action-state";
import { isCreationKey } from "../../validation/creation-key";
import { formString } from "../../validation/form";
import { fieldErrorsOf, releaseInputSchema } from "../../validation/release";
import { releaseValuesFromForm } from "../../validation/release-form";
import { serverAction } from "../action";

const idOf = (form: FormData) => formString(form, "id");

/**
 * The release form's buttons: "Save draft", and on a new release "Save and submit for review". A
 * save never publishes: going live is the workflow panel's "Publish" (lib/actions/releases/publish.ts).
 * The redirect names the step; the editor page words the notice from what the database holds.
 */
export const saveReleaseAction = serverAction<[ReleaseActionState, FormData], ReleaseActionState>(
  {
    name: "saveReleaseAction",
    permission: (_prev, form) => (idOf(form) ? "release.save" : "release.create"),
    release: (_prev, form) => idOf(form) || null,
    failed: (message, _prev, form) => ({
      status: "error",
      message,
      fieldErrors: {},
      values: releaseValuesFromForm(form),
    }),
  },
  async (user, _prev, form) => {
    const values = releaseValuesFromForm(form);
    const id = idOf(form);
    const version = Number(formString(form, "version"));
    const parsed = releaseInputSchema.safeParse(values);
    if (!parsed.success) {
      const message = "Some fields need attention: nothing was saved.";
      return { status: "invalid", message, fieldErrors: fieldErrorsOf(parsed.error), values };
    }
    // A new release's form sends its key (issue 12.1): should its first autosave have created the
    // release already, this save goes into that one rather than making a second.
    const creationKey = formString(form, "creationKey");
    if (
      (id && (!/^[A-Za-z0-9_-]{1,64}$/.test(id) || !Number.isInteger(version))) ||
      (!id && creationKey && !isCreationKey(creationKey))
    ) {
      return { status: "error", message: "The form is incomplete: reload the page.", fieldErrors: {}, values };
    }

    const result = id
      ? await updateRelease(user, id, version, parsed.data)
      : creationKey
        ? await createReleaseOnce(user, creationKey, parsed.data)
        : await createRelease(user, parsed.data);
    if (result.status === "conflict") return { status: "conflict", message: CONFLICT_MESSAGE, fieldErrors: {}, values };
    if (result.status === "not_found") {
      const message = "This release no longer exists. Copy your text before leaving the page.";
      return { status: "error", message, fieldErrors: {}, values };
    }
    if (result.status !== "ok")
      return { status: "error", message: `${result.message} Nothing was saved.`, fieldErrors: {}, values };

    const intent = formString(form, "intent");
    // A workflow step clicked with unsaved changes saves them first and then runs on this version
    // (issue 12.1): answered in place like an autosave, without revalidating, because a refreshed
    // editor page would remount the form (it is keyed by version) and drop the step waiting on this.
    if (intent === "step") return { status: "saved", id: result.id, version: result.version };
    revalidatePath("/admin");
    if (intent !== "submit") redirect(`/admin/releases/${result.id}?done=draft`);
    // Saved; now the separate submit step, which may refuse (consistency): the draft stays saved.
    const submitted = await transitionRelease(user, result.id, result.version, { action: "submit" });
    const why =
      submitted.status === "ok" ? "" : `&why=${submitted.status === "inconsistent" ? "inconsistent" : "refused"}`;
    redirect(`/admin/releases/${result.id}?done=${submitted.status === "ok" ? "submit" : "draft"}${why}`);
  },
);
