import "server-only";
import type { Tx } from "../../db";

// Jobs live in graphile-worker's schema, which the worker installs when it first starts (and
// `npm run db:deploy` installs too). Until it exists (a fresh database, unit tests) the rows written
// by the outbox simply wait: the worker's start-up and minute sweep turn pending rows into jobs.
const state = globalThis as unknown as { __pressroomJobsSchema?: boolean };

export async function jobsSchemaExists(tx: Tx): Promise<boolean> {
  if (state.__pressroomJobsSchema) return true;
  const [row] = await tx.$queryRaw<Array<{ ok: boolean }>>`
    SELECT to_regproc('graphile_worker.add_job') IS NOT NULL AS ok`;
  state.__pressroomJobsSchema = row?.ok === true;
  return state.__pressroomJobsSchema;
}

/** The job that drains pending mail: one per database (job key), so many wake-ups make one job. */
export const SEND_MAIL_JOB = "send-mail";
export const DELIVER_WEBHOOK_JOB = "deliver-webhook";
/** graphile-worker retries with delay e^min(attempt,10) s: 14 attempts span about 28 hours. */
const WEBHOOK_MAX_ATTEMPTS = 14;

/** Adds the jobs in the caller's transaction: they exist exactly when the rows they send do. */
export async function wakeJobs(tx: Tx, what: { mail?: boolean; webhooks?: string[] }): Promise<void> {
  if (!what.mail && !what.webhooks?.length) return;
  if (!(await jobsSchemaExists(tx))) return;
  if (what.mail) {
    await tx.$executeRaw`SELECT graphile_worker.add_job(${SEND_MAIL_JOB}, '{}'::json, job_key => ${SEND_MAIL_JOB}, job_key_mode => 'preserve_run_at')`;
  }
  for (const id of what.webhooks ?? []) {
    await tx.$executeRaw`SELECT graphile_worker.add_job(${DELIVER_WEBHOOK_JOB}, json_build_object('id', ${id}::text), max_attempts => ${WEBHOOK_MAX_ATTEMPTS}, job_key => ${`webhook:${id}`})`;
  }
}
