// A real SMTP server on 127.0.0.1 for the tests (nodemailer's smtp-server): it accepts every message,
// keeps the raw text, and can be told to answer the next messages with an error.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpSink {
  port: number;
  received: ReceivedMail[];
  /** Answers the next `count` messages (at the final dot) with `code`. */
  failNext(count: number, code: number): void;
  /** Mails addressed to `email`. */
  to(email: string): ReceivedMail[];
  stop(): Promise<void>;
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let failures = 0;
  let failCode = 451;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (failures > 0) {
          failures--;
          const error = new Error("try again later") as Error & { responseCode: number };
          error.responseCode = failCode;
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        void simpleParser(raw).then((parsed) => {
          received.push({ to, raw, parsed });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    received,
    failNext(count, code) {
      failures = count;
      failCode = code;
    },
    to: (email) => received.filter((m) => m.to.includes(email.toLowerCase())),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
