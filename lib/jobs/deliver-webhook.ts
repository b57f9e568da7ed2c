import "server-only";
import http from "node:http";
import https from "node:https";
import type { Task } from "graphile-worker";
import { apiUrls, presentRelease } from "../api/present";
import {
  eventForWebhook,
  fixWebhookBody,
  loadWebhookDelivery,
  publicReleaseForWebhook,
  recordWebhookAttempt,
} from "../dal/distribution/webhooks";
import { webhookHeaders } from "../domain/distribution/webhook-signature";
import { env } from "../env";
import { allowedNetworks, resolvePublicTarget } from "../http/ssrf";
import { configuredSiteUrl } from "../site";

const TIMEOUT_MS = 15_000;

/** The Standard Webhooks payload: { type, timestamp, data }, data being the open API's release JSON. */
async function buildBody(eventId: string): Promise<string | null> {
  const event = await eventForWebhook(eventId);
  if (!event) return null;
  const site = configuredSiteUrl();
  const { slug, page } = await publicReleaseForWebhook(event.releaseId);
  let data: unknown;
  if (page?.kind === "live" && (event.type === "release.published" || event.type === "release.updated")) {
    data = presentRelease(page.release, { siteUrl: site });
  } else if (page?.kind === "withdrawn") {
    data = {
      slug: page.slug,
      headline: page.headline,
      withdrawnAt: page.withdrawnAt.toISOString(),
      reason: page.reason,
      // A translation's notice is at /<language>/releases/<slug> (issue 14).
      url: `${site}${page.path}`,
    };
  } else {
    data = { slug, url: slug ? `${site}/releases/${slug}` : null, apiUrl: slug ? apiUrls(site).release(slug) : null };
  }
  return JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data });
}

function post(
  url: URL,
  address: string,
  family: 4 | 6,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; response: string }> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "Pressroom-Webhooks/1",
        },
        timeout: TIMEOUT_MS,
        // Connect to the address that was checked, never to a second DNS answer.
        lookup: (_host, options, callback) => {
          if ((options as { all?: boolean }).all)
            (callback as (e: null, a: object[]) => void)(null, [{ address, family }]);
          else (callback as (e: null, a: string, f: number) => void)(null, address, family);
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < 4_096) chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, response: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * One attempt of one webhook delivery. A failure throws, so graphile-worker runs the job again with
 * exponential backoff (e^attempt seconds, WEBHOOK_MAX_ATTEMPTS in lib/dal/distribution/wake.ts
 * attempts over about a day); every attempt is in the delivery log. The webhook-id stays the same
 * across retries, so receivers can drop duplicates (webhooks are at least once by design).
 */
export const deliverWebhook: Task = async (payload, helpers) => {
  const id = (payload as { id?: unknown }).id;
  if (typeof id !== "string") return;
  const delivery = await loadWebhookDelivery(id);
  if (!delivery || delivery.status !== "PENDING") return;
  const attempt = delivery.attempts + 1;
  const final = helpers.job.attempts >= helpers.job.max_attempts;
  const started = Date.now();
  const record = (fields: {
    ok: boolean;
    status: number | null;
    error: string | null;
    request: string;
    response: string | null;
    final?: boolean;
  }) =>
    recordWebhookAttempt({
      deliveryId: id,
      endpointId: delivery.endpointId,
      attempt,
      final: fields.final ?? final,
      durationMs: Date.now() - started,
      ...fields,
    });

  if (!delivery.endpoint.active) {
    await record({
      ok: false,
      final: true,
      status: null,
      error: "the endpoint is switched off",
      request: "",
      response: null,
    });
    return;
  }
  const body = delivery.body ?? (await buildBody(delivery.eventId));
  if (body === null) return;
  if (!delivery.body) await fixWebhookBody(id, body);

  const url = new URL(delivery.endpoint.url);
  const target = await resolvePublicTarget(url, allowedNetworks(env().WEBHOOK_ALLOWED_NETWORKS));
  if (!target.ok) {
    // Not a passing fault: the address is refused by policy, so no retry.
    await record({ ok: false, final: true, status: null, error: target.reason, request: body, response: null });
    return;
  }
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = webhookHeaders(delivery.endpoint.secret, id, timestamp, body);
  const requestLog = `POST ${url.href}\nwebhook-id: ${id}\nwebhook-timestamp: ${timestamp}\n\n${body}`;
  let result: { status: number; response: string } | null = null;
  let error: string | null = null;
  try {
    result = await post(url, target.address, target.family, headers, body);
  } catch (e) {
    error = (e as Error).message;
  }
  const ok = !!result && result.status >= 200 && result.status < 300;
  await record({
    ok,
    status: result?.status ?? null,
    error: ok ? null : (error ?? `answered ${result?.status}`),
    request: requestLog,
    response: result?.response ?? null,
  });
  if (!ok && !final) throw new Error(`webhook ${id}: ${error ?? `answered ${result?.status}`}`);
};
