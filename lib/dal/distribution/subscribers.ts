import "server-only";
import { createHash } from "node:crypto";
import { db } from "../../db";
import { now } from "../../clock";
import { hashToken } from "../../crypto/tokens";
import type { Preferences } from "../../validation/subscribe";
import { wakeJobs } from "./wake";

const HOUR = 3_600_000;
/** Per address: three requests an hour (each sends an email); per client address: thirty. */
const PER_ACCOUNT = 3;
const PER_IP = 30;

export type SubscribeResult = { status: "ok" } | { status: "rate_limited" };

/**
 * A subscription request. Whatever the address's state, the answer is the same (no enumeration):
 * a new or pending address gets a confirmation link (made at send time, so only its hash is
 * stored), a confirmed one gets its preferences link, nothing else changes until confirmation.
 */
export async function requestSubscription(
  email: string,
  preferences: Preferences,
  consentText: string,
  ip: string,
): Promise<SubscribeResult> {
  const account = createHash("sha256").update(email).digest("hex");
  const since = new Date(now().getTime() - HOUR);
  return db().$transaction(async (tx) => {
    const [perAccount, perIp] = await Promise.all([
      tx.subscribeAttempt.count({ where: { account, createdAt: { gt: since } } }),
      tx.subscribeAttempt.count({ where: { ip, createdAt: { gt: since } } }),
    ]);
    if (perAccount >= PER_ACCOUNT || perIp >= PER_IP) return { status: "rate_limited" as const };
    const attempt = await tx.subscribeAttempt.create({ data: { account, ip }, select: { id: true } });
    await tx.subscribeAttempt.deleteMany({ where: { createdAt: { lt: new Date(now().getTime() - 24 * HOUR) } } });

    const existing = await tx.subscriber.findUnique({ where: { email }, select: { id: true, status: true } });
    if (existing?.status === "CONFIRMED") {
      await tx.delivery.create({
        data: {
          dedupeKey: `already:${existing.id}:${attempt.id}`,
          channel: "NOTICE",
          email,
          subscriberId: existing.id,
          payload: { kind: "already", subscriberId: existing.id },
        },
      });
    } else {
      const data = {
        ...preferences,
        status: "PENDING" as const,
        consentAt: now(),
        consentText,
        unsubscribedAt: null,
        confirmTokenHash: null,
        confirmExpiresAt: null,
      };
      const subscriber = await tx.subscriber.upsert({
        where: { email },
        create: { email, ...data },
        update: data,
        select: { id: true },
      });
      await tx.delivery.create({
        data: {
          dedupeKey: `confirm:${subscriber.id}:${attempt.id}`,
          channel: "NOTICE",
          email,
          subscriberId: subscriber.id,
          payload: { kind: "confirm", subscriberId: subscriber.id },
        },
      });
    }
    await wakeJobs(tx, { mail: true });
    return { status: "ok" as const };
  });
}

export type ConfirmResult = { status: "confirmed"; subscriberId: string } | { status: "invalid" };

/** Follows the emailed link (a POST from the confirmation page: link scanners only GET). */
export async function confirmSubscription(token: string): Promise<ConfirmResult> {
  const hash = hashToken(token);
  const subscriber = await db().subscriber.findUnique({
    where: { confirmTokenHash: hash },
    select: { id: true, status: true, confirmExpiresAt: true },
  });
  if (!subscriber || subscriber.status !== "PENDING" || !subscriber.confirmExpiresAt) return { status: "invalid" };
  if (subscriber.confirmExpiresAt.getTime() < now().getTime()) return { status: "invalid" };
  const { count } = await db().subscriber.updateMany({
    where: { id: subscriber.id, confirmTokenHash: hash, status: "PENDING" },
    data: { status: "CONFIRMED", confirmedAt: now(), confirmTokenHash: null, confirmExpiresAt: null },
  });
  return count === 1 ? { status: "confirmed", subscriberId: subscriber.id } : { status: "invalid" };
}

export async function isValidConfirmToken(token: string): Promise<boolean> {
  const s = await db().subscriber.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { status: true, confirmExpiresAt: true },
  });
  return !!s && s.status === "PENDING" && !!s.confirmExpiresAt && s.confirmExpiresAt.getTime() >= now().getTime();
}

export interface SubscriberDTO {
  id: string;
  email: string;
  status: "PENDING" | "CONFIRMED" | "UNSUBSCRIBED";
  everything: boolean;
  countries: string[];
  issuers: string[];
  topics: string[];
  frequency: "IMMEDIATE" | "DAILY";
}

export async function getSubscriber(id: string): Promise<SubscriberDTO | null> {
  return db().subscriber.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      status: true,
      everything: true,
      countries: true,
      issuers: true,
      topics: true,
      frequency: true,
    },
  });
}

export async function updatePreferences(id: string, preferences: Preferences): Promise<boolean> {
  const { count } = await db().subscriber.updateMany({ where: { id }, data: preferences });
  return count === 1;
}

/** One-click or from the page: no more mail; alerts already queued for this address are cancelled too. */
export async function unsubscribe(id: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.subscriber.updateMany({
      where: { id, status: { not: "UNSUBSCRIBED" } },
      data: { status: "UNSUBSCRIBED", unsubscribedAt: now() },
    });
    await tx.delivery.updateMany({
      where: { subscriberId: id, status: "PENDING", channel: { in: ["ALERT", "DIGEST"] } },
      data: { status: "CANCELLED", lastError: "unsubscribed" },
    });
    return count === 1 || (await tx.subscriber.count({ where: { id } })) === 1;
  });
}

/** Everything stored about a subscriber, for "Download my data". */
export async function exportSubscriber(id: string) {
  const subscriber = await db().subscriber.findUnique({
    where: { id },
    select: {
      email: true,
      status: true,
      everything: true,
      countries: true,
      issuers: true,
      topics: true,
      languages: true,
      frequency: true,
      consentAt: true,
      consentText: true,
      confirmedAt: true,
      unsubscribedAt: true,
      createdAt: true,
    },
  });
  if (!subscriber) return null;
  const deliveries = await db().delivery.findMany({
    where: { subscriberId: id },
    select: { channel: true, status: true, releaseId: true, sentAt: true, createdAt: true },
    orderBy: { id: "asc" },
  });
  return { subscriber, emails: deliveries };
}

/** "Delete my data": the subscriber and every record of mail to them. */
export async function deleteSubscriber(id: string): Promise<void> {
  await db().$transaction([
    db().delivery.deleteMany({ where: { subscriberId: id } }),
    db().subscriber.deleteMany({ where: { id } }),
  ]);
}
