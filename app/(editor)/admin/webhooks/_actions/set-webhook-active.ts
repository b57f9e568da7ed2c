"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { setWebhookActive } from "@/lib/dal/distribution/webhooks";

export type WebhookRowState = { status: "idle" } | { status: "error"; message: string };

/** "Switch off" / "Switch on again" on an endpoint (switching on resets its failure count). */
export async function setWebhookActiveAction(_prev: WebhookRowState, form: FormData): Promise<WebhookRowState> {
  return whenDatabaseDown(
    "setWebhookActiveAction",
    async (): Promise<WebhookRowState> => {
      const auth = await authorizeAction("webhooks.manage");
      if (!auth.ok) return { status: "error", message: auth.message };
      const id = String(form.get("endpointId") ?? "").slice(0, 64);
      const active = form.get("active") === "true";
      if (!id || !(await setWebhookActive(auth.user, id, active)))
        return { status: "error", message: "This endpoint no longer exists." };
      revalidatePath("/admin/webhooks");
      redirect("/admin/webhooks");
    },
    (message) => ({ status: "error", message }),
  );
}
