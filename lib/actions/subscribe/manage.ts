"use server";

import { redirect } from "next/navigation";
import {
  confirmSubscription,
  deleteSubscriber,
  unsubscribe,
  updatePreferences,
} from "@/lib/dal/distribution/subscribers";
import { verifySubscriberToken } from "@/lib/crypto/tokens";
import {
  fieldErrorsOfSubscribe,
  preferencesSchema,
  subscribeFormValues,
  type SubscribeState,
} from "@/lib/validation/subscribe";

// A subscriber has no account: each action is authorized by the signed token from their emails
// (lib/crypto/tokens.ts), which names exactly one subscriber and cannot be forged.

const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, 300) : "";
};

export async function confirmSubscriptionAction(form: FormData): Promise<void> {
  const result = await confirmSubscription(str(form, "token"));
  redirect(result.status === "confirmed" ? "/subscribe/confirm?done=1" : "/subscribe/confirm?invalid=1");
}

export async function unsubscribeAction(form: FormData): Promise<void> {
  const token = str(form, "token");
  const id = verifySubscriberToken(token);
  if (!id || !(await unsubscribe(id))) redirect("/subscribe/unsubscribe?invalid=1");
  redirect(`/subscribe/unsubscribe?done=1`);
}

export async function deleteSubscriberAction(form: FormData): Promise<void> {
  const id = verifySubscriberToken(str(form, "token"));
  if (!id) redirect("/subscribe/preferences?invalid=1");
  await deleteSubscriber(id);
  redirect("/subscribe/preferences?deleted=1");
}

export async function updatePreferencesAction(_prev: SubscribeState, form: FormData): Promise<SubscribeState> {
  const values = subscribeFormValues(form);
  const id = verifySubscriberToken(str(form, "token"));
  if (!id) return { status: "error", message: "This link is not valid.", fieldErrors: {}, values };
  const parsed = preferencesSchema.safeParse(values);
  if (!parsed.success)
    return {
      status: "invalid",
      message: "Check the highlighted fields.",
      fieldErrors: fieldErrorsOfSubscribe(parsed.error),
      values,
    };
  if (!(await updatePreferences(id, parsed.data)))
    return { status: "error", message: "This subscription no longer exists.", fieldErrors: {}, values };
  return { status: "sent", message: "Your choices are saved." };
}
