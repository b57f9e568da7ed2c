import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./support/test";
import { publishThroughReview, sampleRelease, signIn, unique } from "./support/pages";

// Issue 16 acceptance: a webhook receiver on 127.0.0.1 (the e2e server allows loopback through
// WEBHOOK_ALLOWED_NETWORKS) gets a correctly signed delivery of a release published in the browser,
// and the same delivery again after answering 500. The signature is checked here with the Standard
// Webhooks algorithm written from the specification, not with the app's own code.

function verifiesPerSpec(secret: string, headers: http.IncomingHttpHeaders, body: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signed = `${headers["webhook-id"]}.${headers["webhook-timestamp"]}.${body}`;
  const expected = Buffer.from(createHmac("sha256", key).update(signed).digest("base64"));
  return String(headers["webhook-signature"] ?? "")
    .split(" ")
    .some((part) => {
      const [version, signature] = part.split(",");
      const given = Buffer.from(signature ?? "");
      return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

test("issue 16.10: a receiver on 127.0.0.1 gets a release published in the browser, signed per Standard Webhooks, and again after a 500", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const data = sampleRelease(unique("Webhook signing"));
  const mine: Array<{ headers: http.IncomingHttpHeaders; body: string; answered: number }> = [];
  // Other tests publish too: only this release's deliveries are recorded, and only its first is refused.
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const ours = body.includes(data.headline);
      const answered = ours && mine.length === 0 ? 500 : 200;
      if (ours) mine.push({ headers: req.headers, body, answered });
      res.statusCode = answered;
      res.end(answered === 500 ? "try again" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/${unique("r").replace(/\W/g, "")}`;
  try {
    await signIn(page, "admin");
    await page.goto("/admin/webhooks");
    await page.getByLabel("Endpoint URL").fill(url);
    await page.getByLabel("Description").fill("e2e receiver");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const secret = (await page.getByLabel("Signing secret").textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);

    const { editorPage } = await publishThroughReview(browser, data);
    await editorPage.context().close();

    await expect.poll(() => mine.length, { timeout: 90_000 }).toBe(2);
    const [first, retry] = mine;
    expect(first!.answered).toBe(500);
    expect(retry!.answered).toBe(200);
    for (const delivery of mine) {
      expect(verifiesPerSpec(secret, delivery.headers, delivery.body)).toBe(true);
      expect(verifiesPerSpec(`whsec_${Buffer.alloc(24).toString("base64")}`, delivery.headers, delivery.body)).toBe(
        false,
      );
      expect(Math.abs(Number(delivery.headers["webhook-timestamp"]) * 1000 - Date.now())).toBeLessThan(300_000);
    }
    // The retry is the same message (receivers drop duplicates by webhook-id).
    expect(retry!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(retry!.body).toBe(first!.body);
    const payload = JSON.parse(first!.body) as { type: string; data: { headline: string; url: string } };
    expect(payload.type).toBe("release.published");
    expect(payload.data.headline).toBe(data.headline);

    // The delivery log shows both attempts.
    await page.reload();
    const entry = page.locator("details").filter({ hasText: url }).filter({ hasText: "2 attempts" }).first();
    await entry.locator("summary").click();
    await expect(entry.getByRole("heading", { name: "Attempt 1: 500" })).toBeVisible();
    await expect(entry.getByRole("heading", { name: "Attempt 2: 200" })).toBeVisible();
  } finally {
    // Switched off, so the rest of the suite's publications do not knock on a closed port.
    const row = page.getByRole("row").filter({ hasText: url });
    if (await row.getByRole("button", { name: "Switch off" }).count()) {
      await row.getByRole("button", { name: "Switch off" }).click();
      await expect(row.getByRole("button", { name: "Switch on again" })).toBeVisible();
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
