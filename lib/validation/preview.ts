// Inputs of the preview-link actions and the shape of a preview token, shared by the actions, the
// editor's form and the public /preview/[token] page.
import { z } from "zod";

/** How long a new link works: the form offers these choices, and the server never takes a number. */
export const PREVIEW_EXPIRY_CHOICES = ["1h", "24h", "7d"] as const;

export type PreviewExpiry = (typeof PREVIEW_EXPIRY_CHOICES)[number];

export const PREVIEW_EXPIRY: Record<PreviewExpiry, { label: string; ms: number }> = {
  "1h": { label: "1 hour", ms: 3_600_000 },
  "24h": { label: "24 hours", ms: 86_400_000 },
  "7d": { label: "7 days", ms: 7 * 86_400_000 },
};

export const DEFAULT_PREVIEW_EXPIRY: PreviewExpiry = "24h";

/**
 * 32 random bytes in base64url without padding are always 43 characters of [A-Za-z0-9_-]. Anything
 * else cannot be a token we issued, so it is refused before hashing or querying.
 */
export const PREVIEW_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function isPreviewTokenFormat(value: unknown): value is string {
  return typeof value === "string" && PREVIEW_TOKEN.test(value);
}

// Ids come from the page we rendered; they may only narrow a WHERE clause, never widen it.
const idSchema = z
  .string()
  .max(64, "The form is incomplete: reload the page.")
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "The form is incomplete: reload the page.");

export const previewCreateSchema = z
  .object({
    releaseId: idSchema,
    expiresIn: z.enum(PREVIEW_EXPIRY_CHOICES, { error: "Choose 1 hour, 24 hours or 7 days" }),
  })
  .transform(({ releaseId, expiresIn }) => ({ releaseId, ttlMs: PREVIEW_EXPIRY[expiresIn].ms }));

export type PreviewCreateInput = z.output<typeof previewCreateSchema>;

export const previewRevokeSchema = z.object({ releaseId: idSchema, linkId: idSchema });

export type PreviewRevokeInput = z.output<typeof previewRevokeSchema>;

/**
 * The create form's answer. The full link exists only in this answer (the database keeps a hash),
 * so it is shown once, to its creator, and never again.
 */
export type PreviewCreateState =
  | { status: "idle" }
  | { status: "created"; url: string; expiresAt: string }
  | { status: "error"; message: string; expiresIn: string };

export type PreviewRevokeState = { status: "idle" } | { status: "error"; message: string };

const previewPath = (token: string) => `/preview/${token}`;

// A Host header is only echoed back to the signed-in person who sent it, but a malformed one still
// must not end up in a link: then the path alone is shown.
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/**
 * The absolute link from the request's host and protocol (as forwarded by a proxy, if any), or the
 * path when the host is missing or malformed.
 */
export function previewUrl(token: string, host: string | null, forwardedProto: string | null): string {
  const path = previewPath(token);
  const cleanHost = host?.split(",")[0]?.trim() ?? "";
  if (!HOST.test(cleanHost)) return path;
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  // Without a forwarded protocol, assume TLS except on a local address (development and tests).
  const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(cleanHost);
  const scheme = proto === "http" || proto === "https" ? proto : local ? "http" : "https";
  return `${scheme}://${cleanHost}${path}`;
}
