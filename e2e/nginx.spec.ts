import { startNginx, type Nginx } from "./support/nginx";
import { expect, test } from "./support/test";

// deploy/nginx/pressroom.conf, run for real, in front of the app (issue 11: 3, 10, 11, 12).

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const SEED = "/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership";

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers, redirect: "manual" });

test.describe("through deploy/nginx", () => {
  // One nginx on one port for these tests: in parallel, each worker's beforeAll would start a second
  // one on the same port, fail to bind, and read the first one's log.
  test.describe.configure({ mode: "default" });
  let nginx: Nginx;
  test.beforeAll(async () => {
    nginx = await startNginx(BASE_PORT, BASE_PORT + 3);
  });
  test.afterAll(async () => {
    await nginx?.stop();
  });

  test("issue 11.10: an RSC request is never cached, so readers never get its redirect or payload", async () => {
    const rsc = await get(`${nginx.url}/`, { RSC: "1" });
    expect(rsc.headers.get("cache-control")).toBe("private, no-store");
    expect(rsc.headers.get("vary")).toContain("RSC");
    await get(`${nginx.url}/`, { RSC: "1", "Next-Router-Prefetch": "1" });
    const statuses = [];
    for (let i = 0; i < 20; i++) {
      const reader = await get(`${nginx.url}/`);
      statuses.push(reader.status);
      expect(reader.headers.get("content-type")).toContain("text/html");
    }
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  test("issue 11.11: the access log redacts preview tokens", async () => {
    const token = `secret-token-${Date.now().toString(36)}`;
    await get(`${nginx.url}/preview/${token}?x=1`);
    await get(`${nginx.url}${SEED}`);
    await expect.poll(() => nginx.accessLog(), { timeout: 10_000 }).toContain("/preview/[token]?x=1");
    await expect.poll(() => nginx.accessLog(), { timeout: 10_000 }).toContain(SEED);
    expect(nginx.accessLog()).not.toContain(token);
  });

  test("issue 11.3 / 11.12 / 17: short shared lifetimes; a random ?v= on the share image is a redirect to the stored card, not a render", async () => {
    const page = await get(`${nginx.url}${SEED}`);
    const cc = page.headers.get("cache-control")!;
    const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cc)?.[1] ?? 0);
    expect(
      seconds("s-maxage") + Math.max(seconds("stale-while-revalidate"), seconds("stale-if-error")),
    ).toBeLessThanOrEqual(60);

    const random = await get(`${nginx.url}${SEED}/share-image?v=${Math.random()}`);
    expect(random.status).toBe(308);
    const location = random.headers.get("location")!;
    // Issue 17: the card drawn when the edition went live, under its content hash.
    expect(location).toMatch(/^\/media\/share\/[0-9a-f]{64}\.png$/);
    const image = await get(`${nginx.url}${location}`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    // Browsers keep it for good (a new card is a new URL); shared caches within the takedown minute.
    const imageCc = image.headers.get("cache-control")!;
    expect(imageCc).toContain("max-age=31536000");
    expect(imageCc).toContain("immutable");
    expect(imageCc).not.toContain("stale-if-error");
    expect(imageCc).not.toContain("stale-while-revalidate");
    expect(Number(/s-maxage=(\d+)/.exec(imageCc)![1])).toBeLessThanOrEqual(60);
  });
});
