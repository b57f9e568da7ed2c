// Early refusals in proxy.ts for requests no page or handler should ever see: each would otherwise
// reach code that answers with an unhandled 500, or costs CPU before anything checks who is asking.
// Pure (headers in, refusal out), so unit tests cover every rule.

export interface Refusal {
  status: 400 | 401 | 411 | 413;
  message: string;
}

export interface GuardedRequest {
  method: string;
  pathname: string;
  /** The raw query string, "?…" or "". */
  search: string;
  headers: Pick<Headers, "get">;
  /** Whether next-auth's session cookie is present (not whether it is valid: the page checks that). */
  hasSessionCookie: boolean;
}

/** next.config.js serverActions.bodySizeLimit: the app's own message instead of Next's 500. */
const ACTION_BODY_LIMIT = 1024 * 1024;
/** No reader-side action needs more (there are none today): anything larger is refused unread. */
const PUBLIC_ACTION_BODY_LIMIT = 64 * 1024;

// RFC 6265 cookie-name = token (RFC 7230): what next-auth's cookie serialiser accepts.
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const isEditorPath = (pathname: string) => pathname === "/admin" || pathname.startsWith("/admin/");

// next-auth's session cookie, also chunked (.0, .1 …) when large, and with the __Secure- prefix.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

function cookieNames(cookieHeader: string | null): string[] {
  if (!cookieHeader) return [];
  return cookieHeader
    .split(";")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf("=");
      return eq === -1 ? pair : pair.slice(0, eq);
    });
}

/** The names in a Cookie header that are not valid cookie names ("a b", "", "x\ty"). */
export function invalidCookieNames(cookieHeader: string | null): string[] {
  return cookieNames(cookieHeader).filter((name) => !COOKIE_NAME.test(name));
}

/** Whether a Cookie header carries next-auth's session cookie (not whether it is valid). */
export function hasSessionCookie(cookieHeader: string | null): boolean {
  return cookieNames(cookieHeader).some((name) => SESSION_COOKIE.test(name));
}

export function refuseRequest(request: GuardedRequest): Refusal | null {
  const { method, pathname, search, headers } = request;
  // PostgreSQL cannot store or compare text holding a NUL character; nothing legitimate sends one.
  // The JSON API validates its own query and answers a JSON 400 naming the parameter instead.
  if (/%00/.test(pathname) || (/%00/.test(search) && !pathname.startsWith("/api/v1/"))) {
    return { status: 400, message: "Bad request: the address contains a NUL character (%00)." };
  }
  const badCookies = invalidCookieNames(headers.get("cookie"));
  if (badCookies.length > 0) {
    return {
      status: 400,
      message: `Bad request: a cookie has an invalid name (${JSON.stringify(badCookies[0]!.slice(0, 60))}). Clear this site's cookies and try again.`,
    };
  }
  if (method !== "POST") return null;

  const length = Number(headers.get("content-length") ?? NaN);
  const contentType = (headers.get("content-type") ?? "").toLowerCase();
  const isAction = headers.get("next-action") !== null;
  if (isAction) {
    // Server actions exist only in the editor: whoever has no session cannot run one, so their post
    // is refused before its body is read or parsed (a megabyte of multipart costs real CPU).
    if (isEditorPath(pathname) && !request.hasSessionCookie) {
      return { status: 401, message: "You are not signed in (or your session has ended). Sign in and try again." };
    }
    const limit = isEditorPath(pathname) ? ACTION_BODY_LIMIT : PUBLIC_ACTION_BODY_LIMIT;
    if (!Number.isFinite(length)) {
      return { status: 411, message: "A form post must say how large it is (Content-Length)." };
    }
    if (length > limit) {
      return {
        status: 413,
        message: `This request is too large (over ${limit >= ACTION_BODY_LIMIT ? "1 MB" : "64 KB"}): nothing was saved. Shorten the text and try again.`,
      };
    }
    return null;
  }
  // A form post to a reader page (they have no actions) makes Next parse the body looking for one
  // (a form without JavaScript names its action in the body): refused unread. The editor's forms,
  // the login page, the subscription pages (their forms work without JavaScript, issue 16) and route
  // handlers (/api) are left to answer their own posts.
  const isForm = contentType.startsWith("multipart/") || contentType.startsWith("application/x-www-form-urlencoded");
  const ownForms = pathname === "/login" || pathname === "/subscribe" || pathname.startsWith("/subscribe/");
  if (isForm && !isEditorPath(pathname) && !ownForms && !pathname.startsWith("/api/")) {
    return { status: 400, message: "Bad request: this address accepts no form posts." };
  }
  return null;
}

/**
 * The query parameters each public page and feed reads (lib/validation/public-query.ts, the feeds'
 * parseCountryFilter, the oEmbed route). A request with any other parameter is redirected to the same
 * URL without it (canonicalReaderLocation): shared caches key on the whole URL (deploy/nginx uses
 * $request_uri), so "?x=<random>" would otherwise be a new cache entry and a full render every time.
 * The unit tests check that the parsers read nothing outside these lists.
 */
export const READER_QUERY_PARAMETERS: ReadonlyArray<readonly [RegExp, ReadonlySet<string>]> = [
  [/^\/$/, new Set(["q", "country", "type", "issuer", "speaker", "from", "to", "after", "before", "language"])],
  // Issue 14: a language's home (/az) is its language's listing: the path says the language.
  [/^\/[a-z]{2,3}$/, new Set(["q", "country", "type", "issuer", "speaker", "from", "to", "after", "before"])],
  [/^(\/[a-z]{2,3})?\/agreements$/, new Set(["country", "type", "party", "from", "to", "page"])],
  [/^(\/[a-z]{2,3})?\/(releases|people)\/[^/]+$/, new Set()],
  [/^(\/[a-z]{2,3})?\/(feed|rss)\.xml$/, new Set(["country"])],
  [/^\/(sitemap\.xml|news-sitemap\.xml|robots\.txt)$/, new Set()],
  // oEmbed's own parameters (maxheight is part of the standard; the card ignores it).
  [/^\/api\/oembed$/, new Set(["url", "format", "maxwidth", "maxheight"])],
];

// Next's own marker of a client-side navigation, kept wherever it appears.
const NEXT_INTERNAL_PARAMETERS = new Set(["_rsc"]);

function parameterName(pair: string): string | null {
  const eq = pair.indexOf("=");
  try {
    return decodeURIComponent((eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, " "));
  } catch {
    return null; // a malformed name ("%ZZ") is no parameter any page reads
  }
}

export interface ReaderRequest {
  method: string;
  pathname: string;
  /** The raw query string, "?…" or "". */
  search: string;
  /** A React Server Component request (client navigation, prefetch): private, never shared-cached. */
  rsc: boolean;
}

/**
 * Where a read of a public page with parameters it does not read should go instead: the same path
 * with only the known parameters, in their order and spelling (so "?utm_source=…" links still land on
 * the page). null when the URL is canonical already, or the path is not one of READER_QUERY_PARAMETERS.
 */
export function canonicalReaderLocation(request: ReaderRequest): string | null {
  const { method, pathname, search, rsc } = request;
  if ((method !== "GET" && method !== "HEAD") || rsc || search === "") return null;
  const allowed = READER_QUERY_PARAMETERS.find(([path]) => path.test(pathname))?.[1];
  if (!allowed) return null;
  const pairs = search.slice(1).split("&");
  const kept = pairs.filter((pair) => {
    const name = pair === "" ? null : parameterName(pair);
    return name !== null && (allowed.has(name) || NEXT_INTERNAL_PARAMETERS.has(name));
  });
  if (kept.length === pairs.length) return null;
  return kept.length > 0 ? `${pathname}?${kept.join("&")}` : pathname;
}
