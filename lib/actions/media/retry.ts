"use server";

import { revalidatePath } from "next/cache";
import { retryMediaVariants } from "@/lib/dal/media/library";
import { serverAction } from "../action";
import { assetIdFrom, type MediaActionState } from "./state";

/** "Retry conversion" on an image whose variants failed: the job runs again with fresh attempts. */
export const retryMediaVariantsAction = serverAction(
  {
    name: "retryMediaVariantsAction",
    permission: "media.retry",
    failed: (message: string, _prev: MediaActionState, _form: FormData): MediaActionState => ({
      status: "error",
      message,
    }),
  },
  async (_user, _prev: MediaActionState, form: FormData): Promise<MediaActionState> => {
    const id = assetIdFrom(form, "assetId");
    if (!id || !(await retryMediaVariants(id)))
      return { status: "error", message: "This image has no failed conversion to retry (reload the page)." };
    revalidatePath("/admin/media");
    return { status: "done", message: "Conversion queued again: the variants appear within a minute." };
  },
);
