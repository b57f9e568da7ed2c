import { describe, expect, it } from "vitest";
import { makeUser, publishReviewed, suffix } from "@/test/dal";
import { releaseInput } from "@/test/factories";
import { db } from "../../db";
import { createRelease } from "../releases";
import { digestDayStart, enqueueDueDigests, enqueueDueDigestsOnce } from "./digest";

async function subscriber(email: string, issuers: string[], frequency: "DAILY" | "IMMEDIATE") {
  const confirmedAt = new Date(Date.now() - 2 * 86_400_000);
  return db().subscriber.create({
    data: { email, status: "CONFIRMED", issuers, frequency, confirmedAt, consentAt: confirmedAt, consentText: "t" },
  });
}

describe("issue 16: the daily digest", () => {
  it("at the digest hour, each daily subscriber gets one digest with the day's matching releases, once", async () => {
    const s = suffix();
    const issuer = `Digest Ministry ${s}`;
    const daily = await subscriber(`daily-${s}@example.org`, [issuer], "DAILY");
    const other = await subscriber(`other-${s}@example.org`, [`Elsewhere ${s}`], "DAILY");
    await subscriber(`instant-${s}@example.org`, [issuer], "IMMEDIATE");
    const writer = await makeUser("WRITER");
    const created = await createRelease(writer, releaseInput({ headline: `Digest item ${s}`, issuer }));
    await publishReviewed(created.id, created.version);
    const edition = await db().edition.findFirstOrThrow({ where: { releaseId: created.id }, select: { id: true } });

    const nextMidnight = new Date(digestDayStart(new Date()).getTime() + 86_400_000 + 300_000);
    await enqueueDueDigests(new Date(), 0);
    // Before the digest hour (07:00 UTC here) nothing goes.
    expect(await enqueueDueDigests(nextMidnight, 7)).toBe(0);
    expect(await db().delivery.count({ where: { subscriberId: daily.id } })).toBe(0);
    await enqueueDueDigests(nextMidnight, 0);
    const mine = await db().delivery.findMany({ where: { subscriberId: { in: [daily.id, other.id] } } });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ channel: "DIGEST", email: `daily-${s}@example.org` });
    expect((mine[0]!.payload as { editionIds: string[] }).editionIds).toEqual([edition.id]);

    // The same minute's sweep on another instance, or the next minute's: nothing more.
    await enqueueDueDigests(new Date(nextMidnight.getTime() + 60_000), 0);
    expect(await db().delivery.count({ where: { subscriberId: daily.id } })).toBe(1);
    const covered = await db().subscriber.findUniqueOrThrow({ where: { id: daily.id } });
    expect(covered.digestCoveredTo?.toISOString()).toBe(digestDayStart(nextMidnight).toISOString());
  });
});

describe("issue 16 review: the sweep's digest step", () => {
  it("asks the database once per UTC day and instance after a successful run", async () => {
    const memo = globalThis as unknown as { __pressroomDigestDone?: string };
    delete memo.__pressroomDigestDone;
    const s = suffix();
    const issuer = `Once Ministry ${s}`;
    const writer = await makeUser("WRITER");
    const created = await createRelease(writer, releaseInput({ headline: `Once item ${s}`, issuer }));
    await publishReviewed(created.id, created.version);

    const tomorrow = digestDayStart(new Date()).getTime() + 86_400_000;
    // Before the hour: nothing asked, nothing remembered.
    expect(await enqueueDueDigestsOnce(new Date(tomorrow + 300_000), 7)).toBe(0);
    expect(memo.__pressroomDigestDone).toBeUndefined();
    await enqueueDueDigestsOnce(new Date(tomorrow + 300_000), 0);
    expect(memo.__pressroomDigestDone).toBe(new Date(tomorrow).toISOString().slice(0, 10));

    // A daily subscriber due later the same day waits for the next day's run: today's is done here.
    const late = await subscriber(`late-${s}@example.org`, [issuer], "DAILY");
    expect(await enqueueDueDigestsOnce(new Date(tomorrow + 3_600_000), 0)).toBe(0);
    expect(await db().delivery.count({ where: { subscriberId: late.id } })).toBe(0);
    await enqueueDueDigestsOnce(new Date(tomorrow + 86_400_000 + 300_000), 0);
    expect(await db().delivery.count({ where: { subscriberId: late.id } })).toBe(1);
    delete memo.__pressroomDigestDone;
  });
});
