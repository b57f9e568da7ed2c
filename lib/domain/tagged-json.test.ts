import { describe, expect, it } from "vitest";
import { fromTaggedJson, toTaggedJson } from "./tagged-json";

describe("tagged JSON for the data cache", () => {
  it("round-trips Dates at any depth, and leaves date-like strings alone", () => {
    const value = {
      publishedAt: new Date("2024-07-04T10:15:00.000Z"),
      headline: "2024-07-04T10:15:00.000Z",
      items: [{ at: new Date(0), note: "epoch" }, null],
      withdrawnAt: null,
      nested: { deeper: { when: new Date("1999-12-31T23:59:59.999Z") } },
    };
    const back = fromTaggedJson<typeof value>(toTaggedJson(value));
    expect(back.publishedAt).toBeInstanceOf(Date);
    expect(back.publishedAt.toISOString()).toBe("2024-07-04T10:15:00.000Z");
    expect(back.headline).toBe("2024-07-04T10:15:00.000Z");
    expect(back.items[0]!.at).toEqual(new Date(0));
    expect(back.nested.deeper.when.getTime()).toBe(value.nested.deeper.when.getTime());
    expect(back.withdrawnAt).toBeNull();
  });

  it("does not turn an object that only resembles a tag into a Date", () => {
    const back = fromTaggedJson<{ a: { $date: string }; b: { $date: number; x: number } }>(
      JSON.stringify({ a: { $date: "soon" }, b: { $date: 1, x: 2 } }),
    );
    expect(back.a).toEqual({ $date: "soon" });
    expect(back.b).toEqual({ $date: 1, x: 2 });
  });

  it("revives Dates inside arrays of arrays, and returns values without any Date unchanged", () => {
    const withDates = { rows: [[new Date(5), "a"], [{ at: new Date(6) }]] };
    const back = fromTaggedJson<{ rows: [[Date, string], [{ at: Date }]] }>(toTaggedJson(withDates));
    expect(back.rows[0][0]).toEqual(new Date(5));
    expect(back.rows[1][0].at).toEqual(new Date(6));
    const plain = { countries: ["AZ", "CN"], note: 'a "$date" in words', nested: [{ $date: "x" }] };
    expect(fromTaggedJson(toTaggedJson(plain))).toEqual(plain);
  });
});
