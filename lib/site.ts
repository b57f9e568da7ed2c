import "server-only";
import { headers } from "next/headers";
import { env } from "./env";

/**
 * The site's public origin ("https://press.example.org", no trailing slash) for absolute links in
 * feeds, sitemaps, structured data and share images: SITE_URL, else NEXTAUTH_URL, else the request.
 */
export async function siteUrl(): Promise<string> {
  const configured = env().SITE_URL ?? env().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  // The Host header is client-controlled: keep only what a host name can contain.
  return `${proto === "https" ? "https" : "http"}://${host.replace(/[^A-Za-z0-9.\-:[\]]/g, "")}`;
}

export function siteName(): string {
  return env().SITE_NAME;
}

/** The public origin outside a request (background jobs writing links into emails). */
export function configuredSiteUrl(): string {
  const configured = env().SITE_URL ?? env().NEXTAUTH_URL ?? `http://localhost:${env().PORT ?? 3000}`;
  return configured.replace(/\/+$/, "");
}
