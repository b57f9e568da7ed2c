import { describe, expect, it } from "vitest";
import { parseMediaLibraryQuery } from "./media-library";

const parse = (query: string) => parseMediaLibraryQuery(new URLSearchParams(query));

describe("issue 13: the media library's query", () => {
  it("reads the kinds it knows", () => {
    expect(parse("kind=image")).toMatchObject({ ok: true, query: { kind: "IMAGE" } });
    expect(parse("kind=attachment")).toMatchObject({ ok: true, query: { kind: "ATTACHMENT" } });
    expect(parse("")).toMatchObject({ ok: true, query: { kind: null, take: 24 } });
  });

  it("refuses a kind named like a property every object has (constructor, toString…) with a message, not a crash", () => {
    for (const kind of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "IMAGE"])
      expect(parse(`kind=${kind}`), kind).toEqual({
        ok: false,
        parameter: "kind",
        message: 'kind is "image" or "attachment".',
      });
  });
});
