import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE, samplePage } from "@/test/support/release-files";
import { allowedNetworks } from "../http/ssrf";
import { articleText } from "./article";
import { fetchPublicPage } from "./fetch-page";

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/release")
      return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(samplePage);
    if (path === "/moved") return response.writeHead(301, { location: "/release" }).end();
    if (path === "/to-private") return response.writeHead(302, { location: "http://10.1.2.3/secret" }).end();
    if (path === "/loop") return response.writeHead(302, { location: "/loop" }).end();
    if (path === "/json") return response.writeHead(200, { "content-type": "application/json" }).end("{}");
    if (path === "/huge") {
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = "<p>" + "x".repeat(64 * 1024) + "</p>";
      for (let i = 0; i < 90; i++) response.write(chunk);
      return response.end();
    }
    if (path === "/slow") return void setTimeout(() => response.end("late"), 8_000);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const loopbackOnly = allowedNetworks("127.0.0.1/32");
const nothing = allowedNetworks("");
const message = async (url: string, allowed = loopbackOnly) => {
  const page = await fetchPublicPage(url, allowed);
  return page.ok ? "fetched" : page.message;
};

describe("issue 15: Import from URL's fetch guard", () => {
  it("issue 15: fetches a page (following a redirect) and reads its article, not the menus", async () => {
    const page = await fetchPublicPage(`${base}/moved`, loopbackOnly);
    expect(page).toMatchObject({ ok: true, url: `${base}/release` });
    const text = articleText(page.ok ? page.html : "");
    expect(text.split("\n\n")[0]).toBe(SAMPLE.headline);
    expect(text).toContain(SAMPLE.quote);
    expect(text).not.toMatch(/Privacy|All rights reserved|Home/);
  });

  it("issue 15: loopback, private and link-local addresses are refused, also after a redirect", async () => {
    expect(await message(`${base}/release`, nothing)).toMatch(/refused: 127\.0\.0\.1 resolves to a private, loopback/);
    expect(await message("http://169.254.169.254/latest/meta-data", nothing)).toMatch(/refused/);
    expect(await message("http://[::1]/", nothing)).toMatch(/refused/);
    expect(await message(`${base}/to-private`)).toMatch(/refused: 10\.1\.2\.3/);
  });

  it("issue 15: other schemes, non-HTML answers, too large pages, loops and slow servers are refused", async () => {
    expect(await message("file:///etc/passwd")).toMatch(/Only http and https/);
    expect(await message("not a url")).toMatch(/Enter a web address/);
    expect(await message(`${base}/json`)).toMatch(/not a web page \(it is application\/json\)/);
    expect(await message(`${base}/huge`)).toMatch(/larger than 5 MB/);
    expect(await message(`${base}/loop`)).toMatch(/redirects more than 5 times/);
    expect(await message(`${base}/missing`)).toMatch(/answered 404/);
    const started = Date.now();
    expect(await message(`${base}/slow`)).toMatch(/no answer within 5 s/);
    expect(Date.now() - started).toBeLessThan(6_500);
  });
});
