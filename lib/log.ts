// Structured logs: one JSON object per line, info on stdout, warnings and errors on stderr, so a log
// shipper (journald, Docker, Loki, CloudWatch) can filter by field instead of parsing prose.
// No Next or Prisma imports: the proxy, instrumentation.ts, the scheduler and scripts all use it.

export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

/** The header carrying a request's id (set by the proxy, or by a load balancer in front of it). */
export const REQUEST_ID_HEADER = "x-request-id";

/** An error as log fields: its name, message, code and stack, and the same for its cause. */
export function errorFields(error: unknown, depth = 0): LogFields {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; digest?: unknown };
  return {
    name: e.name,
    message: e.message,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(e.digest !== undefined ? { digest: e.digest } : {}),
    ...(e.stack ? { stack: e.stack } : {}),
    ...(e.cause !== undefined && depth < 3 ? { cause: errorFields(e.cause, depth + 1) } : {}),
  };
}

function serialise(level: LogLevel, msg: string, fields: LogFields): string {
  // `time`, `level` and `msg` come first and cannot be overwritten by a field of the same name.
  const { error, ...rest } = fields;
  const base = { time: new Date().toISOString(), level, msg };
  // Spread twice: the keys keep their first position, the values their last.
  const record: LogFields = { ...base, ...rest, ...base };
  if (error !== undefined) record.error = errorFields(error);
  try {
    return JSON.stringify(record, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  } catch {
    // A circular or otherwise unserialisable field must not cost the log line.
    return JSON.stringify({ time: record.time, level, msg, requestId: fields.requestId, unserialisable: true });
  }
}

// Reached through globalThis so the Edge compile of instrumentation.ts does not flag Node APIs; in
// Node it writes straight to the streams, elsewhere it falls back to the console.
const nodeProcess = (globalThis as { process?: Partial<Pick<NodeJS.Process, "stdout" | "stderr">> }).process;

function write(level: LogLevel, msg: string, fields: LogFields = {}): void {
  const line = `${serialise(level, msg, fields)}\n`;
  const stream = level === "info" ? nodeProcess?.stdout : nodeProcess?.stderr;
  if (stream?.write) stream.write(line);
  else if (level === "info") console.log(line.trimEnd());
  else console.error(line.trimEnd());
}

/** `error` in fields may be an Error: it is written as { name, message, code, stack, cause }. */
export const logger = {
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};

export interface RequestLogFields extends LogFields {
  requestId: string;
  method: string;
  path: string;
  status?: number;
  durationMs?: number;
}

/** One line per request (the proxy writes it): always info, whatever the status. */
export function logRequest(fields: RequestLogFields): void {
  write("info", "request", fields);
}
