// Manual measurement (issue 16), not part of npm test: on a scratch DATABASE_URL with 2 000 pending alerts
// (run enqueue-bench.ts first), runs the job worker, SIGKILLs its process group after 30 % are received by
// a local SMTP server (port 3407), restarts it and counts messages per recipient.
// npx tsx --conditions=react-server scripts/distribution/kill-test.ts
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { startSmtpSink } from "../../test/support/smtp-sink";
const url = process.env.DATABASE_URL!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function worker(): ChildProcess {
  return spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/distribution/worker.ts"], {
    env: { ...process.env, SMTP_URL: "smtp://127.0.0.1:3407", MAIL_RATE_PER_MINUTE: "0", JOB_CONCURRENCY: "4" },
    stdio: "ignore",
    detached: true,
  });
}
void (async () => {
  const sink = await startSmtpSink(3407);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async (sql: string) => (await client.query(sql)).rows;
  const total = Number((await q(`SELECT count(*) n FROM "Delivery" WHERE status='PENDING'`))[0].n);
  let child = worker();
  while (sink.received.length < total * 0.3) await sleep(50);
  process.kill(-child.pid!, "SIGKILL"); // tsx runs node as a child: kill the whole group
  const atKill = sink.received.length;
  await sleep(500);
  const states = await q(`SELECT status, count(*) n FROM "Delivery" GROUP BY status`);
  await sleep(31_000); // the dead sender's claims expire
  child = worker();
  for (;;) {
    const left = Number(
      (await q(`SELECT count(*) n FROM "Delivery" WHERE status IN ('PENDING','CLAIMED','SENDING')`))[0].n,
    );
    if (left === 0) break;
    await sleep(500);
  }
  await sleep(1000);
  process.kill(-child.pid!, "SIGKILL");
  const per = new Map<string, number>();
  for (const m of sink.received) for (const to of m.to) per.set(to, (per.get(to) ?? 0) + 1);
  const final = await q(`SELECT status, count(*) n FROM "Delivery" GROUP BY status`);
  console.log(
    JSON.stringify({
      total,
      atKill,
      statesAfterKill: states,
      received: sink.received.length,
      recipients: per.size,
      duplicates: [...per.values()].filter((n) => n > 1).length,
      final,
    }),
  );
  await client.end();
  await sink.stop();
  process.exit(0);
})();
