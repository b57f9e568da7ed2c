import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeUser, publishReviewed, suffix } from "@/test/dal";
import { releaseInput } from "@/test/factories";
import { setClockOffset } from "../../clock";
import { db } from "../../db";
import { createRelease, publishDueEditions, updateRelease } from "../releases";
import { planContactImport } from "../../domain/distribution/contacts-csv";
import type { EditionMediaInput } from "../../validation/media";
import { findPublicMediaFile } from "../public/media";
import { upsertContacts } from "./contacts";
import {
  approveEmbargoSend,
  cancelEmbargoSend,
  embargoMediaFile,
  getReleaseDistribution,
  requestEmbargoSend,
  resolveEmbargoLink,
} from "./embargo";

/** A release whose edition is scheduled an hour from now (set directly: the workflow has its own tests). */
async function scheduledRelease(headline: string, media: EditionMediaInput[] = []) {
  const writer = await makeUser("WRITER");
  const created = await createRelease(writer, { ...releaseInput({ headline }), media });
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
    expect(await approveEmbargoSend(approver, request.id)).toEqual({ ok: true, recipients: 3, releaseId: release.id });
    expect(await approveEmbargoSend(approver, request.id)).toEqual({ ok: false, refusal: "not_requested" });

    // A second send to an overlapping list reaches only the address not yet sent to.
    const c = await listWith([`a-${s}@example.org`, `d-${s}@example.org`]);
    const again = await requestEmbargoSend(asker, release.id, [c.id]);
    if (!again.ok) throw new Error(again.refusal);
    expect(await approveEmbargoSend(approver, again.id)).toEqual({ ok: true, recipients: 1, releaseId: release.id });

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
    expect(await cancelEmbargoSend(editor, send.id)).toEqual({ ok: true, releaseId: release.id });
    const delivery = await db().delivery.findFirstOrThrow({ where: { embargoSendId: send.id } });
    expect(delivery.status).toBe("CANCELLED");
    expect(await resolveEmbargoLink(delivery.id.toString())).toBeNull();
    expect(await resolveEmbargoLink("not-a-number")).toBeNull();
  });

  it("after a cancelled send, asking again and approving delivers to the list", async () => {
    const s = suffix();
    const release = await scheduledRelease(`Asked again ${s}`);
    const [sent, stopped] = [`sent-${s}@example.org`, `stopped-${s}@example.org`];
    const list = await listWith([sent, stopped]);
    const asker = await makeUser("EDITOR");
    const approver = await makeUser("EDITOR");
    const first = await requestEmbargoSend(asker, release.id, [list.id]);
    if (!first.ok) throw new Error(first.refusal);
    expect(await approveEmbargoSend(approver, first.id)).toMatchObject({ ok: true, recipients: 2 });
    // One message went out before the cancellation; the other had failed once and waited for a retry.
    await db().delivery.updateMany({
      where: { embargoSendId: first.id, email: sent },
      data: { status: "SENT", sentAt: new Date(), messageId: `<first-${s}@example.org>`, attempts: 1 },
    });
    await db().delivery.updateMany({
      where: { embargoSendId: first.id, email: stopped },
      data: { attempts: 1, lastError: "421 try later", nextAttemptAt: new Date(Date.now() + 600_000) },
    });
    expect(await cancelEmbargoSend(asker, first.id)).toMatchObject({ ok: true });

    const second = await requestEmbargoSend(asker, release.id, [list.id]);
    if (!second.ok) throw new Error(second.refusal);
    expect(await approveEmbargoSend(approver, second.id)).toEqual({ ok: true, recipients: 1, releaseId: release.id });

    const rows = await db().delivery.findMany({ where: { releaseId: release.id }, orderBy: { email: "asc" } });
    expect(rows).toHaveLength(2);
    const [again, once] = [rows.find((r) => r.email === stopped)!, rows.find((r) => r.email === sent)!];
    expect(again).toMatchObject({
      status: "PENDING",
      embargoSendId: second.id,
      attempts: 0,
      lastError: null,
      claimedUntil: null,
    });
    expect(again.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    // Already sent: not sent twice, and still the first send's message.
    expect(once).toMatchObject({ status: "SENT", embargoSendId: first.id, messageId: `<first-${s}@example.org>` });
    expect(await resolveEmbargoLink(again.id.toString())).toMatchObject({ kind: "embargoed", email: stopped });
  });

  it("a send asked for before the scheduled edition was edited is refused at approval", async () => {
    const s = suffix();
    const release = await scheduledRelease(`Edited later ${s}`);
    const list = await listWith([`e-${s}@example.org`]);
    const asker = await makeUser("EDITOR");
    const approver = await makeUser("EDITOR");
    const send = await requestEmbargoSend(asker, release.id, [list.id]);
    if (!send.ok) throw new Error(send.refusal);
    // The same edition, edited in place and still scheduled: the approver would send words they may not have read.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await db().edition.updateMany({ where: { releaseId: release.id }, data: { headline: `Edited later ${s}, v2` } });
    expect(await approveEmbargoSend(approver, send.id)).toEqual({ ok: false, refusal: "edition_changed" });
    expect(await db().delivery.count({ where: { releaseId: release.id } })).toBe(0);

    // Asked for again after the edit, it goes.
    const again = await requestEmbargoSend(asker, release.id, [list.id]);
    if (!again.ok) throw new Error(again.refusal);
    expect(await approveEmbargoSend(approver, again.id)).toMatchObject({ ok: true, recipients: 1 });
  });

  it("a correction of a live release, scheduled as a new edition, is shown under embargo, then the public page once published", async () => {
    const s = suffix();
    const writer = await makeUser("WRITER");
    const created = await createRelease(writer, releaseInput({ headline: `Live ${s}` }));
    const version = await publishReviewed(created.id, created.version);
    const correction = await updateRelease(writer, created.id, version, releaseInput({ headline: `Corrected ${s}` }));
    expect(correction).toMatchObject({ status: "ok" });
    const publishAt = new Date(Date.now() + 3_600_000);
    await db().edition.updateMany({
      where: { releaseId: created.id, number: 2 },
      data: { status: "SCHEDULED", publishAt, publishZone: "+04:00" },
    });
    const list = await listWith([`k-${s}@example.org`]);
    const send = await requestEmbargoSend(await makeUser("EDITOR"), created.id, [list.id]);
    if (!send.ok) throw new Error(send.refusal);
    expect(await approveEmbargoSend(await makeUser("EDITOR"), send.id)).toMatchObject({ ok: true, recipients: 1 });
    const delivery = await db().delivery.findFirstOrThrow({ where: { embargoSendId: send.id } });

    const link = await resolveEmbargoLink(delivery.id.toString());
    expect(link).toMatchObject({ kind: "embargoed", publishAt, publishZone: "+04:00" });
    expect(link?.kind === "embargoed" && [link.release.headline, link.release.editionNumber]).toEqual([
      `Corrected ${s}`,
      2,
    ]);

    setClockOffset(publishAt.getTime() - Date.now() + 1_000);
    try {
      await publishDueEditions();
      expect(await resolveEmbargoLink(delivery.id.toString())).toEqual({ kind: "public", slug: created.slug });
    } finally {
      setClockOffset(0);
    }
  });

  it("the link serves the embargoed edition's files only (no image original), and none once the send is cancelled", async () => {
    const s = suffix();
    const [image, attachment, other] = [await imageWithVariant(), await pdf(), await imageWithVariant()];
    const release = await scheduledRelease(`With photo ${s}`, [
      { assetId: image.id, role: "LEAD", altText: "Photo", caption: null, credit: null, title: null },
      { assetId: attachment.id, role: "ATTACHMENT", altText: "", caption: null, credit: null, title: "Memo" },
    ]);
    const list = await listWith([`m-${s}@example.org`]);
    const editor = await makeUser("EDITOR");
    const send = await requestEmbargoSend(editor, release.id, [list.id]);
    if (!send.ok) throw new Error(send.refusal);
    await approveEmbargoSend(await makeUser("EDITOR"), send.id);
    const id = (await db().delivery.findFirstOrThrow({ where: { embargoSendId: send.id } })).id.toString();

    expect(await embargoMediaFile(id, image.variantKey)).toEqual({ mime: "image/avif", filename: null });
    expect(await embargoMediaFile(id, attachment.key)).toEqual({ mime: "application/pdf", filename: "memo.pdf" });
    expect(await embargoMediaFile(id, image.originalKey), "an image's original").toBeNull();
    expect(await embargoMediaFile(id, other.variantKey), "a file of no edition of this release").toBeNull();
    expect(await findPublicMediaFile(image.variantKey), "not public before publication").toBeNull();

    await cancelEmbargoSend(editor, send.id);
    expect(await embargoMediaFile(id, image.variantKey)).toBeNull();
    expect(await embargoMediaFile("not-a-number", image.variantKey)).toBeNull();
  });
});

async function imageWithVariant() {
  const sha256 = createHash("sha256").update(randomUUID()).digest("hex");
  const key = `img/${sha256}-960w-v1.avif`;
  const asset = await db().mediaAsset.create({
    data: {
      kind: "IMAGE",
      sha256,
      mime: "image/jpeg",
      bytes: 100,
      filename: "photo.jpg",
      width: 1000,
      height: 500,
      originalKey: `originals/${sha256}.jpg`,
      variantStatus: "READY",
      variants: { create: { format: "AVIF", width: 960, height: 480, key, bytes: 50 } },
    },
  });
  return { id: asset.id, variantKey: key, originalKey: asset.originalKey };
}

async function pdf() {
  const sha256 = createHash("sha256").update(randomUUID()).digest("hex");
  const asset = await db().mediaAsset.create({
    data: {
      kind: "ATTACHMENT",
      sha256,
      mime: "application/pdf",
      bytes: 100,
      filename: "memo.pdf",
      originalKey: `files/${sha256}.pdf`,
      variantStatus: "READY",
    },
  });
  return { id: asset.id, key: asset.originalKey };
}
