// Issue 17: the bench starts the app as `npm start` does, variables and Node flags included, since
// they decide the memory it reports.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appStartCommand, parseStartScript } from "../scripts/bench/start-command";

describe("issue 17: the bench's app command is npm start's", () => {
  it("reads the variables set before node, the Node flags and Next's arguments", () => {
    expect(
      parseStartScript("A_B=2 C_=131072 node --max-old-space-size=256 node_modules/next/dist/bin/next start"),
    ).toEqual({
      env: { A_B: "2", C_: "131072" },
      nodeFlags: ["--max-old-space-size=256"],
      nextArgs: ["start"],
    });
    expect(parseStartScript("next start")).toEqual({ env: {}, nodeFlags: [], nextArgs: ["start"] });
    expect(() => parseStartScript("X=1 bun next start")).toThrow(/cannot start the app/);
  });

  it("keeps package.json's glibc malloc settings for the app, also when the Node flags are overridden", () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as {
      scripts: { start: string };
    };
    const parsed = parseStartScript(pkg.scripts.start);
    expect(parsed.env).toMatchObject({ MALLOC_ARENA_MAX: "2" });
    const started = appStartCommand(["--max-old-space-size=512"]);
    expect(started.env).toEqual(parsed.env);
    expect(started.args.slice(0, 1)).toEqual(["--max-old-space-size=512"]);
    expect(started.args.at(-1)).toBe("start");
  });
});
