import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.stubEnv("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.0/8");

const { db } = await import("../db");
const { createRelease, publishEdition } = await import("../dal/releases");
const { releaseInput } = await import("@/test/factories");
const { createWebhookEndpoint } = await import("../dal/distribution/webhooks");
const { verifyWebhook } = await import("../domain/distribution/webhook-signature");
const { deliverWebhook } = await import("./deliver-webhook");

type Received = { headers: http.IncomingHttpHeaders; body: string };
const received: Received[] = [];
let answers: number[] = [];
let server: http.Server;
let url = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answers.shift() ?? 200;
      res.end("thanks");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function run(id: string, attempt: number, max = 14) {
  const helpers = { job: { attempts: attempt, max_attempts: max } } as unknown as Parameters<typeof deliverWebhook>[1];
  return deliverWebhook({ id }, helpers);
}

describe("issue 16: webhooks", () => {
  it("issue 16.10: a published release is delivered signed per Standard Webhooks, retried after a 500 with the same id and bytes", async () => {
    const admin = await db().user.create({
      data: { email: `hook-${randomUUID()}@pressroom.test`, name: "Hook Admin", role: "ADMIN", passwordHash: "x" },
      select: { id: true, email: true, name: true, role: true },
    });
    const { id: endpointId, secret } = await createWebhookEndpoint(admin, {
      url,
      description: "test receiver",
      events: ["release.published"],
    });
    const created = await createRelease(
      admin,
      releaseInput({
        headline: `Webhook release ${randomUUID().slice(0, 6)}`,
        summary: "S",
        body: "B",
        datelinePlace: "",
        date: "2025-01-10",
        time: "10:00",
        utcOffset: "+00:00",
        issuer: "Ministry",
      }),
    );
    // Made live through the one publish path, as the seed does (no review needed here).
    const live = await publishEdition(admin, created.id, created.version, { system: "seed" });
    expect(live.status).toBe("ok");
    const release = created;
    const delivery = await db().webhookDelivery.findFirstOrThrow({ where: { endpointId } });
    answers = [500];
    await expect(run(delivery.id, 1)).rejects.toThrow(/answered 500/);
    await run(delivery.id, 2);
    expect(received).toHaveLength(2);
    const [first, second] = received as [Received, Received];
    expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    expect(second.body).toBe(first.body);
    for (const r of received) {
      expect(
        verifyWebhook(
          secret,
          String(r.headers["webhook-id"]),
          Number(r.headers["webhook-timestamp"]),
          r.body,
          String(r.headers["webhook-signature"]),
        ),
      ).toBe(true);
    }
    const payload = JSON.parse(second.body) as { type: string; data: { slug: string } };
    expect(payload.type).toBe("release.published");
    expect(payload.data.slug).toBe(release.slug);
    const row = await db().webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id }, include: { log: true } });
    expect(row.status).toBe("SUCCEEDED");
    expect(row.log.map((l) => l.status).sort()).toEqual([200, 500]);
  });

  it("issue 16.11: no delivery to a loopback address unless the configuration allows it", async () => {
    const admin = await db().user.findFirstOrThrow({
      where: { role: "ADMIN" },
      select: { id: true, email: true, name: true, role: true },
    });
    const { id: endpointId } = await createWebhookEndpoint(admin, {
      url: "http://169.254.169.254/latest/meta-data",
      description: "metadata",
      events: ["release.published"],
    });
    const event = await db().releaseEvent.findFirstOrThrow({ select: { id: true } });
    const d = await db().webhookDelivery.create({
      data: { endpointId, eventId: event.id, eventType: "release.published" },
    });
    const before = received.length;
    await run(d.id, 1);
    expect(received.length).toBe(before);
    const row = await db().webhookDelivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toMatch(/private, loopback or link-local/);
  });
});
