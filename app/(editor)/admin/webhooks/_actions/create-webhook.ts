"use server";

import { revalidatePath } from "next/cache";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { createWebhookEndpoint } from "@/lib/dal/distribution/webhooks";
import { webhookInputSchema, type WebhookFormState } from "@/lib/validation/webhook";

/** "Add endpoint" on /admin/webhooks: the answer carries the signing secret, shown this once. */
export async function createWebhookAction(_prev: WebhookFormState, form: FormData): Promise<WebhookFormState> {
  const values = {
    url: String(form.get("url") ?? "").slice(0, 3000),
    description: String(form.get("description") ?? "").slice(0, 1000),
    events: form.getAll("events").map(String).slice(0, 10),
  };
  return whenDatabaseDown(
    "createWebhookAction",
    async (): Promise<WebhookFormState> => {
      const auth = await authorizeAction("webhooks.manage");
      if (!auth.ok) return { status: "error", message: auth.message, fieldErrors: {}, values };
      const parsed = webhookInputSchema.safeParse(values);
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
        return { status: "invalid", message: "Check the highlighted fields.", fieldErrors, values };
      }
      const { secret } = await createWebhookEndpoint(auth.user, parsed.data);
      revalidatePath("/admin/webhooks");
      return { status: "created", secret, url: parsed.data.url };
    },
    (message) => ({ status: "error", message, fieldErrors: {}, values }),
  );
}
