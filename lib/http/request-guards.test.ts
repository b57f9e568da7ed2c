import { describe, expect, it } from "vitest";
import { parseCountryFilter } from "../domain/feeds";
import { parseAgreementQuery, parseReleaseQuery, type SearchParams } from "../validation/public-query";
import {
  canonicalReaderLocation,
  hasSessionCookie,
  invalidCookieNames,
  READER_QUERY_PARAMETERS,
  refuseRequest,
  type GuardedRequest,
} from "./request-guards";

const req = (over: Partial<Omit<GuardedRequest, "headers">> & { headers?: Record<string, string> } = {}) =>
  refuseRequest({
    method: "GET",
    pathname: "/",
    search: "",
    hasSessionCookie: false,
    ...over,
    headers: new Headers(over.headers ?? {}),
  });

describe("early refusals (proxy.ts)", () => {
  it("issue 11.13: a NUL byte in the query or path is a 400 that names it", () => {
    expect(req({ pathname: "/admin/audit", search: "?release=%00" })).toMatchObject({ status: 400 });
    expect(req({ pathname: "/admin/audit", search: "?release=%00" })?.message).toContain("NUL");
    expect(req({ pathname: "/releases/a%00b" })?.status).toBe(400);
    expect(req({ search: "?q=100%25" })).toBeNull();
  });

  it("issue 11.13: a cookie with an invalid name is a 400 that names it", () => {
    expect(invalidCookieNames("next-auth.session-token =x; ok=1")).toEqual(["next-auth.session-token "]);
    expect(invalidCookieNames("a=1; b=2; __Secure-next-auth.session-token.0=x")).toEqual([]);
    expect(invalidCookieNames(null)).toEqual([]);
    const refusal = req({ headers: { cookie: "next-auth.session-token =x" } });
    expect(refusal?.status).toBe(400);
    expect(refusal?.message).toContain("invalid name");
  });

  it("issue 11.12: an editor action post without a session cookie is refused before its body is read", () => {
    const action = { method: "POST", headers: { "next-action": "60ab", "content-length": "900000" } };
    expect(req({ ...action, pathname: "/admin/releases/new" })?.status).toBe(401);
    expect(req({ ...action, pathname: "/admin/releases/new", hasSessionCookie: true })).toBeNull();
    // Reader routes have no actions: a large post there is refused unread.
    expect(req({ ...action, pathname: "/" })?.status).toBe(413);
    expect(
      req({ method: "POST", pathname: "/", headers: { "next-action": "60ab", "content-length": "100" } }),
    ).toBeNull();
    expect(req({ method: "POST", pathname: "/", headers: { "next-action": "60ab" } })?.status).toBe(411);
  });

  it("issue 11.13: an action body over 1 MB gets the app's own message; a form post to a reader page is a 400", () => {
    const huge = req({
      method: "POST",
      pathname: "/admin/releases/new",
      hasSessionCookie: true,
      headers: { "next-action": "60ab", "content-length": String(1024 * 1024 + 1) },
    });
    expect(huge).toMatchObject({ status: 413 });
    expect(huge?.message).toContain("too large (over 1 MB)");
    const form = { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" } };
    expect(req({ ...form, pathname: "/" })?.status).toBe(400);
    expect(req({ ...form, pathname: "/releases/x" })?.status).toBe(400);
    expect(req({ ...form, pathname: "/api/v1/releases" })).toBeNull();
    expect(req({ ...form, pathname: "/admin/releases/new" })).toBeNull();
    // issue 16: the subscription forms post without JavaScript.
    expect(req({ ...form, pathname: "/subscribe" })).toBeNull();
    expect(req({ ...form, pathname: "/subscribe/preferences" })).toBeNull();
    expect(req({ ...form, pathname: "/subscriber" })?.status).toBe(400);
  });
});

describe("the JSON API answers NUL bytes in its query itself", () => {
  it("leaves /api/v1 queries to the API's own JSON 400 naming the parameter, but not its path", () => {
    expect(req({ pathname: "/api/v1/releases", search: "?q=%00" })).toBeNull();
    expect(req({ pathname: "/api/v1/releases/a%00b" })?.status).toBe(400);
  });
});

describe("canonical reader URLs (proxy.ts)", () => {
  const location = (pathname: string, search: string, over: { method?: string; rsc?: boolean } = {}) =>
    canonicalReaderLocation({ method: "GET", rsc: false, pathname, search, ...over });

  it("issue 11.12: unknown query parameters on reader pages redirect to the canonical URL", () => {
    // A random parameter made a new key in deploy/nginx's cache ($request_uri) and a full render.
    expect(location("/", "?x=0.123")).toBe("/");
    expect(location("/", "?utm_source=newsletter&utm_medium=email")).toBe("/");
    // Known parameters stay, in their order and spelling; only the unknown ones go.
    expect(location("/", "?q=rail+freight&fbclid=abc&country=AZ&country=CN&from=2024-01-01")).toBe(
      "/?q=rail+freight&country=AZ&country=CN&from=2024-01-01",
    );
    expect(location("/", "?after=abc&zz=1&before=def")).toBe("/?after=abc&before=def");
    expect(location("/releases/azerbaijan-and-china", "?ref=twitter")).toBe("/releases/azerbaijan-and-china");
    expect(location("/people/aykhan-hajizade", "?utm_campaign=x")).toBe("/people/aykhan-hajizade");
    expect(location("/agreements", "?page=2&sort=desc&party=China")).toBe("/agreements?page=2&party=China");
    expect(location("/agreements", "?q=rail")).toBe("/agreements"); // its form has no search box
    expect(location("/feed.xml", "?country=AZ&utm_medium=rss")).toBe("/feed.xml?country=AZ");
    expect(location("/rss.xml", "?v=2")).toBe("/rss.xml");
    expect(location("/sitemap.xml", "?1")).toBe("/sitemap.xml");
    expect(location("/news-sitemap.xml", "?x")).toBe("/news-sitemap.xml");
    expect(location("/robots.txt", "?x=1")).toBe("/robots.txt");
    expect(location("/api/oembed", "?url=https%3A%2F%2Fa&format=json&maxwidth=500&cb=1")).toBe(
      "/api/oembed?url=https%3A%2F%2Fa&format=json&maxwidth=500",
    );
    // Names are compared decoded and case-sensitively, as the pages read them; empty pieces go too.
    expect(location("/", "?%71=rail")).toBeNull();
    expect(location("/", "?Q=rail")).toBe("/");
    expect(location("/", "?q=rail&&")).toBe("/?q=rail");
    expect(location("/", "?issuer[]=a&issuer=b")).toBe("/?issuer=b");
    expect(location("/", "?%ZZ=1&q=a")).toBe("/?q=a");
  });

  it("issue 11.12: canonical and other URLs are left alone", () => {
    expect(location("/", "")).toBeNull();
    expect(location("/", "?q=rail&country=AZ&type=TREATY&issuer=a&speaker=b&from=x&to=y&after=c")).toBeNull();
    expect(location("/agreements", "?country=CN&type=TREATY&party=x&from=a&to=b&page=3")).toBeNull();
    expect(location("/feed.xml", "?country=AZ")).toBeNull();
    expect(location("/api/oembed", "?url=x&format=json&maxwidth=1&maxheight=2")).toBeNull();
    // The JSON API validates its own parameters (a 400 naming the unknown one).
    expect(location("/api/v1/releases", "?bogus=1")).toBeNull();
    // The share image redirects to its own ?v=<edition>; the editor, sign-in, previews and
    // subscription links read tokens and are never shared-cached.
    expect(location("/releases/a/share-image", "?v=9&x=1")).toBeNull();
    expect(location("/admin/releases", "?x=1")).toBeNull();
    expect(location("/login", "?callbackUrl=/admin")).toBeNull();
    expect(location("/subscribe/confirm", "?token=abc")).toBeNull();
    expect(location("/preview/abc", "?x=1")).toBeNull();
    // Only reads: a POST keeps its URL; RSC requests (client navigation) are private and keep theirs.
    expect(location("/", "?x=1", { method: "POST" })).toBeNull();
    expect(location("/", "?x=1", { method: "HEAD" })).toBe("/");
    expect(location("/", "?x=1", { rsc: true })).toBeNull();
    expect(location("/", "?q=a&_rsc=1x2y")).toBeNull();
  });

  it("issue 11.12: the lists name every parameter the pages' parsers read", () => {
    // Parsers given a recording object: any name they read that the proxy would strip fails here.
    const readBy = (parse: (params: SearchParams) => unknown) => {
      const names = new Set<string>();
      parse(new Proxy({} as SearchParams, { get: (_, name) => (names.add(String(name)), undefined) }));
      return [...names];
    };
    const allowed = (path: string) => [...(READER_QUERY_PARAMETERS.find(([p]) => p.test(path))?.[1] ?? [])];
    expect(allowed("/")).toEqual(expect.arrayContaining(readBy(parseReleaseQuery)));
    // The shared filter parser also looks at issuer and speaker, which /agreements then drops (its
    // form has neither): they change nothing there, so they are not kept.
    const agreementReads = readBy(parseAgreementQuery).filter((name) => name !== "issuer" && name !== "speaker");
    expect(allowed("/agreements")).toEqual(expect.arrayContaining(agreementReads));
    expect(parseAgreementQuery({ issuer: "x", speaker: "y" }).query).toEqual(parseAgreementQuery({}).query);
    const feedReads = new Set<string>();
    class Recording extends URLSearchParams {
      override get(name: string) {
        feedReads.add(name);
        return super.get(name);
      }
      override getAll(name: string) {
        feedReads.add(name);
        return super.getAll(name);
      }
    }
    parseCountryFilter(new Recording());
    expect(allowed("/feed.xml")).toEqual(expect.arrayContaining([...feedReads]));
    expect(allowed("/rss.xml")).toEqual(expect.arrayContaining([...feedReads]));
    // Issue 14: a language's home, agreements and feeds read what the English ones read.
    expect(allowed("/az")).toEqual(expect.arrayContaining(readBy(parseReleaseQuery).filter((n) => n !== "language")));
    expect(allowed("/az/agreements")).toEqual(expect.arrayContaining(agreementReads));
    expect(allowed("/az/feed.xml")).toEqual(expect.arrayContaining([...feedReads]));
    expect(allowed("/az/rss.xml")).toEqual(expect.arrayContaining([...feedReads]));
  });

  it("issue 14: the filter by language stays on /, a language's own lists keep their search and filters", () => {
    expect(location("/", "?q=rail&language=ru")).toBeNull();
    expect(location("/az", "?q=saziş&country=AZ&after=c&utm_source=x")).toBe("/az?q=saziş&country=AZ&after=c");
    expect(location("/az/agreements", "?party=x&page=2&x=1")).toBe("/az/agreements?party=x&page=2");
    expect(location("/az/feed.xml", "?country=AZ&x=1")).toBe("/az/feed.xml?country=AZ");
    // On a language's home the language is its path: ?language= there is not read.
    expect(location("/az", "?language=ru")).toBe("/az");
  });
});

describe("hasSessionCookie", () => {
  it("finds next-auth's session cookie, chunked or __Secure-, and nothing else", () => {
    expect(hasSessionCookie("a=1; next-auth.session-token=x")).toBe(true);
    expect(hasSessionCookie("__Secure-next-auth.session-token.0=x; __Secure-next-auth.session-token.1=y")).toBe(true);
    expect(hasSessionCookie("next-auth.csrf-token=x; next-auth.callback-url=y")).toBe(false);
    expect(hasSessionCookie("my-next-auth.session-token=x")).toBe(false);
    expect(hasSessionCookie(null)).toBe(false);
  });
});
