import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { PUBLIC_CACHE_CONTROL } from "../http/cache-control";
import { ApiError, apiHandler, etagMatches, etagOf, isNotModified, jsonResponse, preflightResponse } from "./http";

const URL_ = "https://press.example.org/api/v1/thing";
const Thing = z.strictObject({ name: z.string() });
const get = (headers: Record<string, string> = {}) => new Request(URL_, { headers });
const MODIFIED = new Date("2024-07-04T05:00:00.750Z");

describe("validators", () => {
  it("ETag is a weak hash of the body: same body, same tag; other body, other tag", () => {
    expect(etagOf('{"a":1}')).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
  });

  it("If-None-Match compares weakly, in lists, and * matches anything", () => {
    const tag = etagOf("x");
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(tag.replace("W/", ""), tag)).toBe(true);
    expect(etagMatches(`"other", ${tag}`, tag)).toBe(true);
    expect(etagMatches("*", tag)).toBe(true);
    expect(etagMatches('W/"other"', tag)).toBe(false);
  });

  it("If-None-Match wins over If-Modified-Since; dates compare to the second", () => {
    const tag = etagOf("x");
    const since = (d: string) => get({ "if-modified-since": d });
    expect(isNotModified(since("Thu, 04 Jul 2024 05:00:00 GMT"), tag, MODIFIED)).toBe(true);
    expect(isNotModified(since("Thu, 04 Jul 2024 04:59:59 GMT"), tag, MODIFIED)).toBe(false);
    expect(isNotModified(since("not a date"), tag, MODIFIED)).toBe(false);
    expect(isNotModified(since("Thu, 04 Jul 2024 05:00:00 GMT"), tag, null)).toBe(false);
    expect(
      isNotModified(
        get({ "if-none-match": '"stale"', "if-modified-since": "Thu, 04 Jul 2030 05:00:00 GMT" }),
        tag,
        MODIFIED,
      ),
    ).toBe(false);
  });
});

describe("jsonResponse", () => {
  it("answers 200 with the validated body, validators, cache policy, CORS and Link", async () => {
    const response = jsonResponse(
      get(),
      Thing,
      { name: "a" },
      { lastModified: MODIFIED, links: { next: `${URL_}?after=x`, prev: null } },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ name: "a" });
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("etag")).toBe(etagOf('{"name":"a"}'));
    expect(response.headers.get("last-modified")).toBe("Thu, 04 Jul 2024 05:00:00 GMT");
    expect(response.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toBe("ETag, Last-Modified, Link");
    expect(response.headers.get("link")).toBe(`<${URL_}?after=x>; rel="next"`);
  });

  it("answers 304 without a body when the client's copy is current", async () => {
    const first = jsonResponse(get(), Thing, { name: "a" }, { lastModified: MODIFIED });
    const again = jsonResponse(
      get({ "if-none-match": first.headers.get("etag")! }),
      Thing,
      { name: "a" },
      { lastModified: MODIFIED },
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(again.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    const changed = jsonResponse(
      get({ "if-none-match": first.headers.get("etag")! }),
      Thing,
      { name: "b" },
      { lastModified: MODIFIED },
    );
    expect(changed.status).toBe(200);
  });

  it("never dates Last-Modified in the future", () => {
    const response = jsonResponse(get(), Thing, { name: "a" }, { lastModified: new Date(Date.now() + 86_400_000) });
    expect(Date.parse(response.headers.get("last-modified")!)).toBeLessThanOrEqual(Date.now());
  });

  it("refuses to send a field the schema does not list", () => {
    expect(() =>
      jsonResponse(get(), Thing, { name: "a", userId: "u1" } as { name: string }, { lastModified: null }),
    ).toThrow();
  });
});

describe("apiHandler", () => {
  it("turns an ApiError into its JSON error", async () => {
    const response = await apiHandler(async () => {
      throw new ApiError(400, "invalid_parameter", "from must be a date.", "from");
    })(get(), undefined);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual({
      error: { status: 400, code: "invalid_parameter", message: "from must be a date.", parameter: "from" },
    });
  });

  it("answers anything else with a bare 500 (no message, no stack) and logs it on the server", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const response = await apiHandler(async () => {
      throw new Error('relation "Secret" does not exist at /srv/app/lib/db.ts:12');
    })(get(), undefined);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/Secret|db\.ts|at \//);
    expect(JSON.parse(text)).toEqual({ error: { status: 500, code: "internal_error", message: expect.any(String) } });
    expect(String(stderr.mock.calls[0]?.[0])).toContain('relation \\"Secret\\" does not exist');
    stderr.mockRestore();
  });

  it("preflight allows GET, HEAD and the conditional headers from any origin", () => {
    const response = preflightResponse();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});
