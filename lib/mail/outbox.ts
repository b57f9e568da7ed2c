import "server-only";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { outboxDir } from "./transport";

// The development outbox (no SMTP_URL): what would have been sent, one .eml file per message.

export interface OutboxItem {
  file: string;
  at: Date;
  to: string;
  subject: string;
}

const FILE = /^\d{12}\.eml$/;

export async function listOutbox(limit = 100): Promise<OutboxItem[]> {
  let names: string[];
  try {
    names = readdirSync(outboxDir()).filter((n) => FILE.test(n));
  } catch {
    return [];
  }
  names.sort().reverse();
  return Promise.all(
    names.slice(0, limit).map(async (file) => {
      const full = path.join(outboxDir(), file);
      const parsed = await simpleParser(readFileSync(full));
      return {
        file,
        at: statSync(full).mtime,
        to: parsed.to ? (Array.isArray(parsed.to) ? parsed.to.map((t) => t.text).join(", ") : parsed.to.text) : "",
        subject: parsed.subject ?? "",
      };
    }),
  );
}

export async function readOutboxMessage(file: string) {
  if (!FILE.test(file)) return null;
  try {
    const raw = readFileSync(path.join(outboxDir(), file));
    const parsed = await simpleParser(raw);
    const headerLines = raw.toString("utf8").split(/\r?\n\r?\n/)[0] ?? "";
    return { file, subject: parsed.subject ?? "", text: parsed.text ?? "", headers: headerLines };
  } catch {
    return null;
  }
}
