"use server";

import { headers } from "next/headers";
import { clientAddress, peerAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/dal/health";
import { requestSubscription } from "@/lib/dal/distribution/subscribers";
import {
  CONSENT_TEXT,
  SUBSCRIBE_ANSWER,
  fieldErrorsOfSubscribe,
  subscribeFormValues,
  subscribeSchema,
  type SubscribeState,
} from "@/lib/validation/subscribe";

/** Public by design (a reader asking for mail): rate-limited, and the answer never tells whether the address is known. */
export async function subscribeAction(_prev: SubscribeState, form: FormData): Promise<SubscribeState> {
  const values = subscribeFormValues(form);
  const parsed = subscribeSchema.safeParse({
    email: values.email,
    preferences: {
      everything: values.everything,
      countries: values.countries,
      issuers: values.issuers,
      topics: values.topics,
      frequency: values.frequency,
    },
  });
  if (!parsed.success)
    return {
      status: "invalid",
      message: "Check the highlighted fields.",
      fieldErrors: fieldErrorsOfSubscribe(parsed.error),
      values,
    };
  const h = await headers();
  try {
    const result = await requestSubscription(
      parsed.data.email,
      parsed.data.preferences,
      CONSENT_TEXT,
      clientAddress(Object.fromEntries(h.entries()), env().TRUST_PROXY, peerAddress(Object.fromEntries(h.entries()))),
    );
    if (result.status === "rate_limited")
      return {
        status: "error",
        message: "Too many subscription requests. Try again in an hour.",
        fieldErrors: {},
        values,
      };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return { status: "error", message: "The service is unavailable — try again shortly.", fieldErrors: {}, values };
  }
  return { status: "sent", message: SUBSCRIBE_ANSWER };
}
