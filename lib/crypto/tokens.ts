import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env";

// Links in emails. A subscriber's preferences/unsubscribe link and a journalist's embargo link are
// "<id>.<HMAC>": nothing to store (so nothing to leak from the database), and they cannot be forged
// or guessed without NEXTAUTH_SECRET. The one-time confirmation token is random and only its
// SHA-256 is stored.

function mac(purpose: string, id: string): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`pressroom ${purpose} v1:${id}`).digest("base64url");
}

function sign(purpose: string, id: string): string {
  return `${id}.${mac(purpose, id)}`;
}

function verify(purpose: string, token: string | null | undefined): string | null {
  if (!token || token.length > 200 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [id, given] = token.split(".") as [string, string];
  const expected = Buffer.from(mac(purpose, id));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? id : null;
}

export const subscriberToken = (subscriberId: string) => sign("subscriber", subscriberId);
export const verifySubscriberToken = (token: string | null | undefined) => verify("subscriber", token);
export const embargoToken = (deliveryId: string) => sign("embargo", deliveryId);
export const verifyEmbargoToken = (token: string | null | undefined) => verify("embargo", token);

export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
