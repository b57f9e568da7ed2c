"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { revokePreviewLink } from "@/lib/dal/preview-links";
import { previewRevokeSchema, type PreviewRevokeState } from "@/lib/validation/preview";
import { str } from "./run-transition";

/** "Revoke" on a row of the editor's preview links: the link answers 404 from now on. */
export async function revokePreviewLinkAction(_prev: PreviewRevokeState, form: FormData): Promise<PreviewRevokeState> {
  return whenDatabaseDown(
    "revokePreviewLinkAction",
    () => revoke(form),
    (message) => ({ status: "error", message }),
  );
}

async function revoke(form: FormData): Promise<PreviewRevokeState> {
  const auth = await authorizeAction("release.preview");
  if (!auth.ok) return { status: "error", message: auth.message };

  const parsed = previewRevokeSchema.safeParse({ releaseId: str(form, "releaseId"), linkId: str(form, "linkId") });
  if (!parsed.success) return { status: "error", message: "The form is incomplete: reload the page." };

  const result = await revokePreviewLink(auth.user, parsed.data);
  if (result.status === "not_found")
    return { status: "error", message: "This preview link was already revoked or has expired: reload the page." };

  revalidatePath(`/admin/releases/${parsed.data.releaseId}`);
  redirect(`/admin/releases/${parsed.data.releaseId}`);
}
