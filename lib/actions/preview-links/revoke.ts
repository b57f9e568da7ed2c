"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { serverAction } from "../action";
import { revokePreviewLink } from "../../dal/preview-links";
import { previewRevokeSchema, type PreviewRevokeState } from "../../validation/preview";
import { formString } from "../../validation/form";

/** "Revoke" on a row of the editor's preview links: the link answers 404 from now on. */
export const revokePreviewLinkAction = serverAction<[PreviewRevokeState, FormData], PreviewRevokeState>(
  {
    name: "revokePreviewLinkAction",
    permission: "release.preview",
    release: (_prev, form) => formString(form, "releaseId") || null,
    failed: (message) => ({ status: "error", message }),
  },
  async (user, _prev, form) => {
    const parsed = previewRevokeSchema.safeParse({
      releaseId: formString(form, "releaseId"),
      linkId: formString(form, "linkId"),
    });
    if (!parsed.success) return { status: "error", message: "The form is incomplete: reload the page." };

    const result = await revokePreviewLink(user, parsed.data);
    if (result.status === "not_found")
      return { status: "error", message: "This preview link was already revoked or has expired: reload the page." };

    revalidatePath(`/admin/releases/${parsed.data.releaseId}`);
    redirect(`/admin/releases/${parsed.data.releaseId}`);
  },
);
