import { describe, expect, it } from "vitest";
import { shareByEmail, shareTargets } from "./share-links";

describe("issue 12.10: share links", () => {
  const url = "https://press.example.org/releases/a-b?x=1&y=2#q";
  const headline = "Ministers sign “pact” & more: 100% done";

  it("puts the address and headline, percent-encoded, in each target's own parameters", () => {
    const byName = Object.fromEntries(shareTargets(url, headline).map((t) => [t.name, new URL(t.href)]));
    expect(Object.keys(byName)).toEqual([
      "Share on X",
      "Share on LinkedIn",
      "Share on Facebook",
      "Share on WhatsApp",
      "Share on Telegram",
    ]);
    expect(byName["Share on X"]!.searchParams.get("url")).toBe(url);
    expect(byName["Share on X"]!.searchParams.get("text")).toBe(headline);
    expect(byName["Share on LinkedIn"]!.searchParams.get("url")).toBe(url);
    expect(byName["Share on Facebook"]!.searchParams.get("u")).toBe(url);
    expect(byName["Share on WhatsApp"]!.searchParams.get("text")).toBe(`${headline} ${url}`);
    expect(byName["Share on Telegram"]!.searchParams.get("url")).toBe(url);
    for (const link of Object.values(byName)) expect(link.protocol).toBe("https:");
  });

  it("writes a mailto with subject and body, spaces as %20 (mail clients show a + literally)", () => {
    const href = shareByEmail(url, headline);
    expect(href.startsWith("mailto:?subject=Ministers%20sign%20")).toBe(true);
    expect(href).not.toContain("+");
    const params = new URLSearchParams(href.slice("mailto:?".length));
    expect(params.get("subject")).toBe(headline);
    expect(params.get("body")).toBe(url);
  });
});
