// Runs against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { getPublicReleasesByIds, lastPublicChangeAt } from "./api";
import { createRelease, publishEdition, transitionRelease } from "../releases";
import { TEST_OVERRIDE, agreementRow, quoteRow, releaseInput } from "@/test/factories";
import { makeUser } from "@/test/dal";

const suffix = () => randomUUID().replace(/-/g, "").slice(0, 10);

const input = (headline: string) =>
  releaseInput({
    headline,
    summary: "",
    body: "Body.",
    datelinePlace: "",
    issuer: "Ministry",
    agreements: [agreementRow({ type: "PROTOCOL", title: "Protocol", parties: "A\nB" })],
    quotes: [quoteRow({ speaker: `Speaker ${suffix()}`, text: "Words." })],
  });

describe("lastPublicChangeAt", () => {
  it("moves with what readers see (a publication, an unpublication), not with a draft or an embargo", async () => {
    const writer = await makeUser("WRITER");
    const editor = await makeUser("EDITOR");
    /** Publishes at `delay` ms from the moment of publishing (after the speaker was created). */
    const publish = async (headline: string, delay = 0) => {
      const r = await createRelease(writer, input(headline));
      await transitionRelease(writer, r.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE });
      const at = new Date(Date.now() + delay);
      expect(await publishEdition(editor, r.id, 2, { consistencyOverride: TEST_OVERRIDE }, at)).toMatchObject({
        status: "ok",
      });
      return { ...r, at };
    };
    // Read as of this test's own moments: the database is shared with the worker's other test files,
    // whose releases scheduled a minute ahead (translations.test.ts) may go public during this one.
    const live = await publish(`Stamp ${suffix()}`);
    const publishedAt = live.at;
    expect(await lastPublicChangeAt(publishedAt)).toEqual(publishedAt);

    const embargoed = await publish(`Embargoed ${suffix()}`, 86_400_000);
    const draft = await createRelease(writer, input(`Draft ${suffix()}`));
    expect(await lastPublicChangeAt(publishedAt)).toEqual(publishedAt);

    // Unpublishing changes every listing that showed the release: the stamp moves to that moment.
    expect(await transitionRelease(editor, live.id, 3, { action: "unpublish" })).toMatchObject({ status: "ok" });
    const left = await db().edition.findFirstOrThrow({
      where: { releaseId: live.id },
      select: { updatedAt: true, status: true },
    });
    expect(left.status).toBe("UNPUBLISHED");
    expect(await lastPublicChangeAt(left.updatedAt)).toEqual(left.updatedAt);
    expect(left.updatedAt.getTime()).toBeGreaterThanOrEqual(publishedAt.getTime());
    await db().release.deleteMany({ where: { id: { in: [live.id, embargoed.id, draft.id] } } });
  });
});

describe("getPublicReleasesByIds", () => {
  it("loads public releases in the order asked, without the ones that are not public or their editorial fields", async () => {
    const writer = await makeUser("WRITER");
    const editor = await makeUser("EDITOR");
    const publish = async (headline: string) => {
      const r = await createRelease(writer, input(headline));
      await transitionRelease(writer, r.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE });
      await publishEdition(editor, r.id, 2, { consistencyOverride: TEST_OVERRIDE });
      return r;
    };
    const a = await publish(`Load A ${suffix()}`);
    const b = await publish(`Load B ${suffix()}`);
    const draft = await createRelease(writer, input(`Load draft ${suffix()}`));
    const loaded = await getPublicReleasesByIds([b.id, draft.id, "no-such-id", a.id]);
    expect(loaded.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(loaded[0]).toMatchObject({
      slug: b.slug,
      editionNumber: 1,
      agreements: [{ type: "PROTOCOL", parties: ["A", "B"] }],
      quotes: [{ text: "Words." }],
    });
    for (const key of ["workflow", "updatedByName", "editionId", "version", "status"])
      expect(loaded[0]).not.toHaveProperty(key);
    await db().release.deleteMany({ where: { id: { in: [a.id, b.id, draft.id] } } });
  });
});
