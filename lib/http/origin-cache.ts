import "server-only";
import type http from "node:http";
import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import { env } from "../env";
import { logRequest } from "../log";
import { PUBLIC_CACHE_CONTROL } from "./cache-control";
import { hasSessionCookie, refuseRequest } from "./request-guards";
import { newNonce, requestId } from "./security-headers";
import { publicGeneration } from "../public-generation";
import { fnv1a } from "../domain/fnv1a";

/**
 * The origin's own copy of the responses it calls public (issue 17). Reader pages render per request
 * only because every HTML response carries a fresh CSP nonce; what they show is the same for every
 * anonymous reader of a URL (deploy/nginx already shares them between readers for a second). So the
 * HTTP server keeps the last answer to each such URL, with its nonce cut out, and answers the next
 * request for it without Next: the same bytes and headers with a new nonce, a new request id and the
 * request's log line. Nothing else is ever shared: a response is kept only when Next answered 200 with
 * the public Cache-Control that proxy.ts and the API give reader responses, no Set-Cookie, no Vary
 * beyond Next's RSC headers, uncompressed, to a GET with no session cookie, no conditional headers and
 * no RSC headers. Every change readers can see drops it all (invalidatePublicContent →
 * dropOriginCache), and an entry lives at most ORIGIN_CACHE_TTL_SECONDS.
 *
 * One instance only: with REDIS_URL (several instances) a publish on another instance would not reach
 * this memory, so the copy is off there, as it is under `next dev` and with ORIGIN_CACHE_MB=0.
 */

interface Entry {
  headers: [string, string | string[]][];
  /**
   * The body as rendered (with the nonce it was rendered with), deflated: a page's HTML and flight
   * payload shrink several times, so the same memory keeps several times the pages (issue 17's memory
   * row), for ~0.1 ms of inflating a hit and a fast deflate once per page kept.
   */
  packed: Buffer;
  /** The body's length: inflating into one buffer of that size is ~3 times faster than zlib's chunks. */
  length: number;
  nonce: string | null;
  bytes: number;
  expiresAt: number;
}

interface State {
  entries: Map<string, Entry>;
  bytes: number;
  /** Hashes of the keys answered once and not kept (the doorkeeper below). */
  seen: Set<number>;
}

// On globalThis: Next bundles the server's code more than once (instrumentation, routes), and every
// copy must see one cache.
const KEY = Symbol.for("pressroom.originCache");
const state = (): State => {
  const g = globalThis as { [KEY]?: State };
  return (g[KEY] ??= { entries: new Map(), bytes: 0, seen: new Set() });
};

/** One response larger than this is not kept (a page is 50–130 KB). */
const MAX_ENTRY_BYTES = 1024 * 1024;
// Next's own Vary on pages: the RSC request headers, which such requests never reach this copy with.
const HARMLESS_VARY =
  /^(?:rsc|next-router-state-tree|next-router-prefetch|next-router-segment-prefetch|next-url|accept-encoding)$/i;
const DROPPED_HEADERS = new Set([
  "content-length",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "x-request-id",
]);

function enabled(): boolean {
  const config = env();
  return config.NODE_ENV !== "development" && !config.REDIS_URL && config.ORIGIN_CACHE_MB > 0;
}

/**
 * Every change readers can see: called by invalidatePublicContent, after it has advanced the
 * generation of public content (lib/public-generation.ts) that responses rendered meanwhile are
 * checked against.
 */
export function dropOriginCache(): void {
  const s = state();
  s.entries.clear();
  s.bytes = 0;
}

function cacheKey(req: http.IncomingMessage): string | null {
  const h = req.headers;
  if (req.method !== "GET" || !req.url) return null;
  if (h["if-none-match"] !== undefined || h["if-modified-since"] !== undefined) return null;
  // Next compresses for clients that ask; behind deploy/nginx (which clears Accept-Encoding) none do.
  if (h["accept-encoding"] && /\b(?:gzip|deflate|br|zstd)\b/i.test(String(h["accept-encoding"]))) return null;
  if (hasSessionCookie(h.cookie ?? null)) return null;
  if (h.authorization !== undefined) return null;
  const path = req.url.split("?")[0] ?? "";
  if (path.startsWith("/_next/") || path.startsWith("/media/")) return null;
  if (path.startsWith("/api/") && !path.startsWith("/api/v1/")) return null;
  // Pages read the origin from these (lib/site.ts) and HSTS follows the scheme.
  const host = String(h["x-forwarded-host"] ?? h.host ?? "");
  return `${String(h["x-forwarded-proto"] ?? "")}|${host}|${req.url}`;
}

/**
 * Called by the HTTP server hook (lib/peer-address.ts) for every request before Next sees it: true
 * when this copy answered it; otherwise the response is watched, and kept if it qualifies.
 */
export function answerFromOriginCache(req: http.IncomingMessage, res: http.ServerResponse, rsc: boolean): boolean {
  if (rsc || !enabled()) return false;
  const key = cacheKey(req);
  if (!key) return false;
  const s = state();
  const entry = s.entries.get(key);
  if (entry && entry.expiresAt > Date.now() && serve(req, res, entry)) {
    // Least recently used last.
    s.entries.delete(key);
    s.entries.set(key, entry);
    return true;
  }
  if (entry) {
    s.entries.delete(key);
    s.bytes -= entry.bytes;
  }
  if (firstAnswer(s, key)) return false;
  watch(res, key, publicGeneration());
  return false;
}

/** Keys remembered as answered once; past this many the doorkeeper starts again (~1 MB at most). */
const SEEN_MAX = 50_000;

/**
 * A URL is kept from its second answer on. A URL asked once (a new search, a listing by a date nobody
 * asks again) would otherwise be copied and deflated and would fill the copy, pushing out the pages
 * readers do ask again (issue 17's memory row: under the bench's mixed load the copy filled its
 * 32 MB with such pages within four minutes, and the RSS rose until it had). True for the first
 * answer (remembered by a hash of its key; a collision only keeps a URL one answer early).
 */
function firstAnswer(s: State, key: string): boolean {
  const h = fnv1a(key) >>> 1;
  if (s.seen.has(h)) return false;
  if (s.seen.size >= SEEN_MAX) s.seen.clear();
  s.seen.add(h);
  return true;
}

function serve(req: http.IncomingMessage, res: http.ServerResponse, entry: Entry): boolean {
  const url = new URL(req.url ?? "/", "http://origin");
  // The same early refusals proxy.ts makes (a malformed cookie name is a 400 there, not this page).
  const headers = { get: (name: string) => (req.headers[name.toLowerCase()] as string | undefined) ?? null };
  // No session cookie: cacheKey() sent those requests on to Next.
  if (refuseRequest({ method: "GET", pathname: url.pathname, search: url.search, headers, hasSessionCookie: false }))
    return false;
  const incomingId = req.headers["x-request-id"];
  const id = requestId(typeof incomingId === "string" ? incomingId : null);
  const nonce = entry.nonce ? newNonce() : null;
  const body = withNonce(inflateRawSync(entry.packed, { chunkSize: Math.max(64, entry.length) }), entry.nonce, nonce);
  // The nonce is in the policy and in other headers too (Link: …; nonce="…" preloads).
  const renew = (v: string) => (nonce && entry.nonce ? v.replaceAll(entry.nonce, nonce) : v);
  for (const [name, value] of entry.headers)
    res.setHeader(name, Array.isArray(value) ? value.map(renew) : renew(value));
  res.setHeader("x-request-id", id);
  res.setHeader("content-length", body.length);
  res.setHeader("x-origin-cache", "hit");
  res.statusCode = 200;
  logRequest({ requestId: id, method: "GET", path: url.pathname });
  req.resume();
  res.end(body);
  return true;
}

/**
 * zlib's answer is a view of its larger output chunk: kept as it is, each entry would hold several
 * times the bytes counted against ORIGIN_CACHE_MB (measured: 105 MB of array buffers under a 32 MB cap).
 */
function exactCopy(view: Buffer): Buffer {
  const copy = Buffer.allocUnsafeSlow(view.length);
  view.copy(copy);
  return copy;
}

/** The body with each occurrence of the nonce it was rendered with replaced by the new one. */
function withNonce(body: Buffer, old: string | null, nonce: string | null): Buffer {
  if (!old || !nonce) return body;
  const needle = Buffer.from(old);
  const fresh = Buffer.from(nonce);
  // Nonces are of one length: written over the old one in the buffer just inflated, nothing is copied.
  if (fresh.length === needle.length) {
    for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length)) fresh.copy(body, at);
    return body;
  }
  const pieces: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at >= 0; at = body.indexOf(needle, from)) {
    pieces.push(body.subarray(from, at), fresh);
    from = at + needle.length;
  }
  pieces.push(body.subarray(from));
  return Buffer.concat(pieces);
}

function watch(res: http.ServerResponse, key: string, generation: string): void {
  // Headers passed to writeHead itself are not in getHeaders(); a raw header list is not read at all.
  const explicit: Record<string, unknown> = {};
  let rawHeaders = false;
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    for (const arg of args.slice(1)) {
      if (Array.isArray(arg)) rawHeaders = true;
      else if (arg && typeof arg === "object")
        for (const [name, value] of Object.entries(arg)) explicit[name.toLowerCase()] = value;
    }
    return Reflect.apply(writeHead, this, args) as http.ServerResponse;
  } as typeof res.writeHead;
  const chunks: Buffer[] = [];
  let size = 0;
  let skip = false;
  let checked = false;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (skip || chunk === undefined || chunk === null || typeof chunk === "function") return;
    // The headers are final once the body starts: most answers (editor and sign-in pages, errors)
    // are not public, and are then not copied at all.
    if (!checked) {
      checked = true;
      const cacheControl = explicit["cache-control"] ?? res.getHeader("cache-control");
      if (res.statusCode !== 200 || cacheControl !== PUBLIC_CACHE_CONTROL) {
        skip = true;
        return;
      }
    }
    const b =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += b.length;
    if (size > MAX_ENTRY_BYTES) {
      skip = true; // too big to keep
      chunks.length = 0;
    } else chunks.push(b);
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: http.ServerResponse, ...args: unknown[]) {
    keep(args[0], args[1]);
    return Reflect.apply(write, this, args) as boolean;
  } as typeof res.write;
  res.end = function (this: http.ServerResponse, ...args: unknown[]) {
    keep(args[0], args[1]);
    return Reflect.apply(end, this, args) as http.ServerResponse;
  } as typeof res.end;
  res.once("finish", () => {
    if (!skip && !rawHeaders) store(key, generation, res, { ...res.getHeaders(), ...explicit }, Buffer.concat(chunks));
  });
}

function store(
  key: string,
  generation: string,
  res: http.ServerResponse,
  headers: Record<string, unknown>,
  body: Buffer,
): void {
  const s = state();
  // A change readers can see happened while this was rendered: it may show the old content.
  if (publicGeneration() !== generation || res.statusCode !== 200) return;
  if (headers["cache-control"] !== PUBLIC_CACHE_CONTROL) return;
  if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return;
  if (!/^(?:text\/html|application\/json)\b/i.test(String(headers["content-type"] ?? ""))) return;
  const vary = String(headers["vary"] ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (!vary.every((v) => HARMLESS_VARY.test(v))) return;
  const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1] ?? null;
  const entry: Entry = {
    headers: Object.entries(headers)
      .filter(([name, value]) => value !== undefined && !DROPPED_HEADERS.has(name))
      .map(([name, value]): [string, string | string[]] => [
        name,
        Array.isArray(value) ? value.map(String) : String(value),
      ]),
    packed: exactCopy(deflateRawSync(body, { level: constants.Z_BEST_SPEED })),
    length: body.length,
    nonce,
    bytes: 0,
    expiresAt: Date.now() + env().ORIGIN_CACHE_TTL_SECONDS * 1000,
  };
  entry.bytes = entry.packed.length + 2048;
  const old = s.entries.get(key);
  if (old) s.bytes -= old.bytes;
  s.entries.delete(key);
  s.entries.set(key, entry);
  s.bytes += entry.bytes;
  const max = env().ORIGIN_CACHE_MB * 1024 * 1024;
  for (const [k, e] of s.entries) {
    if (s.bytes <= max) break;
    s.entries.delete(k);
    s.bytes -= e.bytes;
  }
}
