"use server";

import { revalidatePath } from "next/cache";
import { replaceMediaAsset } from "@/lib/dal/media/library";
import { invalidatePublicContent } from "@/lib/dal/public/cache";
import { serverAction } from "../action";
import { assetIdFrom, type MediaActionState } from "./state";

/**
 * "Replace file" in the media library. The new file was uploaded through POST /api/media (streamed,
 * checked like every upload); this repoints every edition that used the old one, published editions
 * included (the reasons are at replaceMediaAsset, lib/dal/media/library-changes.ts). When a live
 * edition changed, the reader cache is dropped here, in the request that made the change, like a
 * publish does (lib/dal/public/cache.ts).
 */
export const replaceMediaAction = serverAction(
  {
    name: "replaceMediaAction",
    permission: "media.replace",
    failed: (message: string, _prev: MediaActionState, _form: FormData): MediaActionState => ({
      status: "error",
      message,
    }),
  },
  async (user, _prev: MediaActionState, form: FormData): Promise<MediaActionState> => {
    const oldId = assetIdFrom(form, "assetId");
    const newId = assetIdFrom(form, "newAssetId");
    if (!oldId || !newId) return { status: "error", message: "Choose the new file first." };
    const result = await replaceMediaAsset(user, oldId, newId);
    switch (result.status) {
      case "not_found":
        return { status: "error", message: "This file (or the new one) no longer exists: reload the page." };
      case "kind_mismatch":
        return { status: "error", message: "An image is replaced by an image, a document by a document." };
      case "same_file":
        return { status: "error", message: "The new file is the same as the old one (same bytes): nothing changed." };
      case "not_ready":
        return {
          status: "error",
          message:
            "A published release uses this image, and the new one is still converting (or its conversion failed): readers would see no image meanwhile. Replace it once the new image's conversion is done.",
        };
    }
    if (result.liveChanged) await invalidatePublicContent();
    revalidatePath("/admin/media");
    const n = result.releaseIds.length;
    return {
      status: "done",
      message:
        n === 0
          ? "Replaced: no release used the old file."
          : `Replaced in ${n} release${n === 1 ? "" : "s"}${result.liveChanged ? ", published ones included" : ""}.`,
    };
  },
);
