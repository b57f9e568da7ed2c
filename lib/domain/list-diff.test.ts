import { describe, expect, it } from "vitest";
import { normaliseKey, similarity } from "./list-diff";

describe("normaliseKey and similarity", () => {
  it("ignores case, punctuation and spacing", () => {
    expect(normaliseKey("  Memorandum  of Understanding, on Rail-Freight. ")).toBe(
      "memorandum of understanding on rail freight",
    );
  });
  it("scores word overlap from 0 to 1", () => {
    expect(similarity("Protocol on customs cooperation", "Protocol on customs cooperation")).toBe(1);
    expect(similarity("Protocol on customs", "Treaty of friendship")).toBe(0);
    expect(similarity("Protocol on customs cooperation", "Protocol on customs and border cooperation")).toBeGreaterThan(
      0.7,
    );
  });
});
