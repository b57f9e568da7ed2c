"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { isPlausibleId, restoreRevision } from "../../dal/revisions";
import { CONFLICT_MESSAGE } from "../../validation/action-state";
import { formString } from "../../validation/form";
import { serverAction } from "../action";

export type RestoreActionState = { status: "idle" } | { status: "error" | "conflict"; message: string };

// Ids and the version come from the client: they may only narrow the WHERE clauses of the DAL.
const restoreFormSchema = z.object({
  releaseId: z.string().refine(isPlausibleId),
  revisionId: z.string().refine(isPlausibleId),
  version: z.coerce.number().int().positive(),
});

/** "Restore" on the history page: an old revision's content becomes the new draft content. */
export const restoreRevisionAction = serverAction<[RestoreActionState, FormData], RestoreActionState>(
  {
    name: "restoreRevisionAction",
    permission: "release.save",
    failed: (message) => ({ status: "error", message }),
    release: (_prev, form) => formString(form, "releaseId") || null,
  },
  async (user, _prev, form) => {
    const parsed = restoreFormSchema.safeParse({
      releaseId: formString(form, "releaseId"),
      revisionId: formString(form, "revisionId"),
      version: formString(form, "version"),
    });
    if (!parsed.success) return { status: "error", message: "The form is incomplete: reload the page." };

    const { releaseId, revisionId, version } = parsed.data;
    const result = await restoreRevision(user, releaseId, revisionId, version);
    if (result.status === "conflict") return { status: "conflict", message: CONFLICT_MESSAGE };
    if (result.status !== "ok") {
      const message =
        result.status === "not_found" || result.status === "revision_not_found"
          ? "This release or revision no longer exists."
          : "message" in result
            ? `This revision cannot be restored: ${result.message}`
            : "This revision cannot be restored now.";
      return { status: "error", message };
    }

    revalidatePath("/admin");
    revalidatePath(`/admin/releases/${result.id}/history`);
    redirect(`/admin/releases/${result.id}?done=draft`);
  },
);
