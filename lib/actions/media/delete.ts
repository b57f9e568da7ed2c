"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteUnusedMediaAsset } from "@/lib/dal/media/library";
import { logger } from "@/lib/log";
import { mediaStorage } from "@/lib/storage";
import { serverAction } from "../action";
import { assetIdFrom, type MediaActionState } from "./state";

/**
 * "Delete" in the media library: only a file no edition uses (the DAL refuses otherwise, whatever the
 * page showed). The rows go first, then the stored original and variants: a file left behind by a
 * failed storage delete is an orphan `npm run media:check` lists, never a row pointing at nothing.
 */
export const deleteMediaAction = serverAction(
  {
    name: "deleteMediaAction",
    permission: "media.delete",
    failed: (message: string, _prev: MediaActionState, _form: FormData): MediaActionState => ({
      status: "error",
      message,
    }),
  },
  async (user, _prev: MediaActionState, form: FormData): Promise<MediaActionState> => {
    const id = assetIdFrom(form, "assetId");
    const result = id ? await deleteUnusedMediaAsset(user, id) : ({ status: "not_found" } as const);
    if (result.status === "not_found") return { status: "error", message: "This file no longer exists." };
    if (result.status === "in_use")
      return {
        status: "error",
        message: `This file is used by ${result.releases === 1 ? "a release" : `${result.releases} releases`}: remove it from them (or replace it) first.`,
      };
    const storage = mediaStorage();
    const removed = await Promise.allSettled(result.keys.map((key) => storage.delete(key)));
    const failed = removed.filter((r) => r.status === "rejected");
    if (failed.length > 0)
      logger.warn("media delete: stored files left behind (npm run media:check lists them)", {
        assetId: id,
        failed: failed.length,
        error: (failed[0] as PromiseRejectedResult).reason,
      });
    revalidatePath("/admin/media");
    // The file's card is gone: the page says what happened (works without script too).
    const q = form.get("q");
    redirect(
      `/admin/media?${new URLSearchParams({
        deleted: result.filename.slice(0, 200),
        ...(typeof q === "string" && q ? { q: q.slice(0, 200) } : {}),
      })}`,
    );
  },
);
