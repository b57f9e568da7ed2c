"use server";

import { revalidatePath } from "next/cache";
import { invalidatePublicContent } from "@/lib/dal/public-cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { isPlausibleId, restoreRevision } from "@/lib/dal/revisions";
import { CONFLICT_MESSAGE } from "@/lib/validation/action-state";

export type RestoreActionState = { status: "idle" } | { status: "error" | "conflict"; message: string };

// Ids and the version come from the client: they may only narrow the WHERE clauses of the DAL.
const restoreFormSchema = z.object({
  releaseId: z.string().refine(isPlausibleId),
  revisionId: z.string().refine(isPlausibleId),
  version: z.coerce.number().int().positive(),
});

/** "Restore" on the history page: an old revision's content becomes the new draft content. */
export async function restoreRevisionAction(_prev: RestoreActionState, form: FormData): Promise<RestoreActionState> {
  return whenDatabaseDown(
    "restoreRevisionAction",
    () => restore(form),
    (message) => ({ status: "error", message }),
  );
}

async function restore(form: FormData): Promise<RestoreActionState> {
  const auth = await authorizeAction("release.save");
  if (!auth.ok) return { status: "error", message: auth.message };

  const parsed = restoreFormSchema.safeParse({
    releaseId: form.get("releaseId") ?? "",
    revisionId: form.get("revisionId") ?? "",
    version: form.get("version") ?? "",
  });
  if (!parsed.success) return { status: "error", message: "The form is incomplete: reload the page." };

  const { releaseId, revisionId, version } = parsed.data;
  const result = await restoreRevision(auth.user, releaseId, revisionId, version);
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

  invalidatePublicContent(); // readers see the change on their next request
  revalidatePath("/admin");
  revalidatePath(`/admin/releases/${result.id}/history`);
  redirect(`/admin/releases/${result.id}?saved=draft`);
}
