import "server-only";
import { Logger, run, type Runner, type TaskList } from "graphile-worker";
import { hasDueDeliveries, recoverStaleDeliveries } from "../dal/distribution/deliveries";
import { enqueueDueDigestsOnce } from "../dal/distribution/digest";
import { DELIVER_WEBHOOK_JOB, SEND_MAIL_JOB } from "../dal/distribution/wake";
import { env } from "../env";
import { logger } from "../log";
import { deliverWebhook } from "./deliver-webhook";
import { enqueuePendingVariants, MEDIA_VARIANTS_JOB } from "../dal/media/assets";
import { makeVariants } from "./media-variants";

// Background work runs on graphile-worker, a job queue kept in PostgreSQL: no Redis or other service,
// every app instance runs a worker and they share the queue (jobs are taken with SKIP LOCKED), and
// jobs can be added with plain SQL inside the app's own transactions (graphile_worker.add_job), which
// is what makes publishing and enqueueing one atomic step (lib/dal/distribution/enqueue.ts).
// pg-boss would need its own client for each insert, outside the Prisma transaction.

const state = globalThis as unknown as { __pressroomJobs?: { runner?: Runner; stopping: boolean } };

const quiet = new Logger(() => (level, message, meta) => {
  if (level === "error") logger.error(`jobs: ${message}`, meta ?? {});
  else if (level === "warning") logger.warn(`jobs: ${message}`, meta ?? {});
});

const stopping = () => state.__pressroomJobs?.stopping === true;

/**
 * Every minute (and at start-up): leases of senders that died are settled, and pending rows whose
 * job never existed (written before the queue's schema was installed) get one. `wakeMail` adds the
 * mail job.
 */
export async function sweep(wakeMail: () => Promise<unknown>): Promise<void> {
  const recovered = await recoverStaleDeliveries();
  if (recovered.reclaimed || recovered.unconfirmed) logger.warn("mail: stale claims settled", { ...recovered });
  // Images uploaded before the queue's schema existed get their variant job (one per image, deduplicated).
  await enqueuePendingVariants();
  if (await hasDueDeliveries()) await wakeMail();
  // Last, and on its own: a failing digest query must not stop the recovery above, minute after minute.
  // At DIGEST_HOUR_UTC, yesterday's daily digests (once: see lib/dal/distribution/digest.ts); the
  // transaction that queues them wakes the mail job itself.
  try {
    const digests = await enqueueDueDigestsOnce();
    if (digests > 0) logger.info("daily digests queued", { digests });
  } catch (error) {
    logger.error("daily digests failed", { error });
  }
}

const tasks: TaskList = {
  [SEND_MAIL_JOB]: async () => {
    // Loaded on the first mail: the mail packages (nodemailer's composer and SMTP client) stay out of
    // the memory of an instance that sends none (issue 17's memory row).
    const { drainMail } = await import("./send-mail");
    const result = await drainMail(stopping, Math.min(4, Math.max(1, env().JOB_CONCURRENCY)));
    if (result.sent + result.failed + result.unconfirmed > 0) logger.info("mail sent", { ...result });
  },
  [DELIVER_WEBHOOK_JOB]: deliverWebhook,
  // Issue 13: an uploaded image's served variants. graphile-worker counts the running attempt in
  // job.attempts; after max_attempts the image is marked FAILED (the editor shows it) instead of lost.
  [MEDIA_VARIANTS_JOB]: async (payload, helpers) => {
    const assetId = (payload as { assetId?: unknown } | null)?.assetId;
    if (typeof assetId !== "string") return;
    await makeVariants(assetId, { number: helpers.job.attempts, max: helpers.job.max_attempts });
  },
  sweep: (_payload, helpers) =>
    sweep(() => helpers.addJob(SEND_MAIL_JOB, {}, { jobKey: SEND_MAIL_JOB, jobKeyMode: "preserve_run_at" })),
};

/** Starts this instance's worker (JOB_CONCURRENCY=0: none). It installs its schema on first start. */
export async function startJobs(): Promise<void> {
  const concurrency = env().JOB_CONCURRENCY;
  if (concurrency === 0 || state.__pressroomJobs?.runner) return;
  state.__pressroomJobs = { stopping: false };
  const runner = await run({
    connectionString: env().DATABASE_URL,
    concurrency,
    noHandleSignals: true,
    // The embedded database is one session behind every connection: a statement prepared under the
    // same name by two of the pool's connections fails ("prepared statement … already exists").
    noPreparedStatements: env().EMBEDDED_DATABASE === "1",
    pollInterval: 2_000,
    logger: quiet,
    taskList: tasks,
    crontab: ["* * * * * sweep ?max=1"].join("\n"),
  });
  state.__pressroomJobs.runner = runner;
  await runner.addJob("sweep", {}, { jobKey: "sweep-start", jobKeyMode: "replace" });
  logger.info("jobs started", { concurrency });
}

/** SIGTERM: senders stop claiming and hand back what they had not started; running jobs finish. */
export async function stopJobs(): Promise<void> {
  const jobs = state.__pressroomJobs;
  if (!jobs?.runner) return;
  jobs.stopping = true;
  await jobs.runner.stop();
  jobs.runner = undefined;
}
