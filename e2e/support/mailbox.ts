// Reads what the e2e SMTP server (e2e/support/smtp-server.ts) received.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_PORT = PORT + 25;
export const MAILDIR = path.join(os.tmpdir(), `pressroom-e2e-mail-${PORT}`);

export interface Mail {
  to: string;
  raw: string;
  parsed: ParsedMail;
}

/** Every message received for `email` (envelope recipient). */
export async function mailsTo(email: string): Promise<Mail[]> {
  let names: string[] = [];
  try {
    names = readdirSync(MAILDIR).filter((n) => n.endsWith(".eml"));
  } catch {
    return [];
  }
  const out: Mail[] = [];
  for (const name of names.sort()) {
    const raw = readFileSync(path.join(MAILDIR, name), "utf8");
    const to = /^X-Envelope-To: (.*)\r?\n/.exec(raw)?.[1] ?? "";
    if (!to.split(",").includes(email.toLowerCase())) continue;
    out.push({ to, raw, parsed: await simpleParser(raw) });
  }
  return out;
}
