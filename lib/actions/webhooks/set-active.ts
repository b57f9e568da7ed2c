"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setWebhookActive } from "@/lib/dal/distribution/webhooks";
import { formString } from "@/lib/validation/form";
import { serverAction } from "../action";

export type WebhookRowState = { status: "idle" } | { status: "error"; message: string };

/** "Switch off" / "Switch on again" on an endpoint (switching on resets its failure count). */
export const setWebhookActiveAction = serverAction(
  {
    name: "setWebhookActiveAction",
    permission: "webhooks.manage",
    failed: (message: string, _prev: WebhookRowState, _form: FormData): WebhookRowState => ({
      status: "error",
      message,
    }),
  },
  async (user, _prev: WebhookRowState, form: FormData): Promise<WebhookRowState> => {
    const id = formString(form, "endpointId").slice(0, 64);
    const active = formString(form, "active") === "true";
    if (!id || !(await setWebhookActive(user, id, active)))
      return { status: "error", message: "This endpoint no longer exists." };
    revalidatePath("/admin/webhooks");
    redirect("/admin/webhooks");
  },
);
