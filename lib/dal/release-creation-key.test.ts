// Issue 12.1: a new release's form creates at most one release, however its creates race or repeat.
// Against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
import { describe, expect, it } from "vitest";
import { releaseInput } from "@/test/factories";
import { makeUser, uniqueHeadline } from "@/test/dal";
import { db } from "../db";
import { newCreationKey } from "../validation/creation-key";
import { createReleaseOnce, updateRelease } from "./releases";

const input = (headline: string) => releaseInput({ headline });

const releasesWithKey = (creationKey: string) => db().release.count({ where: { creationKey } });
const headlineOf = async (id: string) =>
  (await db().edition.findFirstOrThrow({ where: { releaseId: id }, orderBy: { number: "desc" } })).headline;

describe("issue 12.1: createReleaseOnce", () => {
  it("makes one release for a form's key, even with ten creates at the same moment", async () => {
    const writer = await makeUser("WRITER");
    const key = newCreationKey();
    const headline = uniqueHeadline("Raced create");
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        createReleaseOnce(writer, key, input(`${headline} ${n}`), { autosave: true }),
      ),
    );
    expect(await releasesWithKey(key)).toBe(1);
    const ids = new Set(results.map((r) => (r.status === "ok" ? r.id : r.status)));
    // Every create either made the release or saved into it from its first version; the rest were
    // told of the conflict (someone saved since), never a second release.
    const oks = results.filter((r) => r.status === "ok");
    expect(oks.length).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => r.status === "ok" || r.status === "conflict")).toBe(true);
    expect([...ids].filter((v) => v !== "conflict")).toHaveLength(1);
  });

  it("a create sent again (its answer lost) saves into the release it made", async () => {
    const writer = await makeUser("WRITER");
    const key = newCreationKey();
    const first = await createReleaseOnce(writer, key, input("First try"), { autosave: true });
    const again = await createReleaseOnce(writer, key, input("First try, more typed"), { autosave: true });
    expect(first.status).toBe("ok");
    expect(again).toMatchObject({ status: "ok", id: first.status === "ok" ? first.id : "", version: 2 });
    expect(await releasesWithKey(key)).toBe(1);
    expect(await headlineOf(again.status === "ok" ? again.id : "")).toBe("First try, more typed");
  });

  it("never overwrites a save made since: once the release moved on, a repeated create is a conflict", async () => {
    const writer = await makeUser("WRITER");
    const key = newCreationKey();
    const first = await createReleaseOnce(writer, key, input("Created"));
    if (first.status !== "ok") throw new Error("not created");
    await updateRelease(writer, first.id, first.version, input("Saved by hand afterwards"));
    expect(await createReleaseOnce(writer, key, input("Stale repeat"))).toEqual({ status: "conflict" });
    expect(await headlineOf(first.id)).toBe("Saved by hand afterwards");
  });

  it("another person's key is refused and changes nothing", async () => {
    const writer = await makeUser("WRITER");
    const other = await makeUser("ADMIN");
    const key = newCreationKey();
    const first = await createReleaseOnce(writer, key, input("Mine"));
    if (first.status !== "ok") throw new Error("not created");
    expect(await createReleaseOnce(other, key, input("Hijacked"))).toMatchObject({ status: "refused" });
    expect(await headlineOf(first.id)).toBe("Mine");
    expect(await releasesWithKey(key)).toBe(1);
  });

  it("an autosave-created release records its creation as an autosave, and the first autosave after it shares that revision", async () => {
    const writer = await makeUser("WRITER");
    const key = newCreationKey();
    const first = await createReleaseOnce(writer, key, input("Autosaved"), { autosave: true });
    if (first.status !== "ok") throw new Error("not created");
    await updateRelease(writer, first.id, first.version, input("Autosaved again"), { autosave: true });
    const revisions = await db().revision.findMany({ where: { releaseId: first.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.note).toBe("autosave");
    const audit = await db().auditEntry.findFirstOrThrow({ where: { releaseId: first.id, action: "release.create" } });
    expect(audit.detail).toEqual({ autosave: true });
  });
});
