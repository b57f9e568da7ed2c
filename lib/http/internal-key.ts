import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env";

// The app calls itself: the scheduler's timer and the background jobs run outside any request, and
// Next only lets code inside a request (a route handler) drop cached reader pages. They therefore POST
// to /api/internal/scheduler or /api/internal/public-cache with this key, derived from NEXTAUTH_SECRET
// so there is no second secret to configure; nobody without the secret can call them (harmless
// anyway: a pass only publishes what is already due, and a dropped cache is only filled again).

const PURPOSE = "pressroom internal scheduler tick v1";

export function internalKey(): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(PURPOSE).digest("base64url");
}

export function isInternalKey(candidate: string | null): boolean {
  if (!candidate) return false;
  const expected = Buffer.from(internalKey());
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const INTERNAL_KEY_HEADER = "x-pressroom-internal-key";
