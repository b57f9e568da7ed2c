import http from "node:http";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answerFromOriginCache, dropOriginCache } from "./origin-cache";
import { advancePublicGeneration } from "../public-generation";

/** What invalidatePublicContent does to this copy (lib/dal/public/cache.ts). */
function publicChange() {
  advancePublicGeneration();
  dropOriginCache();
}
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "./cache-control";

// A stand-in for Next behind the server hook: every render gets a new nonce, which it writes into
// the policy, a Link header and the page, and counts itself, so a test can tell a render from a copy.
let renders = 0;
let answer: (res: http.ServerResponse, nonce: string) => void;
const page = (res: http.ServerResponse, nonce: string) => {
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader("Link", `</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
  res.setHeader("Cache-Control", PUBLIC_CACHE_CONTROL);
  res.setHeader("Vary", "rsc, next-router-state-tree, Accept-Encoding");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.write(`<html><script nonce="${nonce}">1</script>`);
  res.end(`<p>render ${renders}</p><script nonce="${nonce}">2</script></html>`);
};

let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (answerFromOriginCache(req, res, req.headers["rsc"] !== undefined)) return;
    renders++;
    answer(res, `n${renders}${"x".repeat(20)}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  dropOriginCache();
  answer = page;
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}${path}`, { headers: { "accept-encoding": "identity", ...headers } });
  return { response, body: await response.text() };
}

/** A URL asked twice: the copy keeps it from its second answer on (the doorkeeper). */
async function warm(path: string) {
  await get(path);
  return get(path);
}

describe("the origin's copy of public responses", () => {
  it("answers a page asked again without rendering, with a nonce of its own", async () => {
    const first = await warm("/releases/a");
    const before = renders;
    const second = await get("/releases/a");
    expect(renders).toBe(before);
    expect(second.response.headers.get("x-origin-cache")).toBe("hit");
    const nonce = /'nonce-([^']+)'/.exec(second.response.headers.get("content-security-policy") ?? "")?.[1];
    const firstNonce = /'nonce-([^']+)'/.exec(first.response.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe(firstNonce);
    // Every place the rendered nonce stood now holds the new one, and nothing else changed.
    expect(second.body).not.toContain(firstNonce);
    expect(second.body.replaceAll(nonce!, "N")).toBe(first.body.replaceAll(firstNonce!, "N"));
    expect(second.response.headers.get("link")).toContain(`nonce="${nonce}"`);
    expect(second.response.headers.get("x-request-id")).not.toBe(first.response.headers.get("x-request-id"));
    expect(second.response.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
  });

  it("keeps a URL only from its second answer on: one asked once is not copied", async () => {
    const path = `/?q=once-${Date.now()}`;
    const before = renders;
    await get(path);
    const second = await get(path);
    expect(renders).toBe(before + 2);
    expect(second.response.headers.get("x-origin-cache")).toBeNull();
    const third = await get(path);
    expect(renders).toBe(before + 2);
    expect(third.response.headers.get("x-origin-cache")).toBe("hit");
  });

  it("keeps a URL asked before again on its next answer after a change", async () => {
    await warm("/releases/a");
    publicChange();
    await get("/releases/a");
    const before = renders;
    expect((await get("/releases/a")).response.headers.get("x-origin-cache")).toBe("hit");
    expect(renders).toBe(before);
  });

  it("renders again after a change readers can see", async () => {
    await warm("/releases/a");
    publicChange();
    const before = renders;
    const again = await get("/releases/a");
    expect(renders).toBe(before + 1);
    expect(again.response.headers.get("x-origin-cache")).toBeNull();
  });

  it("does not keep what a change made while it was being rendered", async () => {
    await get("/releases/b");
    answer = (res, nonce) => {
      publicChange(); // a publish committed during this render
      page(res, nonce);
    };
    await get("/releases/b");
    answer = page;
    const before = renders;
    await get("/releases/b");
    expect(renders).toBe(before + 1);
  });

  it("keeps each URL, host and scheme apart", async () => {
    await warm("/releases/a");
    const before = renders;
    await get("/releases/a?x=1");
    await get("/releases/a", { "x-forwarded-host": "other.example" });
    await get("/releases/a", { "x-forwarded-proto": "https" });
    expect(renders).toBe(before + 3);
  });

  it.each([
    ["a signed-in editor", { cookie: "next-auth.session-token=abc" }],
    ["a conditional request", { "if-none-match": '"x"' }],
    ["a client that takes gzip", { "accept-encoding": "gzip, deflate, br" }],
    ["a React Server Component request", { rsc: "1" }],
  ])("always renders for %s", async (_label, headers) => {
    await warm("/releases/a");
    const before = renders;
    const { response } = await get("/releases/a", headers);
    expect(renders).toBe(before + 1);
    expect(response.headers.get("x-origin-cache")).toBeNull();
  });

  it("leaves a request with a malformed cookie to the app's own refusal", async () => {
    await warm("/releases/a");
    const before = renders;
    await get("/releases/a", { cookie: "a b=1" });
    expect(renders).toBe(before + 1);
  });

  it.each([
    ["private", (res: http.ServerResponse) => res.setHeader("Cache-Control", PRIVATE_CACHE_CONTROL)],
    ["setting a cookie", (res: http.ServerResponse) => res.setHeader("Set-Cookie", "a=1")],
    ["varying on the cookie", (res: http.ServerResponse) => res.setHeader("Vary", "Cookie")],
    ["compressed", (res: http.ServerResponse) => res.setHeader("Content-Encoding", "gzip")],
    ["not found", (res: http.ServerResponse) => (res.statusCode = 404)],
  ])("never keeps a response that is %s", async (_label, change) => {
    answer = (res, nonce) => {
      res.setHeader("Cache-Control", PUBLIC_CACHE_CONTROL);
      res.setHeader("Content-Type", "text/html");
      change(res);
      const html = `<p nonce="${nonce}">x</p>`;
      res.end(res.getHeader("Content-Encoding") ? gzipSync(html) : html);
    };
    await warm("/releases/c");
    const before = renders;
    await get("/releases/c");
    expect(renders).toBe(before + 1);
  });
});
