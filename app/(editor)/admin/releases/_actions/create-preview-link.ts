"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { createPreviewLink } from "@/lib/dal/preview-links";
import { previewCreateSchema, previewUrl, type PreviewCreateState } from "@/lib/validation/preview";
import { str } from "./run-transition";

/**
 * "Create preview link" on the release editor. Unlike the other actions it answers instead of
 * redirecting: the token exists only in this response (the database keeps its hash), and a redirect
 * would have to carry it in a URL, where it would land in history and logs.
 */
export async function createPreviewLinkAction(_prev: PreviewCreateState, form: FormData): Promise<PreviewCreateState> {
  const expiresIn = str(form, "expiresIn");
  return whenDatabaseDown(
    "createPreviewLinkAction",
    () => create(form, expiresIn),
    (message) => ({ status: "error", message, expiresIn }),
  );
}

async function create(form: FormData, expiresIn: string): Promise<PreviewCreateState> {
  const auth = await authorizeAction("release.preview");
  if (!auth.ok) return { status: "error", message: auth.message, expiresIn };

  const parsed = previewCreateSchema.safeParse({ releaseId: str(form, "releaseId"), expiresIn });
  if (!parsed.success)
    return {
      status: "error",
      message: parsed.error.issues[0]?.message ?? "The form is incomplete: reload the page.",
      expiresIn,
    };

  const result = await createPreviewLink(auth.user, parsed.data);
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
}
