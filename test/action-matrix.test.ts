// The authorization matrix, generated from the code rather than listed by hand: every exported
// server action under lib/actions/ is found by its "use server" directive, called as each caller that must
// be refused (anonymous, a deactivated user, every role below the action's permission), with input
// that WOULD change data if it were allowed, and the database must be exactly as before.
// A new action that is not in EXPECTED_PERMISSION fails the first test: covering it is not optional.
// The same for route handlers: every app/**/route.ts exporting POST, PUT, PATCH or DELETE must be in
// EXPECTED_ROUTES, either with the permission it demands or as a special case with its reason and a
// check that it refuses (and changes nothing) whoever calls it.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@prisma/client";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({
  getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null),
}));
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<object>()), connection: async () => {} }));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirected to ${url}: the action was allowed`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));

import { OWN_RELEASES_ONLY, PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { createRelease } from "@/lib/dal/releases";
import { newCreationKey } from "@/lib/validation/creation-key";
import { releaseInputSchema } from "@/lib/validation/release";
import { releaseFormValues } from "./factories";

/** Which permission each action must demand. Keep it in step with the actions. */
const EXPECTED_PERMISSION: Record<string, Permission> = {
  saveReleaseAction: "release.save",
  autosaveReleaseAction: "release.save",
  createDraftAction: "release.create",
  heartbeatAction: "release.save",
  leaveAction: "release.save",
  submitReleaseAction: "release.submit",
  approveReleaseAction: "release.approve",
  rejectReleaseAction: "release.reject",
  scheduleReleaseAction: "release.schedule",
  unpublishReleaseAction: "release.unpublish",
  withdrawReleaseAction: "release.withdraw",
  publishReleaseAction: "release.publish",
  setReleaseAuthorsAction: "release.authors",
  forcePublishReleaseAction: "release.force_publish",
  confirmReviewReleaseAction: "release.approve",
  restoreRevisionAction: "release.save",
  createPreviewLinkAction: "release.preview",
  revokePreviewLinkAction: "release.preview",
  createUserAction: "users.manage",
  changeRoleAction: "users.manage",
  setUserActiveAction: "users.manage",
  changePasswordAction: "account.update",
  signOutEverywhereAction: "account.update",
  importReleaseAction: "release.create",
  createWebhookAction: "webhooks.manage",
  setWebhookActiveAction: "webhooks.manage",
  deleteMediaAction: "media.delete",
  replaceMediaAction: "media.replace",
  retryMediaVariantsAction: "media.retry",
  addContactAction: "contacts.manage",
  importContactsAction: "contacts.manage",
  deleteContactAction: "contacts.manage",
  createContactListAction: "contacts.manage",
  deleteContactListAction: "contacts.manage",
  requestEmbargoSendAction: "embargo.request",
  approveEmbargoSendAction: "embargo.approve",
  cancelEmbargoSendAction: "embargo.request",
  addTranslationAction: "release.create",
  confirmTranslationAction: "release.save",
};

/**
 * Public server actions: no session by design, each authorized otherwise (the reason says how).
 * They are listed so a new action cannot slip through unnoticed; their refusals are tested where named.
 */
const PUBLIC_ACTIONS: Record<string, string> = {
  subscribeAction:
    "a reader asking for alerts: rate-limited per address and client, same answer for every address (lib/dal/distribution/subscribers.test.ts, e2e/distribution.spec.ts)",
  confirmSubscriptionAction: "authorized by the one-time confirmation token (only its hash is stored), 48 h",
  unsubscribeAction: "authorized by the subscriber's signed link token (HMAC of NEXTAUTH_SECRET)",
  updatePreferencesAction: "authorized by the subscriber's signed link token",
  deleteSubscriberAction: "authorized by the subscriber's signed link token",
};

const ROOT = path.resolve(__dirname, "..");

function serverActionFiles(dir = path.join(ROOT, "lib", "actions")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return serverActionFiles(full);
    if (!/\.tsx?$/.test(name)) return [];
    return /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

type Action = (...args: unknown[]) => Promise<unknown>;
const actions: Array<{ name: string; file: string; fn: Action }> = [];

const ids = {
  releaseId: "",
  version: 0,
  revisionId: "",
  targetUserId: "",
  linkId: "",
  // Issue 13: an unused image whose conversion FAILED (delete would remove it, retry would queue it),
  // and another image to replace it with (replace would be audited).
  assetId: "",
  newAssetId: "",
  contactId: "",
  listId: "",
  scheduledId: "",
  sendId: "",
};
const users: Record<Role | "DEACTIVATED" | "ONE_TIME_PASSWORD", string> = {
  WRITER: "",
  EDITOR: "",
  ADMIN: "",
  DEACTIVATED: "",
  ONE_TIME_PASSWORD: "",
};

async function makeUser(role: Role, active = true) {
  const user = await db().user.create({
    data: {
      email: `matrix-${randomUUID()}@pressroom.test`,
      name: `Matrix ${role}`,
      role,
      active,
      passwordHash: "not-a-real-hash",
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

beforeAll(async () => {
  for (const file of serverActionFiles()) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod))
      if (typeof fn === "function") actions.push({ name, file, fn: fn as Action });
  }
  users.WRITER = (await makeUser("WRITER")).id;
  users.EDITOR = (await makeUser("EDITOR")).id;
  users.ADMIN = (await makeUser("ADMIN")).id;
  users.DEACTIVATED = (await makeUser("ADMIN", false)).id;
  users.ONE_TIME_PASSWORD = (await makeUser("ADMIN")).id;
  await db().user.update({ where: { id: users.ONE_TIME_PASSWORD }, data: { mustChangePassword: true } });
  const target = await makeUser("WRITER");
  ids.targetUserId = target.id;
  const release = await createRelease(target, releaseInputSchema.parse(values("Matrix target")));
  ids.releaseId = release.id;
  ids.version = release.version;
  const revision = await db().revision.findFirstOrThrow({ where: { releaseId: release.id }, select: { id: true } });
  ids.revisionId = revision.id;
  for (const key of ["assetId", "newAssetId"] as const) {
    const sha256 = randomUUID().replace(/-/g, "").padEnd(64, "0");
    const asset = await db().mediaAsset.create({
      data: {
        kind: "IMAGE",
        sha256,
        mime: "image/png",
        bytes: 10,
        filename: "matrix.png",
        originalKey: `originals/${sha256}.png`,
        variantStatus: "FAILED",
      },
      select: { id: true },
    });
    ids[key] = asset.id;
  }
  const list = await db().contactList.create({ data: { name: `Matrix list ${randomUUID()}` }, select: { id: true } });
  ids.listId = list.id;
  const contact = await db().mediaContact.create({
    data: {
      name: "Matrix contact",
      email: `contact-${randomUUID()}@example.org`,
      lists: { create: { listId: list.id } },
    },
    select: { id: true },
  });
  ids.contactId = contact.id;
  // A scheduled release and a send awaiting approval, for the embargo actions.
  const scheduled = await createRelease(target, releaseInputSchema.parse(values("Matrix embargo")));
  ids.scheduledId = scheduled.id;
  const edition = await db().edition.findFirstOrThrow({ where: { releaseId: scheduled.id }, select: { id: true } });
  await db().edition.update({
    where: { id: edition.id },
    data: { status: "SCHEDULED", publishAt: new Date(Date.now() + 86_400_000), publishZone: "+00:00" },
  });
  const send = await db().embargoSend.create({
    data: { releaseId: scheduled.id, editionId: edition.id, listIds: [list.id], requestedById: target.id },
    select: { id: true },
  });
  ids.sendId = send.id;
});

function values(headline: string) {
  return releaseFormValues({
    headline,
    summary: "s",
    body: "Body.",
    datelinePlace: "",
    date: "2030-01-01",
    time: "10:00",
    utcOffset: "+00:00",
    issuer: "Ministry",
  });
}

/** One form that carries valid input for every action: were the check missing, each would act. */
function form(): FormData {
  const f = new FormData();
  const fields: Record<string, string> = {
    id: ids.releaseId,
    releaseId: ids.releaseId,
    version: String(ids.version),
    revisionId: ids.revisionId,
    linkId: "nonexistent",
    assetId: ids.assetId,
    newAssetId: ids.newAssetId,
    filename: "matrix.png",
    contactId: ids.contactId,
    listId: ids.listId,
    lists: ids.listId,
    sendId: ids.sendId,
    userId: ids.targetUserId,
    role: "ADMIN",
    active: "false",
    name: "Mallory",
    email: `mallory-${randomUUID()}@pressroom.test`,
    password: "a-valid-password-123",
    currentPassword: "not-a-real-hash",
    newPassword: "another-valid-password",
    remark: "No.",
    reason: "Because.",
    publishDate: "2031-01-01",
    publishTime: "09:00",
    publishZone: "+04:00",
    expiresIn: "24",
    intent: "submit",
    // "Add translation" (issue 14): allowed, it would create a release in Azerbaijani.
    language: "az",
    ...Object.fromEntries(Object.entries(values("Hijacked headline")).filter(([, v]) => typeof v === "string")),
  };
  for (const [k, v] of Object.entries(fields)) f.set(k, v as string);
  return f;
}

/** Input that would change data if the call were allowed, in the shape each kind of action takes. */
async function call(name: string, fn: Action): Promise<unknown> {
  if (/^(heartbeat|leave)Action$/.test(name)) return fn(ids.releaseId);
  if (name === "autosaveReleaseAction")
    return fn({ id: ids.releaseId, version: ids.version, values: values("Hijacked by autosave") });
  // A new release's first autosave (issue 12.1): a fresh form key, so allowed it would create a release.
  if (name === "createDraftAction") return fn({ key: newCreationKey(), values: values("Created by a stranger") });
  // The contacts import writes only on its second step, "Import contacts" (intent=import, the CSV posted back).
  if (name === "importContactsAction") {
    const f = form();
    f.set("intent", "import");
    f.set("csv", `email,name\nmallory-${randomUUID()}@example.org,Mallory`);
    return fn({ status: "idle" }, f);
  }
  // Only a scheduled release can be sent under embargo.
  if (name === "requestEmbargoSendAction") {
    const f = form();
    f.set("releaseId", ids.scheduledId);
    return fn({ status: "idle" }, f);
  }
  return fn({ status: "idle" }, form());
}

/** Everything a refused call could have touched. */
async function snapshot() {
  const [
    users,
    releases,
    editions,
    revisions,
    audit,
    previews,
    presence,
    signInAttempts,
    webhooks,
    deliveries,
    mediaAssets,
    mediaUploads,
    contacts,
    contactLists,
    embargoSends,
  ] = await Promise.all([
    db().user.findMany({
      select: { id: true, role: true, active: true, passwordHash: true, mustChangePassword: true },
      orderBy: { id: "asc" },
    }),
    db().release.findMany({
      select: { id: true, version: true, slug: true, liveEditionId: true, withdrawnAt: true },
      orderBy: { id: "asc" },
    }),
    db().edition.findMany({
      select: { id: true, status: true, headline: true, publishAt: true },
      orderBy: { id: "asc" },
    }),
    db().revision.count(),
    db().auditEntry.count(),
    db().previewLink.findMany({ select: { id: true, revokedAt: true } }),
    db().presence.count(),
    db().signInAttempt.count(),
    db().webhookEndpoint.findMany({ select: { id: true, active: true }, orderBy: { id: "asc" } }),
    db().delivery.count(),
    // How many files, and the state of the two the matrix form names (retry would queue the failed one).
    Promise.all([
      db().mediaAsset.count(),
      db().mediaAsset.findMany({
        where: { id: { in: [ids.assetId, ids.newAssetId] } },
        select: { id: true, variantStatus: true },
        orderBy: { id: "asc" },
      }),
    ]),
    db().mediaUploadAttempt.count(),
    db().mediaContact.findMany({ select: { id: true, name: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db().contactList.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    db().embargoSend.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
  ]);
  // The app clock's test offset (lib/clock.ts), which /api/test/clock would move.
  const clockOffset = (globalThis as { __pressroomClockOffsetMs?: number }).__pressroomClockOffsetMs ?? 0;
  return {
    users,
    releases,
    editions,
    revisions,
    audit,
    previews,
    presence,
    signInAttempts,
    webhooks,
    deliveries,
    mediaAssets,
    mediaUploads,
    contacts,
    contactLists,
    embargoSends,
    clockOffset,
  };
}

describe("authorization matrix over every server action", () => {
  it("knows the permission of every server action in lib/actions/", () => {
    expect(actions.length).toBeGreaterThan(10);
    const uncovered = actions
      .filter((a) => !(a.name in EXPECTED_PERMISSION) && !(a.name in PUBLIC_ACTIONS))
      .map((a) => `${a.name} (${path.relative(ROOT, a.file)})`);
    expect(uncovered, "add these actions to EXPECTED_PERMISSION").toEqual([]);
  });

  it("refuses anonymous, deactivated and too-low callers, an admin on a one-time password (issue 11.8) and a writer who is no author (issue 11.7), and nothing changes", async () => {
    const refusals: string[] = [];
    for (const action of actions) {
      const permission = EXPECTED_PERMISSION[action.name];
      if (!permission) continue;
      const allowed = PERMISSIONS[permission] as readonly Role[];
      const callers: Array<[string, string | null]> = [
        ["anonymous", null],
        ["deactivated", users.DEACTIVATED],
        // Issue 11.8: an admin still on a one-time password may only change it.
        ...(permission === "account.update"
          ? []
          : [["ADMIN on a one-time password", users.ONE_TIME_PASSWORD] as [string, string]]),
        // Issue 11.7: a writer acts only on releases they are an author of (the target is another writer's).
        ...(OWN_RELEASES_ONLY.WRITER?.includes(permission)
          ? [["WRITER who is no author", users.WRITER] as [string, string]]
          : []),
        ...(["WRITER", "EDITOR", "ADMIN"] as const)
          .filter((r) => !allowed.includes(r))
          .map((r): [string, string] => [r, users[r]]),
      ];
      for (const [who, userId] of callers) {
        session.userId = userId;
        const before = await snapshot();
        const result = await call(action.name, action.fn);
        expect(await snapshot(), `${action.name} as ${who} changed the database`).toEqual(before);
        // Refusals that answer say why; heartbeats answer nothing to strangers.
        const text = JSON.stringify(result ?? "");
        if (!/heartbeat|leave/i.test(action.name)) {
          expect(text, `${action.name} as ${who}`).toMatch(
            /not signed in|does not allow|one-time password first|not an author/,
          );
        }
        refusals.push(`${action.name}:${who}`);
      }
    }
    session.userId = null;
    expect(refusals.length).toBeGreaterThanOrEqual(actions.length * 2);
    // Every action × every caller it must refuse, each with two database snapshots: the work grows with
    // each new action, and a busy 2-core machine took longer than the default 20 s.
  }, 120_000);
});

// ---------- route handlers ----------

const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof MUTATING)[number];
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

type RouteRule =
  /** Role-gated like a server action: refused (401/403/404) to anonymous, deactivated and too-low callers. */
  | { methods: Method[]; permission: Permission; body?: unknown }
  /**
   * Not gated by a role, for the reason given. `refuses`: the status it answers every caller (signed in
   * as anyone or not) who lacks what it does require; omitted when the route is tested elsewhere.
   */
  | { methods: Method[]; special: string; refuses?: number; body?: unknown; headers?: Record<string, string> };

const READ_ONLY_API: RouteRule = {
  methods: ["POST", "PUT", "PATCH", "DELETE"],
  special: "the public JSON API is read-only: every write method answers 405",
  refuses: 405,
  body: { headline: "Hijacked by the API" },
};

/** Every route handler that accepts a mutating method, keyed by its path under app/. */
const EXPECTED_ROUTES: Record<string, RouteRule> = {
  "api/auth/[...nextauth]/route.ts": {
    methods: ["POST"],
    special:
      "next-auth's own endpoints (sign-in, sign-out, CSRF): public by design. Sign-in is rate-limited and answers an unknown " +
      "email like a wrong password: lib/auth/options.test.ts, lib/auth/rate-limit.test.ts, e2e/auth.spec.ts, e2e/security-signin.spec.ts",
  },
  "api/test/clock/route.ts": {
    methods: ["POST"],
    special:
      "e2e hook, exists only with PRESSROOM_TEST_HOOKS=1 (the Playwright server); anywhere else a 404 that moves no clock",
    refuses: 404,
    body: { offsetMs: 86_400_000 },
  },
  "api/test/scheduler/route.ts": {
    methods: ["POST"],
    special:
      "e2e hook, exists only with PRESSROOM_TEST_HOOKS=1; anywhere else a 404 that publishes nothing (a due release is waiting)",
    refuses: 404,
  },
  "api/internal/scheduler/route.ts": {
    methods: ["POST"],
    special:
      "the app's own scheduler tick: authorized by an HMAC key derived from NEXTAUTH_SECRET, not by a session; without it a 404",
    refuses: 404,
    headers: { "x-pressroom-internal-key": "a-guessed-key" },
  },
  "api/internal/public-cache/route.ts": {
    methods: ["POST"],
    special:
      "issue 13: a background job asks the app to drop the reader cache (an image a live release uses was converted): authorized by the same HMAC key as the scheduler tick; without it a 404",
    refuses: 404,
    headers: { "x-pressroom-internal-key": "a-guessed-key" },
  },
  "api/v1/[...rest]/route.ts": {
    ...READ_ONLY_API,
    special: "unknown /api/v1 paths: a JSON 404 for every method",
    refuses: 404,
  },
  "api/subscribe/unsubscribe/route.ts": {
    methods: ["POST"],
    special:
      "RFC 8058 one-click unsubscribe: authorized by the signed token in the URL (mail clients post without a session); without a valid one a 404",
    refuses: 404,
  },
  // Issue 13: uploads go through the same authorization as saves; a refused caller leaves no asset and
  // no counted upload (the snapshot counts both). lib/media/upload.test.ts uploads for real.
  "api/media/route.ts": { methods: ["POST"], permission: "release.save" },
  // Issue 15: "Extract from file" on the import page reads a file's text (saves nothing); the same
  // permission as the import itself. lib/import/file-text.test.ts and e2e/import-files.spec.ts read files.
  "api/import/file/route.ts": { methods: ["POST"], permission: "release.create" },
  "api/v1/agreements/route.ts": READ_ONLY_API,
  "api/v1/openapi.json/route.ts": READ_ONLY_API,
  "api/v1/people/[slug]/route.ts": READ_ONLY_API,
  "api/v1/releases/route.ts": READ_ONLY_API,
  "api/v1/releases/[slug]/route.ts": READ_ONLY_API,
};

function routeFiles(dir = path.join(ROOT, "app")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js|jsx|mjs)$/.test(name) ? [full] : [];
  });
}

/** The HTTP methods a route module exports, read from its source (importing every route is not needed). */
function exportedMethods(source: string): { methods: Method[]; opaque: boolean } {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?\s*|const\s+|let\s+|var\s+)([A-Z]+)\b/g))
    names.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  // `export * from` could export anything: such a route must be read by a person and listed.
  return { methods: MUTATING.filter((method) => names.has(method)), opaque: /export\s*\*/.test(source) };
}

const routes = routeFiles()
  .map((file) => ({
    file,
    key: path.relative(path.join(ROOT, "app"), file).split(path.sep).join("/"),
    ...exportedMethods(readFileSync(file, "utf8")),
  }))
  .filter((route) => route.methods.length > 0 || route.opaque);

describe("authorization matrix over every mutating route handler", () => {
  it("reads exported methods from route sources", () => {
    expect(exportedMethods("export async function POST() {}\nexport const GET = 1;").methods).toEqual(["POST"]);
    expect(exportedMethods("export { handler as GET, handler as POST, x as DELETE };").methods).toEqual([
      "POST",
      "DELETE",
    ]);
    expect(exportedMethods("export const PATCH = wrap(x);").methods).toEqual(["PATCH"]);
    expect(exportedMethods("export * from './x';").opaque).toBe(true);
  });

  it("knows every route handler under app/ that accepts POST, PUT, PATCH or DELETE", () => {
    expect(routes.length).toBeGreaterThanOrEqual(3);
    const found = Object.fromEntries(routes.map((r) => [r.key, r.opaque ? ["export * (list it by hand)"] : r.methods]));
    const expected = Object.fromEntries(Object.entries(EXPECTED_ROUTES).map(([key, rule]) => [key, rule.methods]));
    expect(
      found,
      "add new mutating routes to EXPECTED_ROUTES (with their permission, or as a special case with the reason)",
    ).toEqual(expected);
  });

  it("the e2e hooks are off in this process, as in production", () => {
    expect(env().PRESSROOM_TEST_HOOKS).toBe("0");
  });

  it("refuses anonymous, deactivated and too-low callers (and, for special routes, everyone), and nothing changes", async () => {
    // A release that is due: a scheduler pass that should not have run would publish it.
    const owner = await makeUser("WRITER");
    const due = await createRelease(owner, releaseInputSchema.parse(values("Due release of the route matrix")));
    await db().edition.updateMany({
      where: { releaseId: due.id },
      data: { status: "SCHEDULED", publishAt: new Date(Date.now() - 60_000) },
    });
    try {
      const checked: string[] = [];
      for (const route of routes) {
        const rule = EXPECTED_ROUTES[route.key];
        if (!rule || ("special" in rule && rule.refuses === undefined)) continue;
        const mod = (await import(route.file)) as Record<string, unknown>;
        const callers: Array<[string, string | null]> =
          "permission" in rule
            ? [
                ["anonymous", null],
                ["deactivated", users.DEACTIVATED],
                ...(["WRITER", "EDITOR", "ADMIN"] as const)
                  .filter((r) => !(PERMISSIONS[rule.permission] as readonly Role[]).includes(r))
                  .map((r): [string, string] => [r, users[r]]),
              ]
            : [
                ["anonymous", null],
                ["deactivated", users.DEACTIVATED],
                ["ADMIN", users.ADMIN],
              ];
        for (const method of rule.methods) {
          const handler = mod[method] as Handler | undefined;
          expect(typeof handler, `${route.key} exports ${method}`).toBe("function");
          for (const [who, userId] of callers) {
            session.userId = userId;
            const before = await snapshot();
            const request = new Request(
              `http://localhost:3000/${route.key.replace(/\/route\.\w+$/, "").replace(/\[\.\.\.(\w+)\]|\[(\w+)\]/g, "x")}`,
              {
                method,
                headers: { "content-type": "application/json", ...("headers" in rule ? rule.headers : {}) },
                body: JSON.stringify(rule.body ?? {}),
              },
            );
            const response = await handler!(request, {
              params: Promise.resolve({ nextauth: ["x"], rest: ["x"], slug: "x" }),
            });
            const allowed = "permission" in rule ? [401, 403, 404] : [rule.refuses];
            expect(allowed, `${method} ${route.key} as ${who} answered ${response.status}`).toContain(response.status);
            expect(await snapshot(), `${method} ${route.key} as ${who} changed the database`).toEqual(before);
            checked.push(`${route.key}:${method}:${who}`);
          }
        }
      }
      session.userId = null;
      expect(checked.filter((c) => c.startsWith("api/test/"))).toHaveLength(2 * 3);
      expect(
        (await db().edition.findFirstOrThrow({ where: { releaseId: due.id }, select: { status: true } })).status,
      ).toBe("SCHEDULED");
    } finally {
      await db().release.delete({ where: { id: due.id } });
    }
  });
});

// ---------- team-only reads (issue 13) ----------

/**
 * GET routes that show what is not public (drafts' files, originals with their EXIF, the library):
 * signed-in team members with the permission, read from the database like every other check.
 */
const TEAM_READS: Record<string, Permission> = {
  "api/media/route.ts": "media.view",
  "api/media/[id]/thumbnail/route.ts": "media.view",
  "api/media/[id]/original/route.ts": "release.save",
};

describe("authorization matrix over the team-only read routes", () => {
  const mediaRoutes = routeFiles(path.join(ROOT, "app", "api", "media"))
    .filter((file) => /export\s+async\s+function\s+GET\b/.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(path.join(ROOT, "app"), file).split(path.sep).join("/"));

  it("issue 13: knows every GET route under app/api/media", () => {
    expect(mediaRoutes.sort()).toEqual(Object.keys(TEAM_READS).sort());
  });

  it("issue 13: refuses anonymous and deactivated callers; the library's bad parameters are a 400, never a 500", async () => {
    for (const key of mediaRoutes) {
      const mod = (await import(path.join(ROOT, "app", key))) as Record<string, Handler>;
      for (const [who, userId] of [
        ["anonymous", null],
        ["deactivated", users.DEACTIVATED],
        ["ADMIN on a one-time password", users.ONE_TIME_PASSWORD],
      ] as Array<[string, string | null]>) {
        session.userId = userId;
        const response = await mod.GET!(new Request("http://localhost:3000/api/media/x/thumbnail"), {
          params: Promise.resolve({ id: "x" }),
        });
        expect([401, 403], `GET ${key} as ${who} answered ${response.status}`).toContain(response.status);
      }
    }
    const library = (await import(path.join(ROOT, "app", "api/media/route.ts"))) as Record<string, Handler>;
    session.userId = users.WRITER;
    for (const query of [
      "kind=video",
      "take=0",
      "take=1000",
      "take=abc",
      "cursor=../../x",
      "q=a&q=b",
      `q=${"x".repeat(201)}`,
    ]) {
      const response = await library.GET!(new Request(`http://localhost:3000/api/media?${query}`), {
        params: Promise.resolve({}),
      });
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { message: string }).message, query).toBeTruthy();
    }
    const ok = await library.GET!(new Request("http://localhost:3000/api/media?kind=image&take=5&q=%25_%5C"), {
      params: Promise.resolve({}),
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ items: expect.any(Array) });
    session.userId = null;
  });
});
