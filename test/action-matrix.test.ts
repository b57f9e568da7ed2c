// The authorization matrix, generated from the code rather than listed by hand: every exported
// server action under app/ is found by its "use server" directive, called as each caller that must
// be refused (anonymous, a deactivated user, every role below the action's permission), with input
// that WOULD change data if it were allowed, and the database must be exactly as before.
// A new action that is not in EXPECTED_PERMISSION fails the first test: covering it is not optional.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@prisma/client";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<object>()), connection: async () => {} }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3000" }), cookies: async () => ({ get: () => undefined, getAll: () => [] }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirected to ${url}: the action was allowed`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));

import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createRelease } from "@/lib/dal/releases";
import { releaseInputSchema } from "@/lib/validation/release";

/** Which permission each action must demand. Keep it in step with the actions. */
const EXPECTED_PERMISSION: Record<string, Permission> = {
  saveReleaseAction: "release.save",
  autosaveReleaseAction: "release.save",
  heartbeatAction: "release.save",
  leaveAction: "release.save",
  submitReleaseAction: "release.submit",
  approveReleaseAction: "release.approve",
  rejectReleaseAction: "release.reject",
  scheduleReleaseAction: "release.schedule",
  unpublishReleaseAction: "release.unpublish",
  withdrawReleaseAction: "release.withdraw",
  forcePublishReleaseAction: "release.force_publish",
  confirmReviewReleaseAction: "release.approve",
  restoreRevisionAction: "release.save",
  createPreviewLinkAction: "release.preview",
  revokePreviewLinkAction: "release.preview",
  createUserAction: "users.manage",
  changeRoleAction: "users.manage",
  setUserActiveAction: "users.manage",
  changePasswordAction: "account.update",
  importReleaseAction: "release.create",
};

const ROOT = path.resolve(__dirname, "..");

function serverActionFiles(dir = path.join(ROOT, "app")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return serverActionFiles(full);
    if (!/\.tsx?$/.test(name)) return [];
    return /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

type Action = (...args: unknown[]) => Promise<unknown>;
const actions: Array<{ name: string; file: string; fn: Action }> = [];

const ids = { releaseId: "", version: 0, revisionId: "", targetUserId: "", linkId: "" };
const users: Record<Role | "DEACTIVATED", string> = { WRITER: "", EDITOR: "", ADMIN: "", DEACTIVATED: "" };

async function makeUser(role: Role, active = true) {
  const user = await db().user.create({
    data: { email: `matrix-${randomUUID()}@pressroom.test`, name: `Matrix ${role}`, role, active, passwordHash: "not-a-real-hash" },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

beforeAll(async () => {
  for (const file of serverActionFiles()) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) if (typeof fn === "function") actions.push({ name, file, fn: fn as Action });
  }
  users.WRITER = (await makeUser("WRITER")).id;
  users.EDITOR = (await makeUser("EDITOR")).id;
  users.ADMIN = (await makeUser("ADMIN")).id;
  users.DEACTIVATED = (await makeUser("ADMIN", false)).id;
  const target = await makeUser("WRITER");
  ids.targetUserId = target.id;
  const release = await createRelease(target, releaseInputSchema.parse(values("Matrix target")));
  ids.releaseId = release.id;
  ids.version = release.version;
  const revision = await db().revision.findFirstOrThrow({ where: { releaseId: release.id }, select: { id: true } });
  ids.revisionId = revision.id;
});

function values(headline: string) {
  return {
    headline, summary: "s", body: "Body.", datelinePlace: "", date: "2030-01-01", time: "10:00", utcOffset: "+00:00",
    issuer: "Ministry", sourceCredit: "", countries: "AZ", topics: "", agreements: [], quotes: [],
  };
}

/** One form that carries valid input for every action: were the check missing, each would act. */
function form(): FormData {
  const f = new FormData();
  const fields: Record<string, string> = {
    id: ids.releaseId, releaseId: ids.releaseId, version: String(ids.version), revisionId: ids.revisionId,
    linkId: "nonexistent", userId: ids.targetUserId, role: "ADMIN", active: "false",
    name: "Mallory", email: `mallory-${randomUUID()}@pressroom.test`, password: "a-valid-password-123",
    currentPassword: "not-a-real-hash", newPassword: "another-valid-password",
    remark: "No.", reason: "Because.", publishDate: "2031-01-01", publishTime: "09:00", publishZone: "+04:00",
    expiresIn: "24", intent: "publish",
    ...Object.fromEntries(Object.entries(values("Hijacked headline")).filter(([, v]) => typeof v === "string")),
  };
  for (const [k, v] of Object.entries(fields)) f.set(k, v as string);
  return f;
}

async function call(fn: Action): Promise<unknown> {
  const args: unknown[] = fn.length >= 2 ? [{ status: "idle" }, form()] : [{ id: ids.releaseId, version: ids.version, values: values("Hijacked by autosave") }];
  if (fn.length === 1 && /heartbeat|leave/i.test(fn.name)) args[0] = ids.releaseId;
  return fn(...args);
}

/** Everything a refused call could have touched. */
async function snapshot() {
  const [users, releases, editions, revisions, audit, previews, presence] = await Promise.all([
    db().user.findMany({ select: { id: true, role: true, active: true, passwordHash: true, mustChangePassword: true }, orderBy: { id: "asc" } }),
    db().release.findMany({ select: { id: true, version: true, slug: true, liveEditionId: true, withdrawnAt: true }, orderBy: { id: "asc" } }),
    db().edition.findMany({ select: { id: true, status: true, headline: true, publishAt: true }, orderBy: { id: "asc" } }),
    db().revision.count(),
    db().auditEntry.count(),
    db().previewLink.findMany({ select: { id: true, revokedAt: true } }),
    db().presence.count(),
  ]);
  return { users, releases, editions, revisions, audit, previews, presence };
}

describe("authorization matrix over every server action", () => {
  it("knows the permission of every server action in app/", () => {
    expect(actions.length).toBeGreaterThan(10);
    const uncovered = actions.filter((a) => !(a.name in EXPECTED_PERMISSION)).map((a) => `${a.name} (${path.relative(ROOT, a.file)})`);
    expect(uncovered, "add these actions to EXPECTED_PERMISSION").toEqual([]);
  });

  it("refuses anonymous, deactivated and too-low callers, and nothing changes", async () => {
    const refusals: string[] = [];
    for (const action of actions) {
      const permission = EXPECTED_PERMISSION[action.name];
      if (!permission) continue;
      const allowed = PERMISSIONS[permission] as readonly Role[];
      const callers: Array<[string, string | null]> = [
        ["anonymous", null],
        ["deactivated", users.DEACTIVATED],
        ...(["WRITER", "EDITOR", "ADMIN"] as const).filter((r) => !allowed.includes(r)).map((r): [string, string] => [r, users[r]]),
      ];
      for (const [who, userId] of callers) {
        session.userId = userId;
        const before = await snapshot();
        const result = await call(action.fn);
        expect(await snapshot(), `${action.name} as ${who} changed the database`).toEqual(before);
        // Refusals that answer say why; heartbeats answer nothing to strangers.
        const text = JSON.stringify(result ?? "");
        if (!/heartbeat|leave/i.test(action.name)) {
          expect(text, `${action.name} as ${who}`).toMatch(/not signed in|does not allow/);
        }
        refusals.push(`${action.name}:${who}`);
      }
    }
    session.userId = null;
    expect(refusals.length).toBeGreaterThanOrEqual(actions.length * 2);
  });
});
