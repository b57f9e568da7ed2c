import { describe, expect, it } from "vitest";
import { DUMMY_PASSWORD_HASH, HASH_OPTIONS, hashPassword, verifyPassword } from "./password";

const costsOf = (hash: string) => /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hash)?.slice(1).map(Number);

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "wrong horse battery")).toBe(false);
    expect(await verifyPassword("garbage", "anything")).toBe(false);
  });

  it("verifies against a dummy hash of the same cost when there is no user, and never succeeds", async () => {
    // Same algorithm and costs as a real hash: an unknown email costs one full verification too.
    expect(costsOf(DUMMY_PASSWORD_HASH)).toEqual([
      HASH_OPTIONS.memoryCost,
      HASH_OPTIONS.timeCost,
      HASH_OPTIONS.parallelism,
    ]);
    expect(costsOf(await hashPassword("x"))).toEqual(costsOf(DUMMY_PASSWORD_HASH));
    expect(await verifyPassword(null, "pressroom-admin")).toBe(false);
    expect(await verifyPassword(null, "")).toBe(false);
  });
});
