import { readFileSync } from "node:fs";
import path from "node:path";
import type { Cookie } from "@playwright/test";
import type { RoleName } from "./db";

// The sessions e2e/auth.setup.ts saves (git-ignored); written anew at the start of every run.
const DIR = path.resolve(__dirname, "..", ".auth");

export const authFile = (role: RoleName) => path.join(DIR, `${role}.json`);

const cache = new Map<RoleName, Cookie[]>();

/** The session cookies of a role, as the setup project saved them. */
export function savedSession(role: RoleName): Cookie[] {
  let cookies = cache.get(role);
  if (!cookies) {
    const state = JSON.parse(readFileSync(authFile(role), "utf8")) as { cookies: Cookie[] };
    cookies = state.cookies.filter((c) => c.name.includes("session-token"));
    cache.set(role, cookies);
  }
  return cookies;
}
