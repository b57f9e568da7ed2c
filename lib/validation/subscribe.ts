import { z } from "zod";

/** Exactly what the form shows next to the button; stored with each subscription as the consent given. */
export const CONSENT_TEXT =
  "I agree to receive press releases matching my choices by email. I can change my choices or unsubscribe with the link in every email, and export or delete my data at any time.";

export const SUBSCRIBE_ANSWER = "If this address can be subscribed, a confirmation is on its way. Check your inbox.";

const list = (max: number) =>
  z
    .array(z.string().trim().min(1).max(200))
    .max(max)
    .transform((values) => [...new Set(values)]);

export const preferencesSchema = z
  .object({
    everything: z.boolean(),
    countries: list(50).pipe(
      z
        .array(
          z
            .string()
            .max(2)
            .regex(/^[A-Z]{2}$/, "Choose countries from the list"),
        )
        .max(50),
    ),
    issuers: list(50),
    topics: list(50),
    frequency: z.enum(["IMMEDIATE", "DAILY"], { error: "Choose how often" }),
  })
  .refine((p) => p.everything || p.countries.length + p.issuers.length + p.topics.length > 0, {
    message: "Choose at least one country, issuer or topic, or “Everything”",
    path: ["follow"],
  });

export const subscribeSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address")
    .max(254, "This address is too long")
    .pipe(z.email("Enter an email address like name@example.org")),
  preferences: preferencesSchema,
});

export type Preferences = z.output<typeof preferencesSchema>;

export interface SubscribeFormValues {
  email: string;
  everything: boolean;
  countries: string[];
  issuers: string[];
  topics: string[];
  frequency: string;
}

export type SubscribeState =
  | { status: "idle" }
  | { status: "sent"; message: string }
  | { status: "invalid" | "error"; message: string; fieldErrors: Record<string, string>; values: SubscribeFormValues };

/** FormData → the shape the schemas check (checkbox lists arrive as repeated fields). */
export function subscribeFormValues(form: FormData): SubscribeFormValues {
  const strings = (name: string) =>
    form
      .getAll(name)
      .filter((v): v is string => typeof v === "string")
      .slice(0, 60);
  const one = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v.slice(0, 1000) : "";
  };
  return {
    email: one("email"),
    everything: one("everything") === "on",
    countries: strings("countries"),
    issuers: strings("issuers"),
    topics: strings("topics")
      .flatMap((t) => t.split(","))
      .map((t) => t.trim())
      .filter(Boolean),
    frequency: one("frequency") || "IMMEDIATE",
  };
}

export function fieldErrorsOfSubscribe(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((p) => typeof p === "string" && p !== "preferences")[0] ?? "form";
    out[String(key)] ??= issue.message;
  }
  return out;
}
