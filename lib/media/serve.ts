import "server-only";
import { Readable } from "node:stream";
import { findPublicMediaFile, type PublicMediaFile } from "../dal/public/media";
import { invalidCookieNames } from "../http/request-guards";
import { mediaStorage } from "../storage";

// Answers for media files (issue 13): the public /media/<key> files and the editors' originals.
// Nothing uploaded is ever interpreted by the browser as a page of our origin: every answer carries
// nosniff and a sandboxing CSP, attachments and originals are downloads (Content-Disposition:
// attachment), and SVGs only ever reach readers rasterised.

/**
 * Browsers keep a file a year and never revalidate it (its name changes with its content). Shared
 * caches (deploy/nginx, a CDN) keep it 45 s: an unpublished or withdrawn release's files must stop
 * being served publicly within a minute, like its pages (lib/http/cache-control.ts). The minute is
 * shared with this process's memory of visible keys (VISIBLE_TTL_MS): a shared cache may refetch the
 * file just before that memory ends and keep it 45 s more, so the two add up (45 + 10 < 60; with 60 +
 * 60, e2e/takedown.spec.ts measured a file still served through nginx 61 s after an unpublish).
 */
export const MEDIA_CACHE_CONTROL = "public, max-age=31536000, s-maxage=45, immutable";
export const MEDIA_CSP = "default-src 'none'; sandbox";

// ---------- which keys are public: one query per key, remembered up to 10 s in this process ----------

/** Visible keys are remembered briefly: this and the shared caches' s-maxage together stay under 60 s. */
const VISIBLE_TTL_MS = 10_000;
/** Not found is remembered briefly: a file that has just gone live shows within seconds. */
const HIDDEN_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
const remembered = new Map<string, { file: PublicMediaFile | null; until: number }>();

export async function publicMediaFile(key: string): Promise<PublicMediaFile | null> {
  const now = Date.now();
  const hit = remembered.get(key);
  if (hit && hit.until > now) return hit.file;
  const file = await findPublicMediaFile(key);
  remembered.delete(key);
  if (remembered.size >= MAX_ENTRIES) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, { file, until: now + (file ? VISIBLE_TTL_MS : HIDDEN_TTL_MS) });
  return file;
}

// ---------- responses ----------

/** `attachment; filename="…"; filename*=UTF-8''…` with the name made safe and its extension from the real type. */
export function contentDisposition(filename: string, extension: string | null): string {
  const stem =
    filename
      .replace(/\.[A-Za-z0-9]{1,8}$/, "")
      .replace(/[\\/"\u0000-\u001f\u007f]/g, "")
      .trim() || "file";
  const name = extension ? `${stem}.${extension}` : stem;
  const ascii = name.replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export interface FileAnswer {
  key: string;
  mime: string;
  cacheControl: string;
  /** Set for downloads. */
  disposition?: string;
}

/** Streams the stored file, or null when storage has no such object. */
export async function fileResponse(request: Request, answer: FileAnswer): Promise<Response | null> {
  const etag = `"${answer.key.replace(/[^A-Za-z0-9._-]/g, "-")}"`;
  const headers = new Headers({
    "Content-Type": answer.mime,
    "Cache-Control": answer.cacheControl,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": MEDIA_CSP,
    ETag: etag,
  });
  if (answer.disposition) headers.set("Content-Disposition", answer.disposition);
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const object = await mediaStorage().get(answer.key);
  if (!object) return null;
  headers.set("Content-Length", String(object.size));
  if (request.method === "HEAD") {
    object.stream.destroy();
    return new Response(null, { status: 200, headers });
  }
  return new Response(Readable.toWeb(object.stream) as ReadableStream, { status: 200, headers });
}

export function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      // Short, like an unpublished page: the file may be published in a moment.
      "Cache-Control": "public, max-age=0, s-maxage=5",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": MEDIA_CSP,
    },
  });
}

/**
 * The proxy's refusals that /api/media needs too (proxy.ts does not run for it): a Cookie header with
 * an invalid name would make the session lookup throw (a 500), so it is a 400 that says why.
 */
export function refuseBadCookies(request: Request): Response | null {
  const bad = invalidCookieNames(request.headers.get("cookie"));
  if (bad.length === 0) return null;
  return Response.json(
    {
      error: "bad_request",
      message: `Bad request: a cookie has an invalid name (${JSON.stringify(bad[0]!.slice(0, 60))}). Clear this site's cookies and try again.`,
    },
    { status: 400, headers: { "Cache-Control": "private, no-store" } },
  );
}
