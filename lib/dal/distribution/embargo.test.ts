import { describe, expect, it } from "vitest";
import { makeUser, suffix } from "@/test/dal";
import { releaseInput } from "@/test/factories";
import { setClockOffset } from "../../clock";
import { db } from "../../db";
import { createRelease, publishDueEditions } from "../releases";
import { planContactImport } from "../../domain/distribution/contacts-csv";
import { upsertContacts } from "./contacts";
import {
  approveEmbargoSend,
  cancelEmbargoSend,
  getReleaseDistribution,
  requestEmbargoSend,
  resolveEmbargoLink,
} from "./embargo";

/** A release whose edition is scheduled an hour from now (set directly: the workflow has its own tests). */
async function scheduledRelease(headline: string) {
  const writer = await makeUser("WRITER");
  const created = await createRelease(writer, releaseInput({ headline }));
  const publishAt = new Date(Date.now() + 3_600_000);
  await db().edition.updateMany({
    where: { releaseId: created.id },
    data: { status: "SCHEDULED", publishAt, publishZone: "Asia/Baku" },
  });
  return { ...created, publishAt };
}

async function listWith(emails: string[]) {
  const editor = await makeUser("EDITOR");
  const name = `Accredited ${suffix()}`;
  const csv = ["email,name,lists", ...emails.map((e) => `${e},${e.split("@")[0]},${name}`)].join("\n");
  await upsertContacts(editor, planContactImport(csv, new Set()).accepted, "import");
  return db().contactList.findUniqueOrThrow({ where: { name }, select: { id: true } });
}

describe("issue 16: sending a scheduled release under embargo", () => {
  it("one editor asks, another approves; each address gets one delivery; the link shows the edition until publication, then the public page", async () => {
    const s = suffix();
    const release = await scheduledRelease(`Embargo test ${s}`);
    const a = await listWith([`a-${s}@example.org`, `b-${s}@example.org`]);
    const b = await listWith([`b-${s}@example.org`, `c-${s}@example.org`]);
    const asker = await makeUser("EDITOR");
    const approver = await makeUser("EDITOR");

    const request = await requestEmbargoSend(asker, release.id, [a.id, b.id]);
    if (!request.ok) throw new Error(request.refusal);
    expect(await approveEmbargoSend(asker, request.id)).toEqual({ ok: false, refusal: "same_person" });
    expect(await approveEmbargoSend(approver, request.id)).toEqual({ ok: true, recipients: 3 });
    expect(await approveEmbargoSend(approver, request.id)).toEqual({ ok: false, refusal: "not_requested" });

    // A second send to an overlapping list reaches only the address not yet sent to.
    const c = await listWith([`a-${s}@example.org`, `d-${s}@example.org`]);
    const again = await requestEmbargoSend(asker, release.id, [c.id]);
    if (!again.ok) throw new Error(again.refusal);
    expect(await approveEmbargoSend(approver, again.id)).toEqual({ ok: true, recipients: 1 });

    const distribution = await getReleaseDistribution(release.id);
    expect(distribution.recipients.map((r) => r.email).sort()).toEqual(
      ["a", "b", "c", "d"].map((x) => `${x}-${s}@example.org`),
    );
    expect(distribution.sends[0]).toMatchObject({ status: "APPROVED", requestedById: asker.id });

    const delivery = await db().delivery.findFirstOrThrow({
      where: { email: `a-${s}@example.org`, releaseId: release.id },
    });
    const link = await resolveEmbargoLink(delivery.id.toString());
    expect(link).toMatchObject({ kind: "embargoed", email: `a-${s}@example.org`, publishZone: "Asia/Baku" });
    expect(link?.kind === "embargoed" && link.release.headline).toBe(`Embargo test ${s}`);

    // The publication time comes (the app clock moved past it), the scheduler publishes.
    setClockOffset(release.publishAt.getTime() - Date.now() + 1_000);
    try {
      await publishDueEditions();
      expect(await resolveEmbargoLink(delivery.id.toString())).toEqual({ kind: "public", slug: expect.any(String) });
    } finally {
      setClockOffset(0);
    }
  });

  it("refuses a release that is not scheduled, and a cancelled send's link shows nothing", async () => {
    const s = suffix();
    const writer = await makeUser("WRITER");
    const draft = await createRelease(writer, releaseInput({ headline: `Draft ${s}` }));
    const list = await listWith([`x-${s}@example.org`]);
    const editor = await makeUser("EDITOR");
    expect(await requestEmbargoSend(editor, draft.id, [list.id])).toEqual({ ok: false, refusal: "not_scheduled" });

    const release = await scheduledRelease(`Cancelled ${s}`);
    const send = await requestEmbargoSend(editor, release.id, [list.id]);
    if (!send.ok) throw new Error(send.refusal);
    await approveEmbargoSend(await makeUser("EDITOR"), send.id);
    expect(await cancelEmbargoSend(editor, send.id)).toEqual({ ok: true });
    const delivery = await db().delivery.findFirstOrThrow({ where: { embargoSendId: send.id } });
    expect(delivery.status).toBe("CANCELLED");
    expect(await resolveEmbargoLink(delivery.id.toString())).toBeNull();
    expect(await resolveEmbargoLink("not-a-number")).toBeNull();
  });
});
