"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createTranslation, TRANSLATION_REFUSAL_MESSAGES } from "../../dal/releases/translations";
import { formString } from "../../validation/form";
import { serverAction } from "../action";

export type AddTranslationState =
  { status: "idle" } | { status: "error"; message: string; language: string; existingId?: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * "Add translation" on the release editor (issue 14): a new release in the chosen language, its first
 * edition a draft copied from the original (structure and words), opened in the editor. Anyone who may
 * write a release may start one: the translator becomes the translation's author.
 */
export const addTranslationAction = serverAction<[AddTranslationState, FormData], AddTranslationState>(
  {
    name: "addTranslationAction",
    permission: "release.create",
    failed: (message, _prev, form) => ({ status: "error", message, language: formString(form, "language") }),
  },
  async (user, _prev, form) => {
    const originalId = formString(form, "releaseId");
    const language = formString(form, "language");
    if (!ID.test(originalId)) return { status: "error", message: "The form is incomplete: reload the page.", language };
    const result = await createTranslation(user, originalId, language);
    if (!result.ok)
      return {
        status: "error",
        message: TRANSLATION_REFUSAL_MESSAGES[result.refusal],
        language,
        ...(result.existingId ? { existingId: result.existingId } : {}),
      };
    revalidatePath("/admin");
    revalidatePath(`/admin/releases/${originalId}`);
    redirect(`/admin/releases/${result.id}`);
  },
);
