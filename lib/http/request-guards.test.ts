import { describe, expect, it } from "vitest";
import { invalidCookieNames, refuseRequest, type GuardedRequest } from "./request-guards";

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
