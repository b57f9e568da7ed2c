import { describe, expect, it } from "vitest";
import { BoundedCache } from "./search-cache";

describe("BoundedCache", () => {
  it("issue 11.4: keeps at most maxEntries, dropping the least recently used, for ttl, per generation", () => {
    let now = 0;
    const cache = new BoundedCache<string>(3, 1_000, { now: () => now });
    for (const key of ["a", "b", "c"]) cache.set(key, "g1", key.toUpperCase());
    expect(cache.get("a", "g1")).toBe("A"); // a is now the most recently used
    cache.set("d", "g1", "D");
    expect(cache.size).toBe(3);
    expect(cache.get("b", "g1")).toBeUndefined(); // b was the least recently used
    expect(cache.get("a", "g1")).toBe("A");
    expect(cache.get("a", "g2")).toBeUndefined(); // content changed since: stale
    cache.set("e", "g1", "E");
    now = 1_000;
    expect(cache.get("e", "g1")).toBeUndefined(); // expired
    for (let i = 0; i < 10_000; i++) cache.set(`q${i}`, "g1", "x");
    expect(cache.size).toBe(3);
  });

  it("issue 17: keeps at most maxBytes of values, dropping the least recently used; a value larger than that is not kept", () => {
    const cache = new BoundedCache<string>(100, 60_000, { maxBytes: 10, sizeOf: (v) => v.length });
    cache.set("a", "g", "aaaa");
    cache.set("b", "g", "bbbb");
    expect(cache.get("a", "g")).toBe("aaaa"); // b is now the least recently used
    cache.set("c", "g", "cccc"); // 12 bytes: b goes
    expect(cache.get("b", "g")).toBeUndefined();
    expect(cache.get("a", "g")).toBe("aaaa");
    expect(cache.get("c", "g")).toBe("cccc");
    expect(cache.bytes).toBe(8);
    cache.set("a", "g", "aaaaaa"); // replaced, counted once: 10
    expect(cache.bytes).toBe(10);
    cache.set("big", "g", "x".repeat(11));
    expect(cache.get("big", "g")).toBeUndefined();
    expect(cache.bytes).toBe(10);
    cache.clear();
    expect(cache.bytes).toBe(0);
  });
});
