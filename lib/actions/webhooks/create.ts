"use server";

import { revalidatePath } from "next/cache";
import { createWebhookEndpoint } from "@/lib/dal/distribution/webhooks";
import { webhookInputSchema, type WebhookFormState } from "@/lib/validation/webhook";
import { serverAction } from "../action";

function valuesOf(form: FormData) {
  return {
    url: String(form.get("url") ?? "").slice(0, 3000),
    description: String(form.get("description") ?? "").slice(0, 1000),
    events: form.getAll("events").map(String).slice(0, 10),
  };
}

/** "Add endpoint" on /admin/webhooks: the answer carries the signing secret, shown this once. */
export const createWebhookAction = serverAction(
  {
    name: "createWebhookAction",
    permission: "webhooks.manage",
    failed: (message: string, _prev: WebhookFormState, form: FormData): WebhookFormState => ({
      status: "error",
      message,
      fieldErrors: {},
      values: valuesOf(form),
    }),
  },
  async (user, _prev: WebhookFormState, form: FormData): Promise<WebhookFormState> => {
    const values = valuesOf(form);
    const parsed = webhookInputSchema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
      return { status: "invalid", message: "Check the highlighted fields.", fieldErrors, values };
    }
    const { secret } = await createWebhookEndpoint(user, parsed.data);
    revalidatePath("/admin/webhooks");
    return { status: "created", secret, url: parsed.data.url };
  },
);
