// The e2e suite's SMTP server, run by playwright.config.ts as its own process next to the app: every
// message the app sends is stored as <n>.eml in E2E_MAILDIR, where specs read it (e2e/support/mailbox.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const port = Number(process.argv[2] ?? 3125);
const dir = process.argv[3] ?? "";
if (!dir) throw new Error("usage: smtp-server.ts PORT DIR");
mkdirSync(dir, { recursive: true });
let count = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(",");
      const file = path.join(dir, `${Date.now()}-${process.pid}-${++count}.eml`);
      writeFileSync(file, Buffer.concat([Buffer.from(`X-Envelope-To: ${to}\r\n`), ...chunks]));
      callback();
    });
  },
});
server.listen(port, "127.0.0.1", () => console.log(`smtp sink on ${port}, writing to ${dir}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
