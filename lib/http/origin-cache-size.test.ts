// The origin's copy keeps pages deflated (issue 17's memory row): under a cap that their plain size
// exceeds, pages are still answered from it. The cap comes from the validated environment, here
// with ORIGIN_CACHE_MB set to 1.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { answerFromOriginCache, dropOriginCache } from "./origin-cache";
import { PUBLIC_CACHE_CONTROL } from "./cache-control";

vi.mock("../env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../env")>();
  return { ...actual, env: () => ({ ...actual.env(), ORIGIN_CACHE_MB: 1 }) };
});

const WORDS = "agreement memorandum signed cooperation ministry health trade energy culture baku beijing release".split(
  " ",
);

/** ~80 KB of page-like HTML, different for each path (a deterministic word sequence). */
function pageFor(path: string, nonce: string): string {
  let seed = [...path].reduce((n, c) => (n * 31 + c.charCodeAt(0)) >>> 0, 7);
  const words: string[] = [];
  for (let length = 0; length < 80_000; length += words.at(-1)!.length + 1) {
    seed = (seed * 1_103_515_245 + 12_345) >>> 0;
    words.push(WORDS[seed % WORDS.length]! + (seed % 97));
  }
  return `<html><script nonce="${nonce}">1</script><p>${words.join(" ")}</p></html>`;
}

let renders = 0;
let server: http.Server;
let origin: string;

beforeAll(async () => {
  dropOriginCache();
  server = http.createServer((req, res) => {
    if (answerFromOriginCache(req, res, false)) return;
    renders++;
    // As long as the nonces the app makes (24 characters): the copy writes the new one in place.
    const nonce = `n${renders}`.padEnd(24, "x");
    res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}'`);
    res.setHeader("Cache-Control", PUBLIC_CACHE_CONTROL);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(pageFor(req.url ?? "/", nonce));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the origin's copy under a small cap", () => {
  it("answers 20 pages of 80 KB (1.6 MB plain) from a 1 MB copy, each with its own words and a new nonce", async () => {
    const paths = Array.from({ length: 20 }, (_, i) => `/releases/r${i}`);
    const first = new Map<string, string>();
    // Each asked twice: the copy keeps a URL from its second answer on.
    for (const p of paths) await fetch(`${origin}${p}`, { headers: { "accept-encoding": "identity" } });
    for (const p of paths)
      first.set(p, await (await fetch(`${origin}${p}`, { headers: { "accept-encoding": "identity" } })).text());
    const rendered = renders;
    for (const p of paths) {
      const response = await fetch(`${origin}${p}`, { headers: { "accept-encoding": "identity" } });
      const body = await response.text();
      expect(response.headers.get("x-origin-cache")).toBe("hit");
      expect(body.replace(/nonce="[^"]+"/, "")).toBe(first.get(p)!.replace(/nonce="[^"]+"/, ""));
      expect(body).not.toBe(first.get(p));
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
      expect(body).toContain(`nonce="${nonce}"`);
    }
    expect(renders).toBe(rendered);
  });
});
