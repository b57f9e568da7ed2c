import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createRelease, publishDueEditions, transitionRelease, getReleaseForEditor } from "./releases";
import type { SessionUser } from "./users";
import { TEST_OVERRIDE, releaseInput } from "@/test/factories";
import { getPublishedRelease } from "@/test/dal";

async function user(role: "WRITER" | "EDITOR"): Promise<SessionUser> {
  const email = `sched-${randomUUID()}@pressroom.test`;
  return db().user.create({
    data: { email, name: `Scheduler ${role}`, role, passwordHash: "x" },
    select: { id: true, email: true, name: true, role: true },
  });
}

function input(headline: string) {
  return releaseInput({
    headline,
    summary: "",
    body: "Body text.",
    datelinePlace: "",
    date: "2025-01-10",
    time: "10:00",
    utcOffset: "+00:00",
    issuer: "Ministry",
  });
}

/** A release submitted by a writer and scheduled by an editor for `publishAt`. */
async function scheduled(publishAt: Date, now: Date) {
  const [writer, editor] = [await user("WRITER"), await user("EDITOR")];
  const created = await createRelease(writer, input(`Scheduled ${randomUUID().slice(0, 8)}`));
  const submitted = await transitionRelease(
    writer,
    created.id,
    1,
    { action: "submit", consistencyOverride: TEST_OVERRIDE },
    now,
  );
  expect(submitted.status).toBe("ok");
  const result = await transitionRelease(
    editor,
    created.id,
    2,
    { action: "schedule", consistencyOverride: TEST_OVERRIDE, publishAt, publishZone: "Asia/Baku" },
    now,
  );
  expect(result.status).toBe("ok");
  return created;
}

describe("scheduled publication", () => {
  const t0 = new Date("2031-05-01T08:00:00Z");
  const due = new Date("2031-05-01T09:00:00Z");

  it("stays invisible before its instant and is published, at that instant, once due", async () => {
    const { id, slug } = await scheduled(due, t0);
    expect(await publishDueEditions(new Date("2031-05-01T08:59:59Z"))).not.toContain(slug);
    expect(await getPublishedRelease(slug)).toBeNull();

    const later = new Date("2031-05-01T09:10:00Z"); // the scheduler catching up after downtime
    expect(await publishDueEditions(later)).toContain(slug);
    const editor = await getReleaseForEditor(id);
    expect(editor?.status).toBe("PUBLISHED");
    expect(editor?.editionPublishedAt?.toISOString()).toBe(due.toISOString());
    expect(await publishDueEditions(later)).not.toContain(slug); // idempotent
  });

  it("two schedulers running at once publish each due edition exactly once", async () => {
    const { id, slug } = await scheduled(due, t0);
    const at = new Date("2031-05-01T09:00:30Z");
    const [a, b] = await Promise.all([publishDueEditions(at), publishDueEditions(at)]);
    expect([...a, ...b].filter((s) => s === slug)).toHaveLength(1);
    const audits = await db().auditEntry.count({ where: { releaseId: id, action: "release.publish_due" } });
    expect(audits).toBe(1);
  });

  it("refuses a schedule in the past", async () => {
    const [writer, editor] = [await user("WRITER"), await user("EDITOR")];
    const created = await createRelease(writer, input(`Past ${randomUUID().slice(0, 8)}`));
    await transitionRelease(writer, created.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE }, t0);
    const result = await transitionRelease(
      editor,
      created.id,
      2,
      {
        action: "schedule",
        consistencyOverride: TEST_OVERRIDE,
        publishAt: new Date("2031-04-30T00:00:00Z"),
        publishZone: "+00:00",
      },
      t0,
    );
    expect(result).toEqual({ status: "refused", message: "The publication time must be in the future." });
    expect((await getReleaseForEditor(created.id))?.status).toBe("SUBMITTED");
  });

  it("editing a scheduled edition cancels the schedule, so nothing unreviewed goes out", async () => {
    const { id, slug } = await scheduled(due, t0);
    const editor = await user("EDITOR");
    const { updateRelease } = await import("./releases");
    const saved = await updateRelease(editor, id, 3, input("Edited after scheduling"));
    expect(saved.status).toBe("ok");
    expect((await getReleaseForEditor(id))?.status).toBe("DRAFT");
    expect(await publishDueEditions(new Date("2031-05-02T00:00:00Z"))).not.toContain(slug);
  });
});
