import { describe, expect, it } from "vitest";
import { callbackPathOrDefault, nextAuthRedirect, safeCallbackPath } from "./safe-callback";

describe("where to go after signing in", () => {
  it("issue 11.1: only a path that stays on this site is accepted; everything else is /admin", () => {
    for (const good of ["/admin", "/admin/releases/abc?tab=history#x", "/", "/releases/a-b?q=%2F%2Fevil"])
      expect(callbackPathOrDefault(good)).toBe(good);
    for (const bad of [
      "/\t/evil.example/",
      "/\n/evil.example/",
      "/\r\n/evil.example",
      "//evil.example/",
      "/\\evil.example/",
      "/\\/evil.example",
      "\\\\evil.example",
      "https://evil.example/",
      "http://127.0.0.1:3000.evil.example/",
      "javascript:alert(1)",
      " /admin",
      "admin",
      "",
      "/\u0000",
      `/${"a".repeat(3000)}`,
    ])
      expect(callbackPathOrDefault(bad), JSON.stringify(bad)).toBe("/admin");
    expect(callbackPathOrDefault(["/admin/users", "//evil"])).toBe("/admin/users");
    expect(callbackPathOrDefault(undefined)).toBe("/admin");
    expect(safeCallbackPath(42)).toBeNull();
  });

  it("issue 11.1: next-auth's redirects stay on the site, absolute URLs only on its own origin", () => {
    const base = "http://127.0.0.1:3300";
    expect(nextAuthRedirect("/admin/account", base)).toBe(`${base}/admin/account`);
    expect(nextAuthRedirect(`${base}/login?callbackUrl=%2Fadmin`, base)).toBe(`${base}/login?callbackUrl=%2Fadmin`);
    for (const bad of [
      "/%09/evil.example/",
      "/\t/evil.example/",
      "http://evil.example/",
      `${base}.evil.example/`,
      "//x",
    ])
      expect(nextAuthRedirect(bad, base), bad).toMatch(new RegExp(`^${base}/`));
    expect(nextAuthRedirect("/\t/evil.example/", base)).toBe(`${base}/admin`);
  });
});
