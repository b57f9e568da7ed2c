import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, actionRequestBytes, jsonRequestBytes, tooLargeForAction } from "./request-size";

const require = createRequire(import.meta.url);

describe("server action body size", () => {
  it("knows the limit next.config.js gives Next", () => {
    const config = require(path.resolve(__dirname, "../../next.config.js")) as {
      experimental: { serverActions: { bodySizeLimit: string } };
    };
    const bytes = require("next/dist/compiled/bytes") as { parse(value: string): number };
    expect(bytes.parse(config.experimental.serverActions.bodySizeLimit)).toBe(ACTION_BODY_LIMIT_BYTES);
  });

  it("counts UTF-8 bytes, every field's framing and the previous state", () => {
    const form = new FormData();
    form.set("headline", "Bakı");
    const one = actionRequestBytes(form);
    expect(one).toBeGreaterThan("headline".length + 5);
    form.set("body", "é".repeat(1000));
    expect(actionRequestBytes(form) - one).toBeGreaterThanOrEqual(2000 + "body".length);
    expect(actionRequestBytes(form, { values: { body: "x".repeat(500) } }) - actionRequestBytes(form)).toBeGreaterThan(
      500,
    );
    expect(jsonRequestBytes({ body: "漢".repeat(100) })).toBeGreaterThan(300);
  });

  it("flags a release body over the limit, and not a normal one", () => {
    const big = new FormData();
    big.set("body", "x".repeat(ACTION_BODY_LIMIT_BYTES));
    expect(tooLargeForAction(actionRequestBytes(big))).toBe(true);
    const normal = new FormData();
    normal.set("body", "x".repeat(50_000));
    expect(tooLargeForAction(actionRequestBytes(normal))).toBe(false);
  });
});
