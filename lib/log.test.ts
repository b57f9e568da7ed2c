import { afterEach, describe, expect, it, vi } from "vitest";
import { logger, logRequest } from "./log";

function capture(stream: NodeJS.WriteStream) {
  const lines: string[] = [];
  vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("logger", () => {
  it("writes one JSON object per line: info to stdout, errors to stderr, with time, level, message and fields", () => {
    const out = capture(process.stdout);
    const err = capture(process.stderr);
    logger.info("scheduler published", { slugs: ["a", "b"], requestId: "req-1" });
    logger.error("save failed", {
      requestId: "req-2",
      error: Object.assign(new Error("boom", { cause: new Error("socket closed") }), { code: "P1001" }),
    });

    expect(out).toHaveLength(1);
    expect(out[0]!.endsWith("\n")).toBe(true);
    expect(out[0]!.trimEnd()).not.toContain("\n");
    const info = JSON.parse(out[0]!);
    expect(info).toMatchObject({ level: "info", msg: "scheduler published", slugs: ["a", "b"], requestId: "req-1" });
    expect(new Date(info.time).toString()).not.toBe("Invalid Date");

    expect(err).toHaveLength(1);
    const error = JSON.parse(err[0]!);
    expect(error).toMatchObject({
      level: "error",
      msg: "save failed",
      requestId: "req-2",
      error: { name: "Error", message: "boom", code: "P1001", cause: { message: "socket closed" } },
    });
    expect(error.error.stack).toContain("boom");
  });

  it("keeps time, level and msg even when a field has the same name, and survives a circular field", () => {
    const err = capture(process.stderr);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    logger.warn("careful", { level: "debug", msg: "other", time: "yesterday" });
    logger.warn("circular", { requestId: "req-3", circular });
    const first = JSON.parse(err[0]!);
    expect(first).toMatchObject({ level: "warn", msg: "careful" });
    expect(first.time).not.toBe("yesterday");
    expect(JSON.parse(err[1]!)).toMatchObject({ level: "warn", msg: "circular", requestId: "req-3" });
  });

  it("logs a request line", () => {
    const out = capture(process.stdout);
    logRequest({ requestId: "req-4", method: "GET", path: "/releases/x", status: 200, durationMs: 12 });
    expect(JSON.parse(out[0]!)).toMatchObject({
      level: "info",
      msg: "request",
      requestId: "req-4",
      method: "GET",
      path: "/releases/x",
      status: 200,
      durationMs: 12,
    });
  });
});
