import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStartScript } from "../scripts/bench/start-command";

// The bench starts the app as `npm start` does, without npm's shell: what the start script sets
// (the allocator's arenas, the heap cap) is part of the memory the bench reports.
describe("parseStartScript", () => {
  it("reads the environment, the Node flags and Next's arguments of the start script", () => {
    expect(
      parseStartScript("MALLOC_ARENA_MAX=2 node --max-old-space-size=256 node_modules/next/dist/bin/next start"),
    ).toEqual({
      env: { MALLOC_ARENA_MAX: "2" },
      nodeFlags: ["--max-old-space-size=256"],
      nextArgs: ["start"],
    });
    expect(parseStartScript("next start")).toEqual({ env: {}, nodeFlags: [], nextArgs: ["start"] });
  });

  it("refuses a start script it cannot reproduce", () => {
    expect(() => parseStartScript("MALLOC_ARENA_MAX=2 sh -c 'next start'")).toThrow(/cannot start the app/);
  });

  it("understands the project's own start script, which limits glibc's malloc arenas", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } };
    expect(parseStartScript(pkg.scripts.start).env).toEqual({ MALLOC_ARENA_MAX: "2" });
  });
});
