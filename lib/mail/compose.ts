import "server-only";
import { randomBytes } from "node:crypto";
// The file itself, not the directory (see lib/mail/transport.ts).
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import type { ClaimedDelivery } from "../dal/distribution/deliveries";
import {
  loadEditionMail,
  setConfirmToken,
  subscriberForMail,
  embargoSendStatus,
  type EditionMail,
} from "../dal/distribution/mail-data";
import { formatInZone } from "../domain/dateline";
import {
  alertMail,
  confirmationMail,
  digestMail,
  embargoMail,
  noticeMail,
  type FooterLinks,
  type MailContent,
  type ReleaseMailData,
} from "../domain/distribution/messages";
import { env } from "../env";
import { configuredSiteUrl, siteName } from "../site";
import { embargoToken, newConfirmToken, subscriberToken } from "../crypto/tokens";

const CONFIRM_HOURS = 48;

export type Composed = { raw: Buffer; messageId: string; envelope: { from: string; to: string } } | { cancel: string };

/** Edition data is the same for every recipient of a run: loaded once per sender pass. */
export type EditionCache = Map<string, Promise<EditionMail | null>>;

function edition(cache: EditionCache, id: string) {
  let hit = cache.get(id);
  if (!hit) cache.set(id, (hit = loadEditionMail(id)));
  return hit;
}

/**
 * The email's image: the lead photo (its alt text with it), else the generated share image. Only for
 * a live edition: before publication neither is served publicly, so an embargoed send has none.
 */
function releaseData(site: string, e: EditionMail, url: string): ReleaseMailData {
  if (!e.live) return { ...e.data, url, imageUrl: null, imageAlt: "" };
  return e.lead
    ? { ...e.data, url, imageUrl: `${site}${e.lead.path}`, imageAlt: e.lead.alt }
    : { ...e.data, url, imageUrl: `${site}/releases/${e.slug}/share-image`, imageAlt: "" };
}

function footer(site: string, subscriberId: string): FooterLinks & { oneClick: string } {
  const token = subscriberToken(subscriberId);
  return {
    preferencesUrl: `${site}/subscribe/preferences?token=${token}`,
    unsubscribeUrl: `${site}/subscribe/unsubscribe?token=${token}`,
    // RFC 8058: mail clients POST "List-Unsubscribe=One-Click" to this URL, no page in between.
    oneClick: `${site}/api/subscribe/unsubscribe?token=${token}`,
  };
}

/** Builds the whole message of one delivery, or says why it no longer applies. */
export async function composeDelivery(d: ClaimedDelivery, cache: EditionCache): Promise<Composed> {
  const site = configuredSiteUrl();
  let content: MailContent;
  let headers: Record<string, string> = {};
  const payload = (d.payload ?? {}) as Record<string, unknown>;

  if (d.channel === "ALERT" || d.channel === "DIGEST") {
    if (!d.subscriberId) return { cancel: "no subscriber" };
    const subscriber = await subscriberForMail(d.subscriberId);
    if (!subscriber || subscriber.status !== "CONFIRMED") return { cancel: "unsubscribed before sending" };
    const links = footer(site, subscriber.id);
    headers = {
      "List-Unsubscribe": `<${links.oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    };
    if (d.channel === "ALERT") {
      const e = d.editionId ? await edition(cache, d.editionId) : null;
      if (!e || !e.live) return { cancel: "the edition is no longer published" };
      content = alertMail(releaseData(site, e, `${site}/releases/${e.slug}`), links);
    } else {
      const ids = Array.isArray(payload.editionIds) ? (payload.editionIds as string[]) : [];
      const editions = (await Promise.all(ids.map((id) => edition(cache, id)))).filter(
        (e): e is EditionMail => e !== null && e.live,
      );
      if (!editions.length) return { cancel: "nothing left to send in the digest" };
      content = digestMail(
        editions.map((e) => releaseData(site, e, `${site}/releases/${e.slug}`)),
        String(payload.day ?? ""),
        links,
      );
    }
  } else if (d.channel === "EMBARGO") {
    const e = d.editionId ? await edition(cache, d.editionId) : null;
    const send = d.embargoSendId ? await embargoSendStatus(d.embargoSendId) : null;
    if (!e || !send || send.status !== "APPROVED") return { cancel: "the embargoed send was cancelled" };
    if (e.status !== "SCHEDULED" || !e.publishAt) return { cancel: "the release is no longer scheduled" };
    const line = formatInZone(e.publishAt, e.publishZone ?? "+00:00");
    content = embargoMail(releaseData(site, e, `${site}/embargo/${embargoToken(d.id)}`), line);
  } else if (payload.kind === "confirm" && typeof payload.subscriberId === "string") {
    const { token, hash } = newConfirmToken();
    const stored = await setConfirmToken(payload.subscriberId, hash, new Date(Date.now() + CONFIRM_HOURS * 3_600_000));
    if (!stored) return { cancel: "already confirmed or gone" };
    content = confirmationMail(`${site}/subscribe/confirm?token=${token}`, siteName(), CONFIRM_HOURS);
  } else if (payload.kind === "already" && typeof payload.subscriberId === "string") {
    const links = footer(site, payload.subscriberId);
    content = noticeMail(`Your subscription to ${siteName()}`, [
      "Someone asked to subscribe this address, which is already subscribed. Nothing has changed.",
      `Change what you receive: ${links.preferencesUrl}`,
      `Unsubscribe: ${links.unsubscribeUrl}`,
    ]);
  } else if (typeof payload.subject === "string" && typeof payload.text === "string") {
    content = { subject: payload.subject, text: payload.text, html: String(payload.html ?? "") };
  } else {
    return { cancel: "nothing to send" };
  }

  const host = new URL(site).hostname || "localhost";
  const messageId = `<${d.channel.toLowerCase()}.${d.id}.${randomBytes(6).toString("hex")}@${host}>`;
  const from = env().MAIL_FROM;
  const node = new MailComposer({
    from,
    to: d.email,
    subject: content.subject,
    text: content.text,
    ...(content.html ? { html: content.html } : {}),
    messageId,
    date: new Date(),
    headers: { ...headers, "Auto-Submitted": "auto-generated" },
  }).compile();
  const raw = await node.build();
  const envelope = node.getEnvelope();
  return { raw, messageId, envelope: { from: envelope.from || "", to: d.email } };
}
