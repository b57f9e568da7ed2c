// HTTP plumbing shared by the /api/v1 route handlers: validated JSON bodies, validators (ETag,
// Last-Modified) with 304s, CORS, and JSON errors that never carry a stack trace.
import { createHash } from "node:crypto";
import type { z } from "zod";
import { PUBLIC_CACHE_CONTROL } from "../http/cache-control";
import { logger } from "../log";
import { ErrorSchema, type ErrorCode } from "./schemas";

/** Anyone may read the API from a browser: it is public data, and no cookie is ever needed or read. */
const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link",
};

const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

/** A client mistake (or a missing resource) with what the JSON error body says about it. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 410 | 500,
    readonly code: ErrorCode,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function invalidParameter(parameter: string, message: string): ApiError {
  return new ApiError(400, "invalid_parameter", message, parameter);
}

export function notFound(message = "Not found."): ApiError {
  return new ApiError(404, "not_found", message);
}

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * A weak validator: a hash of the exact bytes sent. Weak because a compressing proxy or Next itself
 * may re-encode the body, and a strong ETag would then be a lie; conditional GETs compare weakly anyway.
 */
export function etagOf(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether an If-None-Match header names this ETag (weak comparison, lists and "*" included). */
export function etagMatches(header: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const ours = opaque(etag);
  return header.split(",").some((candidate) => candidate.trim() === "*" || opaque(candidate) === ours);
}

/**
 * RFC 9110 §13.2.2: If-None-Match decides when present (If-Modified-Since is then ignored); else
 * If-Modified-Since, compared at the one-second precision of HTTP dates.
 */
export function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, etag);
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null || lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** Last-Modified is never in the future (RFC 9110 §8.8.2.1), whatever the data says. */
function lastModifiedHeader(lastModified: Date): string {
  return new Date(Math.min(lastModified.getTime(), Date.now())).toUTCString();
}

export interface JsonOptions {
  /** The latest change of what the body shows (null: no Last-Modified). */
  lastModified: Date | null;
  /** Pagination, sent as a Link header too (RFC 8288). */
  links?: { next?: string | null; prev?: string | null };
}

/**
 * Parses `body` through its output schema (a field the schema does not list is an error, never a
 * leak), then answers 200 with validators, or 304 when the client's copy is current.
 */
export function jsonResponse<S extends z.ZodType>(
  request: Request,
  schema: S,
  body: z.input<S>,
  options: JsonOptions,
): Response {
  const text = JSON.stringify(schema.parse(body));
  const etag = etagOf(text);
  const headers = new Headers({ ...CORS_HEADERS, "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: etag });
  if (options.lastModified) headers.set("Last-Modified", lastModifiedHeader(options.lastModified));
  const link = [
    options.links?.next ? `<${options.links.next}>; rel="next"` : null,
    options.links?.prev ? `<${options.links.prev}>; rel="prev"` : null,
  ].filter(Boolean);
  if (link.length > 0) headers.set("Link", link.join(", "));
  if (isNotModified(request, etag, options.lastModified)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", JSON_TYPE);
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(text, { status: 200, headers });
}

function errorResponse(error: ApiError): Response {
  const body = ErrorSchema.parse({
    error: {
      status: error.status,
      code: error.code,
      message: error.message,
      ...(error.parameter !== undefined ? { parameter: error.parameter } : {}),
    },
  });
  const headers = new Headers({
    ...CORS_HEADERS,
    "Content-Type": JSON_TYPE,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (error.status === 405) headers.set("Allow", ALLOWED_METHODS);
  return new Response(JSON.stringify(body), { status: error.status, headers });
}

/** CORS preflight: the conditional-request headers are not CORS-safelisted, so they are allowed here. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      Allow: ALLOWED_METHODS,
      "Access-Control-Allow-Methods": ALLOWED_METHODS,
      "Access-Control-Allow-Headers": "Accept, If-None-Match, If-Modified-Since, Cache-Control",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/**
 * Wraps a handler: an ApiError becomes its JSON error; anything else is logged (with its stack, on
 * the server only) and answered with a bare 500 that says nothing about the internals.
 */
export function apiHandler<C>(
  handler: (request: Request, context: C) => Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      logger.error("api request failed", { path: new URL(request.url).pathname, error });
      return errorResponse(
        new ApiError(500, "internal_error", "Something went wrong on our side. Please try again later."),
      );
    }
  };
}

/** For POST, PUT, PATCH and DELETE on API paths: the API is read-only. */
export async function methodNotAllowed(): Promise<Response> {
  return errorResponse(new ApiError(405, "method_not_allowed", `This API is read-only: use ${ALLOWED_METHODS}.`));
}

export async function preflight(): Promise<Response> {
  return preflightResponse();
}
