// whenDatabaseDown, the wrapper around every editor server action: an outage becomes the action's
// own answer (with the exact message the form shows), everything else passes through untouched.
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": "req-outage-1" }) }));

import { whenDatabaseDown } from "./authorize";

const outage = () =>
  Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
    code: "P1001",
    name: "PrismaClientKnownRequestError",
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("whenDatabaseDown", () => {
  it("answers with the action's state and the exact message when the database cannot be reached, and logs it with the request id", async () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const values = { headline: "Typed before the outage" };
    const answer = await whenDatabaseDown(
      "saveReleaseAction",
      async () => {
        throw outage();
      },
      (message) => ({ status: "error" as const, message, values }),
    );
    expect(answer).toEqual({
      status: "error",
      message: "The database is unavailable, nothing was saved — try again",
      values,
    });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({
        level: "error",
        msg: "database unavailable in server action",
        action: "saveReleaseAction",
        requestId: "req-outage-1",
      }),
    ]);
  });

  it("returns the action's own answer when nothing fails", async () => {
    expect(
      await whenDatabaseDown(
        "a",
        async () => ({ status: "ok" }),
        () => ({ status: "down" }),
      ),
    ).toEqual({ status: "ok" });
  });

  it("lets redirect() and every other error through untouched", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), {
      digest: "NEXT_REDIRECT;replace;/admin/releases/x;307;",
    });
    await expect(
      whenDatabaseDown(
        "a",
        async () => Promise.reject(redirect),
        () => "down",
      ),
    ).rejects.toBe(redirect);
    const bug = new TypeError("Cannot read properties of undefined");
    await expect(
      whenDatabaseDown(
        "a",
        async () => Promise.reject(bug),
        () => "down",
      ),
    ).rejects.toBe(bug);
  });
});
