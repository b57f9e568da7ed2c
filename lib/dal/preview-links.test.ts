// Runs against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
import { describe, it, expect } from "vitest";
import { createHash, randomUUID } from "node:crypto";
import { db } from "../db";
import { previewCreateSchema, PREVIEW_EXPIRY, PREVIEW_TOKEN } from "../validation/preview";
import { releaseInput } from "@/test/factories";
import { makeUser } from "@/test/dal";
import {
  createPreviewLink,
  hashPreviewToken,
  listActivePreviewLinks,
  resolvePreviewLink,
  revokePreviewLink,
} from "./preview-links";
import { createRelease } from "./releases";
import type { SessionUser } from "./users";

const HOUR = PREVIEW_EXPIRY["1h"].ms;

async function makeRelease(actor: SessionUser): Promise<string> {
  const input = releaseInput({
    headline: `Preview link test ${randomUUID().slice(0, 8)}`,
  });
  return (await createRelease(actor, input)).id;
}

/** A writer, a draft release and a one-hour link created at `at`. */
async function setUp(at = new Date()) {
  const actor = await makeUser("WRITER");
  const releaseId = await makeRelease(actor);
  const created = await createPreviewLink(actor, { releaseId, ttlMs: HOUR }, at);
  if (created.status !== "ok") throw new Error("the preview link was not created");
  return { actor, releaseId, token: created.token, link: created.link, at };
}

describe("preview links", () => {
  it("creates a link whose token resolves to the release until it expires", async () => {
    const { actor, releaseId, token, link, at } = await setUp();
    expect(token).toMatch(PREVIEW_TOKEN);
    expect(link.expiresAt.getTime()).toBe(at.getTime() + HOUR);
    expect(link.createdByName).toBe(actor.name);

    const resolved = await resolvePreviewLink(token, new Date(at.getTime() + 1_000));
    expect(resolved).toEqual({ id: link.id, releaseId, expiresAt: link.expiresAt });
    expect(await listActivePreviewLinks(releaseId, at)).toEqual([
      { id: link.id, createdAt: at, expiresAt: link.expiresAt, createdByName: actor.name },
    ]);
    expect(
      await db().auditEntry.count({ where: { releaseId, action: "release.preview_create", actorId: actor.id } }),
    ).toBe(1);
  });

  it("stores only the SHA-256 of the token, never the token (nor in the audit entry)", async () => {
    const { releaseId, token, link } = await setUp();
    const row = await db().previewLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).not.toBe(token);
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(row.tokenHash).toBe(hashPreviewToken(token));
    const audit = await db().auditEntry.findFirstOrThrow({ where: { releaseId, action: "release.preview_create" } });
    expect(JSON.stringify(audit.detail)).not.toContain(token);
    expect(JSON.stringify(audit.detail)).not.toContain(row.tokenHash);
  });

  it("resolves a wrong, malformed or hash-instead-of-token value to null", async () => {
    const { token } = await setUp();
    const wrong = (token[0] === "A" ? "B" : "A") + token.slice(1);
    expect(await resolvePreviewLink(wrong)).toBeNull();
    expect(await resolvePreviewLink(token.slice(1))).toBeNull();
    expect(await resolvePreviewLink(`${token.slice(1)}=`)).toBeNull();
    expect(await resolvePreviewLink("")).toBeNull();
    expect(await resolvePreviewLink(hashPreviewToken(token))).toBeNull();
  });

  it("resolves an expired link to null, from the instant it expires", async () => {
    const { token, link, releaseId } = await setUp();
    expect(await resolvePreviewLink(token, new Date(link.expiresAt.getTime() - 1))).not.toBeNull();
    expect(await resolvePreviewLink(token, link.expiresAt)).toBeNull();
    expect(await resolvePreviewLink(token, new Date(link.expiresAt.getTime() + 2 * HOUR))).toBeNull();
    expect(await listActivePreviewLinks(releaseId, link.expiresAt)).toEqual([]);
  });

  it("revokes a link of its own release only: a revoked link resolves to null", async () => {
    const { actor, releaseId, token, link } = await setUp();
    const other = await setUp();

    // Another release's id does not reach this link (ids from the client only narrow the WHERE).
    expect(await revokePreviewLink(actor, { releaseId: other.releaseId, linkId: link.id })).toEqual({
      status: "not_found",
    });
    expect(await resolvePreviewLink(token)).not.toBeNull();

    expect(await revokePreviewLink(actor, { releaseId, linkId: link.id })).toEqual({ status: "ok" });
    expect(await resolvePreviewLink(token)).toBeNull();
    expect(await listActivePreviewLinks(releaseId)).toEqual([]);
    expect(await resolvePreviewLink(other.token)).not.toBeNull();
    // Twice is not twice recorded.
    expect(await revokePreviewLink(actor, { releaseId, linkId: link.id })).toEqual({ status: "not_found" });
    expect(
      await db().auditEntry.count({ where: { releaseId, action: "release.preview_revoke", actorId: actor.id } }),
    ).toBe(1);
  });

  it("refuses a link for a release that does not exist", async () => {
    const actor = await makeUser("WRITER");
    expect(await createPreviewLink(actor, { releaseId: "no-such-release", ttlMs: HOUR })).toEqual({
      status: "not_found",
    });
  });

  it("accepts only the offered expiry choices", () => {
    expect(previewCreateSchema.parse({ releaseId: "abc", expiresIn: "7d" })).toEqual({
      releaseId: "abc",
      ttlMs: 7 * 24 * HOUR,
    });
    expect(previewCreateSchema.safeParse({ releaseId: "abc", expiresIn: "3600000" }).success).toBe(false);
    expect(previewCreateSchema.safeParse({ releaseId: "a b", expiresIn: "1h" }).success).toBe(false);
  });
});
