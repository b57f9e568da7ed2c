// The bench's distribution row (issue 16): alerts for many subscribers enqueued by one publish, and
// how fast the senders deliver them to an SMTP server on loopback. On a database of its own, so the
// running app's worker takes none of these jobs and its pages are not measured with 50 000 pending
// mails in their tables.
import { readFileSync } from "node:fs";
import path from "node:path";
import { bin, root, run } from "../run";
import { createBenchDatabase } from "./database";
import type { DistributionProbeOutput } from "./distribution-probe";
import { startSmtpCounter } from "./smtp-counter";

export async function measureDistribution(options: {
  serverUrl: string;
  env: NodeJS.ProcessEnv;
  subscribers: number;
  sendSeconds: number;
  tmpDir: string;
}): Promise<DistributionProbeOutput & { receivedAtServer: number }> {
  const db = await createBenchDatabase(options.serverUrl, options.env, false);
  const smtp = await startSmtpCounter();
  try {
    const out = path.join(options.tmpDir, "distribution.json");
    await run(
      bin("tsx"),
      [
        "--conditions=react-server",
        path.join(root, "scripts", "bench", "distribution-probe.ts"),
        out,
        String(options.subscribers),
        String(options.sendSeconds),
      ],
      {
        ...options.env,
        DATABASE_URL: db.url,
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_RATE_PER_MINUTE: "0",
      },
    );
    const probe = JSON.parse(readFileSync(out, "utf8")) as DistributionProbeOutput;
    return { ...probe, receivedAtServer: smtp.count() };
  } finally {
    await smtp.stop();
  }
}
