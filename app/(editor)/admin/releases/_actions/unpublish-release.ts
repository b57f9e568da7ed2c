"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeAction } from "@/lib/auth/authorize";
import { setReleaseStatus } from "@/lib/dal/releases";
import { CONFLICT_MESSAGE } from "@/lib/validation/action-state";

export type StatusActionState = { status: "idle" } | { status: "error" | "conflict"; message: string };

/** Takes a published release off the public site (its URL then answers 404). */
export async function unpublishReleaseAction(_prev: StatusActionState, form: FormData): Promise<StatusActionState> {
  const auth = await authorizeAction("release.unpublish");
  if (!auth.ok) return { status: "error", message: auth.message };
  const id = String(form.get("id") ?? "");
  const version = Number(form.get("version"));
  if (!id || !Number.isInteger(version)) return { status: "error", message: "The form is incomplete: reload the page." };

  const result = await setReleaseStatus(auth.user, id, version, "UNPUBLISHED");
  if (result.status === "conflict") return { status: "conflict", message: CONFLICT_MESSAGE };
  if (result.status === "not_found") return { status: "error", message: "This release no longer exists." };
  if (result.status === "invalid_state") return { status: "error", message: "Only a published release can be unpublished." };

  revalidatePath("/");
  revalidatePath(`/releases/${result.slug}`);
  revalidatePath("/admin");
  redirect(`/admin/releases/${result.id}?saved=unpublished`);
}
