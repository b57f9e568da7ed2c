import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpSink, type SmtpSink } from "@/test/support/smtp-sink";

// The env module reads these on first use: a real SMTP server on loopback, no rate limit.
const SMTP_PORT = 3406;
vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${SMTP_PORT}`);
vi.stubEnv("MAIL_RATE_PER_MINUTE", "0");

const { db } = await import("../../db");
const { createRelease, publishEdition, transitionRelease } = await import("../releases");
const { agreementRow, quoteRow, releaseInput } = await import("@/test/factories");
const { enqueueReleaseEvent } = await import("./enqueue");
const { drainMail } = await import("../../jobs/send-mail");
const { claimDeliveries, markSending, recoverStaleDeliveries } = await import("./deliveries");
const { createTransport } = await import("../../mail/transport");

type Actor = Parameters<typeof createRelease>[0];
/** A release made live at once through the one publish path, as the seed does (no review needed here). */
async function published(user: Actor, values: Parameters<typeof createRelease>[1]) {
  const created = await createRelease(user, values);
  const live = await publishEdition(user, created.id, created.version, { system: "seed" });
  if (live.status !== "ok") throw new Error(`not published: ${live.status}`);
  return { ...created, version: live.version };
}

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink(SMTP_PORT);
});
afterAll(async () => {
  await sink.stop();
});

const tag = randomUUID().slice(0, 8);
const never = () => false;

async function editor() {
  return db().user.create({
    data: {
      email: `dist-${randomUUID()}@pressroom.test`,
      name: "Distribution Editor",
      role: "EDITOR",
      passwordHash: "x",
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

function input(headline: string, countries: string, extra: Record<string, unknown> = {}) {
  return releaseInput({
    headline,
    body: "Body text.",
    date: "2025-01-10",
    time: "10:00",
    issuer: `Ministry ${tag}`,
    countries,
    agreements: [
      agreementRow({
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "MoU on transit",
        parties: "Azerbaijan\nGeorgia",
        signedOn: "2025-01-09",
      }),
    ],
    quotes: [quoteRow({ speaker: "Aida Hajizade", text: "We are ready.", speakerRole: "Minister" })],
    ...extra,
  });
}

async function subscriber(email: string, data: Record<string, unknown>) {
  return db().subscriber.create({
    data: { email, status: "CONFIRMED", confirmedAt: new Date(), ...data },
    select: { id: true },
  });
}

describe("issue 16: distribution engine", () => {
  it("issue 16.1: publishing enqueues one alert per matching confirmed subscriber, in the publish transaction", async () => {
    const user = await editor();
    const match = `match-${tag}@example.org`;
    await subscriber(match, { countries: ["GE"] });
    await subscriber(`other-${tag}@example.org`, { countries: ["FR"] });
    await subscriber(`issuer-${tag}@example.org`, { issuers: [`Issuer ${tag}`] });
    await db().subscriber.create({ data: { email: `pending-${tag}@example.org`, everything: true } });
    const release = await published(user, input(`Alert test ${tag}`, "AZ GE", { issuer: `Issuer ${tag}` }));
    const rows = await db().delivery.findMany({
      where: { releaseId: release.id },
      select: { email: true, channel: true },
    });
    expect(rows.map((r) => r.email).sort()).toEqual([`issuer-${tag}@example.org`, match]);
    // Running the outbox step again for the same edition adds nobody twice (unique dedupeKey).
    const edition = await db().edition.findFirstOrThrow({ where: { releaseId: release.id }, select: { id: true } });
    await db().$transaction((tx) =>
      enqueueReleaseEvent(tx, { type: "release.published", releaseId: release.id, editionId: edition.id }),
    );
    expect(await db().delivery.count({ where: { releaseId: release.id } })).toBe(2);
  });

  it("issue 16.2: a publish that rolls back leaves no alert behind", async () => {
    await subscriber(`rollback-${tag}@example.org`, { countries: ["VA"] });
    const before = await db().delivery.count();
    await expect(
      db().$transaction(async (tx) => {
        const r = await tx.release.create({ data: { slug: `rollback-${tag}` } });
        const e = await tx.edition.create({
          data: {
            releaseId: r.id,
            number: 1,
            headline: "x",
            body: "x",
            datelineAt: new Date(),
            datelineOffsetMinutes: 0,
            issuer: "x",
            countries: ["VA"],
            status: "PUBLISHED",
          },
        });
        await tx.release.update({ where: { id: r.id }, data: { liveEditionId: e.id } });
        await enqueueReleaseEvent(tx, { type: "release.published", releaseId: r.id, editionId: e.id });
        throw new Error("crash before commit");
      }),
    ).rejects.toThrow("crash before commit");
    expect(await db().delivery.count()).toBe(before);
  });

  it("issue 16.3: the sender delivers each alert once over SMTP with the structured blocks and unsubscribe headers", async () => {
    await drainMail(never, 2);
    const mails = sink.to(`match-${tag}@example.org`);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!.parsed;
    expect(mail.subject).toBe(`Alert test ${tag}`);
    expect(mail.messageId).toMatch(/^<alert\.\d+\.[0-9a-f]+@/);
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.text).toContain("Memorandum of Understanding: MoU on transit — Azerbaijan; Georgia");
    expect(mail.text).toContain('"We are ready."');
    expect(mail.html).toContain("<blockquote");
    expect(mail.html).not.toMatch(/width="1"|height="1"/);
    expect(mails[0]!.raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(String(mails[0]!.raw)).toMatch(/List-Unsubscribe:\s+<http[^>]+\/api\/subscribe\/unsubscribe\?token=/);
    const sent = await db().delivery.findFirstOrThrow({ where: { email: `match-${tag}@example.org` } });
    expect(sent.status).toBe("SENT");
    // A second pass finds nothing to send.
    await drainMail(never, 2);
    expect(sink.to(`match-${tag}@example.org`)).toHaveLength(1);
  });

  it("issue 16.4: a temporary SMTP error is retried later, a permanent one marks the delivery failed", async () => {
    const user = await editor();
    await subscriber(`temp-${tag}@example.org`, { countries: ["KZ"] });
    const r1 = await published(user, input(`Temporary ${tag}`, "KZ"));
    sink.failNext(1, 451);
    await drainMail(never, 1);
    const temp = await db().delivery.findFirstOrThrow({ where: { releaseId: r1.id } });
    expect(temp.status).toBe("PENDING");
    expect(temp.lastError).toMatch(/451/);
    expect(temp.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    await subscriber(`perm-${tag}@example.org`, { countries: ["UZ"] });
    const r2 = await published(user, input(`Permanent ${tag}`, "UZ"));
    sink.failNext(1, 550);
    await drainMail(never, 1);
    const perm = await db().delivery.findFirstOrThrow({ where: { releaseId: r2.id } });
    expect(perm.status).toBe("FAILED");
    expect(perm.lastError).toMatch(/550/);
  });

  it("issue 16.5: a sender that dies before the final dot leaves nothing at the server and the row is sent again; after it, never again", async () => {
    const user = await editor();
    await subscriber(`crash-${tag}@example.org`, { countries: ["TM"] });
    await subscriber(`crash2-${tag}@example.org`, { countries: ["TM"] });
    const release = await published(user, input(`Crash ${tag}`, "TM"));
    const [a, b] = await claimDeliveries(10).then((rows) => rows.filter((r) => r.releaseId === release.id));
    expect(a && b).toBeTruthy();
    const transport = createTransport();
    // The claim is lost before the commit: the body was written but no dot followed.
    const aborted = await transport.send(
      { from: "p@localhost", to: a!.email },
      Buffer.from("Subject: x\r\n\r\nbody\r\n"),
      a!.id,
      async () => false,
    );
    expect(aborted.status).toBe("aborted");
    transport.close();
    expect(sink.to(a!.email)).toHaveLength(0);
    // "b" got as far as SENDING (the dot may be out) and its sender died.
    expect(await markSending(b!.id)).toBe(true);
    await db().delivery.updateMany({
      where: { releaseId: release.id },
      data: { claimedUntil: new Date(Date.now() - 1000) },
    });
    expect(await recoverStaleDeliveries()).toMatchObject({ reclaimed: 1, unconfirmed: 1 });
    await drainMail(never, 1);
    expect(sink.to(a!.email)).toHaveLength(1);
    expect(sink.to(b!.email)).toHaveLength(0);
    const statuses = await db().delivery.findMany({
      where: { releaseId: release.id },
      select: { email: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((s) => [s.email, s.status]))).toEqual({
      [a!.email]: "SENT",
      [b!.email]: "UNCONFIRMED",
    });
  });

  it("issue 16.6: unpublishing before the alert goes out cancels it", async () => {
    const user = await editor();
    const other = await editor();
    await subscriber(`late-${tag}@example.org`, { countries: ["MN"] });
    const release = await published(user, input(`Unpublished ${tag}`, "MN"));
    const result = await transitionRelease(other, release.id, release.version, { action: "unpublish" });
    expect(result.status).toBe("ok");
    await drainMail(never, 1);
    expect(sink.to(`late-${tag}@example.org`)).toHaveLength(0);
    const row = await db().delivery.findFirstOrThrow({ where: { releaseId: release.id } });
    expect(row.status).toBe("CANCELLED");
    expect(await db().releaseEvent.count({ where: { releaseId: release.id } })).toBe(2);
  });
});
