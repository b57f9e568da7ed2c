import { z } from "zod";
import { RELEASE_EVENT_TYPES } from "../domain/distribution/events";

export const webhookInputSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the endpoint's URL")
    .max(2000, "At most 2000 characters")
    .pipe(z.url({ protocol: /^https?$/, error: "Enter an http:// or https:// URL" })),
  description: z.string().trim().max(200, "At most 200 characters"),
  events: z.array(z.enum(RELEASE_EVENT_TYPES)).min(1, "Choose at least one event").max(RELEASE_EVENT_TYPES.length),
});

export type WebhookFormState =
  | { status: "idle" }
  | { status: "created"; secret: string; url: string }
  | {
      status: "invalid" | "error";
      message: string;
      fieldErrors: Record<string, string>;
      values: { url: string; description: string; events: string[] };
    };
