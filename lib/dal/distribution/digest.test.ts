import { describe, expect, it } from "vitest";
import { makeUser, publishReviewed, suffix } from "@/test/dal";
import { releaseInput } from "@/test/factories";
import { db } from "../../db";
import { createRelease } from "../releases";
import { digestDayStart, enqueueDueDigests } from "./digest";

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
