import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "./cache-control";
import {
  BASE_SECURITY_HEADERS,
  contentSecurityPolicy,
  newNonce,
  pageCacheControl,
  isRscRequest,
  requestId,
} from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("Content-Security-Policy", () => {
  it("allows scripts only with the nonce in production: no unsafe-inline, no unsafe-eval, no framing", () => {
    const csp = directives(contentSecurityPolicy("abc123", { development: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("adds unsafe-eval only in development and upgrade-insecure-requests only over https", () => {
    expect(directives(contentSecurityPolicy("n", { development: true, https: false })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(
      directives(contentSecurityPolicy("n", { development: false, https: true })).has("upgrade-insecure-requests"),
    ).toBe(true);
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("headers for static files", () => {
  it("next.config.js sends the same base headers as the proxy", async () => {
    const config = createRequire(import.meta.url)("../../next.config.js") as {
      headers: () => Promise<Array<{ source: string; has?: unknown; headers: Array<{ key: string; value: string }> }>>;
    };
    const all = (await config.headers()).find((rule) => rule.source === "/:path*" && !rule.has);
    expect(Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))).toEqual(BASE_SECURITY_HEADERS);
  });

  it("issue 16 review: preview and embargo links get their private headers from one rule", async () => {
    const require = createRequire(import.meta.url);
    const config = require("../../next.config.js") as {
      headers: () => Promise<Array<{ source: string; has?: unknown; headers: Array<{ key: string; value: string }> }>>;
    };
    // The matcher next.config.js's sources are compiled with.
    const { pathToRegexp } = require("next/dist/compiled/path-to-regexp") as {
      pathToRegexp: (source: string, keys: unknown[]) => RegExp;
    };
    const rules = (await config.headers()).filter((rule) => rule.source !== "/:path*");
    const matching = (path: string) => rules.filter((rule) => pathToRegexp(rule.source, []).test(path));
    const [preview] = matching("/preview/abc");
    expect(matching("/preview/abc")).toHaveLength(1);
    expect(matching("/embargo/1.token")).toEqual([preview]);
    expect(matching("/previews/abc")).toEqual([]);
    expect(Object.fromEntries(preview!.headers.map((h) => [h.key, h.value]))).toEqual({
      "X-Robots-Tag": "noindex, nofollow",
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    });
  });
});

describe("Cache-Control of pages", () => {
  it("lets shared caches keep reader pages and keeps everything personal private", () => {
    for (const path of [
      "/",
      "/agreements",
      "/releases/some-slug",
      "/az/releases/some-slug",
      "/people/ilham-aliyev",
      "/az",
      "/az/agreements",
    ])
      expect(pageCacheControl(path, "GET"), path).toBe(PUBLIC_CACHE_CONTROL);
    for (const path of ["/login", "/admin", "/admin/releases/new", "/preview/token", "/embargo/1.token"])
      expect(pageCacheControl(path, "GET"), path).toBe(PRIVATE_CACHE_CONTROL);
    expect(pageCacheControl("/", "POST")).toBeNull();
    expect(pageCacheControl("/releases/a/share-image", "GET")).toBeNull(); // route handlers decide
  });
});

describe("request ids", () => {
  it("issue 11.16: keeps an id of [A-Za-z0-9_-]{1,64} from the front proxy and replaces anything else", () => {
    for (const good of ["nginx-0123456789abcdef", "a", "x".repeat(64), "0f8fad5b-d9cb-469f-a165-70867728950e", "a_b"])
      expect(requestId(good)).toBe(good);
    for (const bad of [
      null,
      "",
      "has space in it",
      "x".repeat(65),
      "<script>alert(1)</script>",
      "a.b",
      "a:b",
      "line\nbreak",
      "é",
    ]) {
      expect(requestId(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("React Server Component requests", () => {
  it("issue 11.10: RSC, prefetch and router-state requests and ?_rsc are recognised", () => {
    const h = (entries: Record<string, string>) => new Headers(entries);
    const none = new URLSearchParams();
    expect(isRscRequest(h({ RSC: "1" }), none)).toBe(true);
    expect(isRscRequest(h({ "Next-Router-Prefetch": "1" }), none)).toBe(true);
    expect(isRscRequest(h({ "Next-Router-State-Tree": "%5B%5D" }), none)).toBe(true);
    expect(isRscRequest(h({}), new URLSearchParams("_rsc=abc"))).toBe(true);
    expect(isRscRequest(h({ Accept: "text/html" }), new URLSearchParams("q=x"))).toBe(false);
  });
});
