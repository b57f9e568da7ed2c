import { beforeEach, describe, expect, it, vi } from "vitest";

const jar = vi.hoisted(() => ({
  cookies: new Map<string, string>(),
  set: [] as Array<{ name: string; value: string; options: Record<string, unknown> }>,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...jar.cookies].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string, options: Record<string, unknown>) => jar.set.push({ name, value, options }),
  }),
}));

import {
  DEVICE_COOKIE_MAX_AGE_SECONDS,
  deviceCookieName,
  issueDeviceCookie,
  rememberDevice,
  trustedDeviceId,
} from "./device-cookie";

const SECRET = "device-cookie-test-secret-0123456789";
const HTTP = { secret: SECRET, nextAuthUrl: "http://127.0.0.1:3000" };
const header = (c: { name: string; value: string }) => `${c.name}=${c.value}`;

beforeEach(() => {
  jar.cookies.clear();
  jar.set.length = 0;
});

describe("device cookie", () => {
  it("issue 11.6: names the account by a keyed hash, is HttpOnly and SameSite=Lax for 180 days, Secure on https", () => {
    const cookie = issueDeviceCookie("user-1", null, HTTP);
    expect(cookie.name).toMatch(/^pressroom-device\.[A-Za-z0-9_-]{16}$/);
    expect(`${cookie.name}${cookie.value}`).not.toContain("user-1");
    expect(cookie.options).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/api/auth",
      maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
    });
    expect(DEVICE_COOKIE_MAX_AGE_SECONDS).toBe(180 * 24 * 3600);
    const https = issueDeviceCookie("user-1", null, { secret: SECRET, nextAuthUrl: "https://press.example.org" });
    expect(https.name).toMatch(/^__Secure-pressroom-device\./);
    expect(https.options.secure).toBe(true);
    // Each account its own cookie; the tag depends on the secret, so nobody can compute it for a user id.
    expect(deviceCookieName("user-2", HTTP)).not.toBe(cookie.name);
    expect(deviceCookieName("user-1", { ...HTTP, secret: "another-secret-0123456789" })).not.toBe(cookie.name);
  });

  it("issue 11.6: gives back the device id of a valid cookie for that account", () => {
    const cookie = issueDeviceCookie("user-1", null, HTTP);
    expect(trustedDeviceId(`other=1; ${header(cookie)}; x=y`, "user-1", HTTP)).toBe(cookie.deviceId);
    expect(trustedDeviceId([header(cookie)], "user-1", HTTP)).toBe(cookie.deviceId);
    // Renewed at the next sign-in with the same device id.
    expect(issueDeviceCookie("user-1", cookie.deviceId, HTTP).deviceId).toBe(cookie.deviceId);
  });

  it("issue 11.6: a forged, foreign, re-signed or expired cookie gives nothing", () => {
    const mine = issueDeviceCookie("user-1", null, HTTP);
    const name = mine.name;
    const [issued, id, mac] = mine.value.split(".") as [string, string, string];
    const forged = [
      // Another account's cookie, renamed to this account's name.
      `${name}=${issueDeviceCookie("user-2", null, HTTP).value}`,
      // Altered: another device id, another issue time, a flipped signature, garbage.
      `${name}=${issued}.${"A".repeat(22)}.${mac}`,
      `${name}=${Number(issued) + 1}.${id}.${mac}`,
      `${name}=${issued}.${id}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`,
      `${name}=${issued}.${id}`,
      `${name}=`,
      // Signed with another secret (an old deployment's, or an attacker's guess).
      `${name}=${issueDeviceCookie("user-1", null, { ...HTTP, secret: "another-secret-0123456789" }).value}`,
      // Older than 180 days, or issued far in the future.
      `${name}=${issueDeviceCookie("user-1", null, { ...HTTP, now: Date.now() - 181 * 24 * 3600 * 1000 }).value}`,
      `${name}=${issueDeviceCookie("user-1", null, { ...HTTP, now: Date.now() + 3600 * 1000 }).value}`,
    ];
    for (const cookieHeader of forged) expect(trustedDeviceId(cookieHeader, "user-1", HTTP), cookieHeader).toBeNull();
    // The right cookie for user-1 says nothing about user-2.
    expect(trustedDeviceId(header(mine), "user-2", HTTP)).toBeNull();
    expect(trustedDeviceId(undefined, "user-1", HTTP)).toBeNull();
  });

  it("issue 11.6: a successful sign-in sets the cookie, keeping the device id the browser already had", async () => {
    await rememberDevice("user-9");
    expect(jar.set).toHaveLength(1);
    const first = jar.set[0]!;
    expect(first.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/api/auth" });
    const firstId = trustedDeviceId(`${first.name}=${first.value}`, "user-9");
    expect(firstId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    jar.cookies.set(first.name, first.value);
    await rememberDevice("user-9");
    expect(trustedDeviceId(`${jar.set[1]!.name}=${jar.set[1]!.value}`, "user-9")).toBe(firstId);
  });
});
