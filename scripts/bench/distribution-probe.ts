// The bench's distribution row (issue 16), run in a child process with the react-server export
// condition (like dal-probe.ts) on a database of its own (no app worker takes its jobs there):
//
//   tsx --conditions=react-server scripts/bench/distribution-probe.ts <out.json> <subscribers> <seconds>
//
// 1. <subscribers> confirmed subscribers follow a topic; one release with that topic is published
//    through the one publish path: the time of that transaction, alert fan-out included, is the
//    "enqueue" figure (goal ≤ 10 s for 50 000).
// 2. The senders (drainMail, 4 connections as the worker runs them) send those alerts to the SMTP
//    server at SMTP_URL for <seconds>: messages per second is the throughput figure.
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { createRelease, publishEdition } from "@/lib/dal/releases";
import { drainMail } from "@/lib/jobs/send-mail";
import { releaseInputSchema } from "@/lib/validation/release";

export interface DistributionProbeOutput {
  subscribers: number;
  enqueueMs: number;
  deliveries: number;
  sent: number;
  sendSeconds: number;
  messagesPerSecond: number;
}

async function main(out: string, subscribers: number, seconds: number) {
  const topic = `bench-distribution-${Date.now().toString(36)}`;
  await db().$executeRaw`
    INSERT INTO "Subscriber" (id, email, status, topics, frequency, "confirmedAt", "consentAt", "consentText", "updatedAt")
    SELECT ${topic} || '-' || i, 'reader-' || i || '@' || ${topic} || '.example', 'CONFIRMED', ARRAY[${topic}], 'IMMEDIATE', now(), now(), 'bench', now()
    FROM generate_series(1, ${subscribers}) AS i`;
  const admin = await db().user.findFirstOrThrow({
    where: { role: "ADMIN" },
    select: { id: true, email: true, name: true, role: true },
  });
  const created = await createRelease(
    admin,
    releaseInputSchema.parse({
      headline: `Bench alert ${topic}`,
      summary: "A release every subscriber of the bench follows.",
      body: "Body of the bench release.",
      datelinePlace: "Baku",
      date: "2025-01-10",
      time: "10:00",
      utcOffset: "+04:00",
      issuer: "Ministry of Benchmarks",
      sourceCredit: "",
      mediaContactName: "",
      mediaContactEmail: "",
      mediaContactPhone: "",
      countries: "AZ",
      topics: topic,
      agreements: [],
      quotes: [],
    }),
  );
  const t0 = performance.now();
  const live = await publishEdition(admin, created.id, created.version, { system: "seed" });
  const enqueueMs = performance.now() - t0;
  if (live.status !== "ok") throw new Error(`publish failed: ${live.status}`);
  const deliveries = await db().delivery.count({ where: { releaseId: created.id } });

  const start = performance.now();
  const until = start + seconds * 1000;
  const result = await drainMail(() => performance.now() >= until, 4);
  const sendSeconds = (performance.now() - start) / 1000;
  const output: DistributionProbeOutput = {
    subscribers,
    enqueueMs: Math.round(enqueueMs),
    deliveries,
    sent: result.sent,
    sendSeconds: Number(sendSeconds.toFixed(1)),
    messagesPerSecond: Number((result.sent / sendSeconds).toFixed(1)),
  };
  writeFileSync(out, JSON.stringify(output));
  await db().$disconnect();
}

const [out, subscribers, seconds] = process.argv.slice(2);
if (!out || !subscribers || !seconds)
  throw new Error("usage: distribution-probe.ts <out.json> <subscribers> <seconds>");
main(out, Number(subscribers), Number(seconds)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
