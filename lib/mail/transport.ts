import "server-only";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
// The file itself, not the directory: Node resolves a directory import only for require(), and Next
// checks that an external package (next.config.js) resolves the way Node would load it.
import SMTPConnection from "nodemailer/lib/smtp-connection/index.js";
import { env } from "../env";

export type SendOutcome =
  | { status: "sent"; response: string }
  /** The server did not take the message (4xx, connection trouble before the final dot): retry. */
  | { status: "temporary"; error: string }
  /** The server refused it for good (5xx). */
  | { status: "permanent"; error: string }
  /** The connection broke after the final dot: the server may have it. Never resend. */
  | { status: "unconfirmed"; error: string }
  /** Our claim on the row was lost before the dot: nothing was delivered. */
  | { status: "aborted" };

export interface Envelope {
  from: string;
  to: string;
}

/** One sender's connection. `commit` runs after the whole message is written and before its final dot. */
export interface MailTransport {
  send(envelope: Envelope, raw: Buffer, id: string, commit: () => Promise<boolean>): Promise<SendOutcome>;
  close(): void;
}

export function outboxDir(): string {
  return path.resolve(env().DATA_DIR, "outbox");
}

/**
 * No SMTP_URL: each message becomes DATA_DIR/outbox/<delivery id>.eml (the admin "Outbox" page shows
 * them). The file name is the delivery's id and the write is atomic (rename), so sending the same
 * delivery again replaces the file rather than adding a second one.
 */
class OutboxTransport implements MailTransport {
  async send(_envelope: Envelope, raw: Buffer, id: string, commit: () => Promise<boolean>): Promise<SendOutcome> {
    if (!(await commit())) return { status: "aborted" };
    const dir = outboxDir();
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${id.padStart(12, "0")}.eml`);
    writeFileSync(`${file}.tmp`, raw);
    renameSync(`${file}.tmp`, file);
    return { status: "sent", response: `written to ${path.basename(file)}` };
  }
  close(): void {}
}

function smtpOptions(url: string): SMTPConnection.Options {
  const u = new URL(url);
  const secure = u.protocol === "smtps:";
  return {
    host: u.hostname.replace(/^\[|\]$/g, ""),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
  } as SMTPConnection.Options;
}

type SmtpError = Error & { responseCode?: number; code?: string };

/**
 * One SMTP connection, reused for many messages. The message body is handed over as a stream that
 * is written in full but not ended until `commit` has recorded "SENDING" in the database: only
 * ending it sends the final "." that makes the server accept the message. So a sender killed before
 * the commit leaves a row that may be resent (the server discarded the unfinished message), and one
 * killed after it leaves a row that is never resent.
 */
class SmtpTransport implements MailTransport {
  private connection: SMTPConnection | null = null;
  private connecting: Promise<SMTPConnection> | null = null;

  constructor(private readonly url: string) {}

  private open(): Promise<SMTPConnection> {
    if (this.connection) return Promise.resolve(this.connection);
    this.connecting ??= new Promise<SMTPConnection>((resolve, reject) => {
      const options = smtpOptions(this.url);
      const connection = new SMTPConnection(options);
      const fail = (error: Error) => {
        this.connection = null;
        this.connecting = null;
        reject(error);
      };
      connection.once("error", fail);
      connection.connect(() => {
        const ready = () => {
          connection.removeListener("error", fail);
          // Later errors end this connection; the next message opens a new one.
          connection.on("error", () => this.drop(connection));
          connection.once("end", () => this.drop(connection));
          this.connection = connection;
          this.connecting = null;
          resolve(connection);
        };
        if (options.auth) connection.login(options.auth as SMTPConnection.Credentials, (e) => (e ? fail(e) : ready()));
        else ready();
      });
    });
    return this.connecting;
  }

  private drop(connection: SMTPConnection): void {
    if (this.connection === connection) this.connection = null;
    try {
      connection.close();
    } catch {
      // already closed
    }
  }

  async send(envelope: Envelope, raw: Buffer, _id: string, commit: () => Promise<boolean>): Promise<SendOutcome> {
    let connection: SMTPConnection;
    try {
      connection = await this.open();
    } catch (error) {
      return { status: "temporary", error: `cannot connect: ${(error as Error).message}` };
    }
    return new Promise<SendOutcome>((resolve) => {
      let committed = false;
      let aborted = false;
      let settled = false;
      const body = new GatedBody(async () => {
        // A refused envelope also pipes the body (into a sink) right before answering with the
        // error: wait a turn so that case is seen and nothing is committed for it.
        await new Promise((next) => setImmediate(next));
        if (settled) return;
        body.write(raw);
        let ok = false;
        try {
          ok = await commit();
        } catch {
          ok = false;
        }
        if (!ok) {
          aborted = true;
          // No dot: the server drops the half-received message with the connection.
          this.drop(connection);
          resolve({ status: "aborted" });
          return;
        }
        committed = true;
        body.end();
      });
      connection.send(envelope, body, (error: SmtpError | null, info) => {
        settled = true;
        if (aborted) return;
        if (!error) return resolve({ status: "sent", response: String(info?.response ?? "") });
        const code = error.responseCode;
        const message = `${code ? `${code} ` : ""}${error.message}`;
        if (code && code >= 500) return resolve({ status: "permanent", error: message });
        if (code && code >= 400) {
          this.drop(connection);
          return resolve({ status: "temporary", error: message });
        }
        this.drop(connection);
        resolve(committed ? { status: "unconfirmed", error: message } : { status: "temporary", error: message });
      });
    });
  }

  close(): void {
    if (this.connection) this.drop(this.connection);
  }
}

/** Calls `onPiped` when nodemailer starts the DATA phase (it pipes the body only after the server's 354). */
class GatedBody extends PassThrough {
  constructor(private readonly onPiped: () => Promise<void>) {
    super();
  }
  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    const result = super.pipe(destination, options);
    void this.onPiped();
    return result;
  }
}

export function createTransport(): MailTransport {
  const url = env().SMTP_URL;
  return url ? new SmtpTransport(url) : new OutboxTransport();
}
