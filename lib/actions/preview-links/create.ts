"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { createPreviewLink } from "../../dal/preview-links";
import { formString } from "../../validation/form";
import { previewCreateSchema, previewUrl, type PreviewCreateState } from "../../validation/preview";
import { serverAction } from "../action";

/**
 * "Create preview link" on the release editor. Unlike the other actions it answers instead of
 * redirecting: the token exists only in this response (the database keeps its hash), and a redirect
 * would have to carry it in a URL, where it would land in history and logs.
 */
export const createPreviewLinkAction = serverAction<[PreviewCreateState, FormData], PreviewCreateState>(
  {
    name: "createPreviewLinkAction",
    permission: "release.preview",
    release: (_prev, form) => formString(form, "releaseId") || null,
    failed: (message, _prev, form) => ({ status: "error", message, expiresIn: formString(form, "expiresIn") }),
  },
  async (user, _prev, form) => {
    const expiresIn = formString(form, "expiresIn");

    const parsed = previewCreateSchema.safeParse({ releaseId: formString(form, "releaseId"), expiresIn });
    if (!parsed.success)
      return {
        status: "error",
        message: parsed.error.issues[0]?.message ?? "The form is incomplete: reload the page.",
        expiresIn,
      };

    const result = await createPreviewLink(user, parsed.data);
    if (result.status === "not_found") return { status: "error", message: "This release no longer exists.", expiresIn };

    // Lists the new link on the editor page (the answer above keeps the one-time link on screen).
    revalidatePath(`/admin/releases/${parsed.data.releaseId}`);
    const request = await headers();
    return {
      status: "created",
      url: previewUrl(
        result.token,
        request.get("x-forwarded-host") ?? request.get("host"),
        request.get("x-forwarded-proto"),
      ),
      expiresAt: result.link.expiresAt.toISOString(),
    };
  },
);
