// The bench's SMTP server: nodemailer's smtp-server on loopback that accepts every message and only
// counts them (no parsing: the throughput figure is the sender's, not the receiver's).
import { SMTPServer } from "smtp-server";

export interface SmtpCounter {
  port: number;
  count(): number;
  stop(): Promise<void>;
}

export async function startSmtpCounter(): Promise<SmtpCounter> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("the SMTP counter has no port");
  return {
    port: address.port,
    count: () => received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
