import { describe, it, expect } from "vitest";
import {
  MAX_OFFSET_MINUTES,
  MIN_OFFSET_MINUTES,
  formatDateline,
  formatUtcOffset,
  instantToLocal,
  localToInstant,
  parseUtcOffset,
  toOffsetIso,
  dateOnlyInstant,
  scheduleOffsetOf,
} from "./dateline";

describe("parseUtcOffset", () => {
  it.each([
    ["+04:00", 240],
    ["-05:30", -330],
    ["+4", 240],
    ["-4", -240],
    ["UTC+04:00", 240],
    ["utc+04:00", 240],
    ["GMT-03:00", -180],
    ["+0530", 330],
    ["  +04:00  ", 240],
    ["−05:30", -330], // typographic minus sign, as pasted from a word processor
    ["+14:00", 840],
    ["-12:00", -720],
    ["+00:00", 0],
    ["Z", 0],
  ])("reads %j as %i minutes east of UTC", (input, expected) => {
    expect(parseUtcOffset(input)).toBe(expected);
  });

  it.each(["+14:30", "-12:30", "+15:00", "+25:00", "abc", "+04:60", "", "04:00:00", "+4:5"])("rejects %j", (input) => {
    expect(parseUtcOffset(input)).toBeNull();
  });

  it("accepts exactly the documented range -12:00 … +14:00", () => {
    expect(MIN_OFFSET_MINUTES).toBe(-720);
    expect(MAX_OFFSET_MINUTES).toBe(840);
    expect(parseUtcOffset("-12:00")).toBe(MIN_OFFSET_MINUTES);
    expect(parseUtcOffset("-12:01")).toBeNull();
    expect(parseUtcOffset("+14:00")).toBe(MAX_OFFSET_MINUTES);
    expect(parseUtcOffset("+14:01")).toBeNull();
  });
});

describe("formatUtcOffset", () => {
  it.each([
    [240, "+04:00"],
    [-330, "-05:30"],
    [0, "+00:00"],
    [345, "+05:45"],
    [840, "+14:00"],
    [-720, "-12:00"],
    [-30, "-00:30"],
  ])("formats %i as %j", (minutes, expected) => {
    expect(formatUtcOffset(minutes)).toBe(expected);
  });

  it("is the inverse of parseUtcOffset across the whole range", () => {
    for (let minutes = MIN_OFFSET_MINUTES; minutes <= MAX_OFFSET_MINUTES; minutes += 15) {
      expect(parseUtcOffset(formatUtcOffset(minutes))).toBe(minutes);
    }
  });
});

describe("localToInstant", () => {
  it("turns 2024-07-04 09:00 at +04:00 into 05:00 UTC", () => {
    expect(localToInstant("2024-07-04", "09:00", 240)?.toISOString()).toBe("2024-07-04T05:00:00.000Z");
  });

  it("handles half-hour offsets", () => {
    expect(localToInstant("2024-07-04", "09:00", -330)?.toISOString()).toBe("2024-07-04T14:30:00.000Z");
  });

  it("crosses midnight forwards with a negative offset", () => {
    // 22:00 in New York (UTC-05:00) on New Year's Day is already 2 January in UTC.
    expect(localToInstant("2024-01-01", "22:00", -300)?.toISOString()).toBe("2024-01-02T03:00:00.000Z");
  });

  it("crosses midnight (and the year) backwards with a positive offset", () => {
    expect(localToInstant("2024-01-01", "01:00", 240)?.toISOString()).toBe("2023-12-31T21:00:00.000Z");
  });

  it("accepts 29 February in a leap year", () => {
    expect(localToInstant("2024-02-29", "12:00", 0)?.toISOString()).toBe("2024-02-29T12:00:00.000Z");
  });

  it.each([
    ["2023-02-29", "09:00"],
    ["2024-02-30", "09:00"],
    ["2024-04-31", "09:00"],
    ["2024-13-01", "09:00"],
    ["2024-00-10", "09:00"],
    ["2024-07-00", "09:00"],
    ["2024-07-04", "24:00"],
    ["2024-07-04", "09:60"],
    ["2024-7-4", "09:00"],
    ["04/07/2024", "09:00"],
    ["2024-07-04", "9:00"],
    ["2024-07-04", "09:00:00"],
    ["", ""],
  ])("rejects %j %j", (date, time) => {
    expect(localToInstant(date, time, 240)).toBeNull();
  });
});

describe("instantToLocal", () => {
  it("shows the writer's wall clock, not the reader's", () => {
    expect(instantToLocal(new Date("2024-07-04T05:00:00Z"), 240)).toEqual({ date: "2024-07-04", time: "09:00" });
    expect(instantToLocal(new Date("2024-01-02T03:00:00Z"), -300)).toEqual({ date: "2024-01-01", time: "22:00" });
  });

  it.each([
    ["2024-07-04", "09:00", 240],
    ["2024-01-01", "00:00", -720],
    ["2024-12-31", "23:59", 840],
    ["2024-02-29", "23:30", -330],
    ["1999-12-31", "23:45", 345],
  ])("round-trips %s %s at %i minutes", (date, time, offset) => {
    const instant = localToInstant(date, time, offset);
    expect(instant).not.toBeNull();
    expect(instantToLocal(instant!, offset)).toEqual({ date, time });
  });
});

describe("formatDateline", () => {
  const instant = new Date("2024-07-04T05:00:00Z");

  it("prints the dateline exactly as written in the release", () => {
    expect(formatDateline(instant, 240)).toBe("4 July 2024 09:00 (UTC+04:00)");
  });

  it("prefixes the place when there is one", () => {
    expect(formatDateline(instant, 240, "Baku")).toBe("Baku, 4 July 2024 09:00 (UTC+04:00)");
  });

  it("has no stray comma when the place is missing or empty", () => {
    expect(formatDateline(instant, 240, null)).toBe("4 July 2024 09:00 (UTC+04:00)");
    expect(formatDateline(instant, 240, "")).toBe("4 July 2024 09:00 (UTC+04:00)");
  });

  it("uses the writer's local date when it differs from the UTC date", () => {
    expect(formatDateline(new Date("2024-01-02T03:00:00Z"), -300, "New York")).toBe(
      "New York, 1 January 2024 22:00 (UTC-05:00)",
    );
    expect(formatDateline(new Date("2023-12-31T21:00:00Z"), 240)).toBe("1 January 2024 01:00 (UTC+04:00)");
  });

  it("writes UTC as +00:00", () => {
    expect(formatDateline(new Date("2024-12-25T07:05:00Z"), 0)).toBe("25 December 2024 07:05 (UTC+00:00)");
  });
});

describe("toOffsetIso", () => {
  it("gives ISO 8601 with the writer's offset", () => {
    expect(toOffsetIso(new Date("2024-07-04T05:00:00Z"), 240)).toBe("2024-07-04T09:00:00+04:00");
    expect(toOffsetIso(new Date("2024-01-02T03:00:00Z"), -300)).toBe("2024-01-01T22:00:00-05:00");
    expect(toOffsetIso(new Date("2024-07-04T05:00:00Z"), 0)).toBe("2024-07-04T05:00:00+00:00");
  });

  it("denotes the same instant it was given", () => {
    const instant = new Date("2024-07-04T14:30:00Z");
    for (const offset of [-720, -330, 0, 240, 345, 840]) {
      expect(new Date(toOffsetIso(instant, offset)).getTime()).toBe(instant.getTime());
    }
  });
});

// Issue 15: a release whose text gives a date and no time has a date-only dateline. It is stored as
// the date at 00:00 UTC with no offset (null), and shown and exported as the date alone: no invented
// time, no "UTC+00:00".
describe("a date-only dateline (no offset)", () => {
  const midnight = new Date("2025-03-03T00:00:00Z");

  it("has the date and no time", () => {
    expect(instantToLocal(midnight, null)).toEqual({ date: "2025-03-03", time: "" });
  });

  it("prints the date alone, with the place when there is one", () => {
    expect(formatDateline(midnight, null)).toBe("3 March 2025");
    expect(formatDateline(midnight, null, "Tbilisi")).toBe("Tbilisi, 3 March 2025");
  });

  it("is an ISO 8601 date with no time for machine-readable output", () => {
    expect(toOffsetIso(midnight, null)).toBe("2025-03-03");
    expect(toOffsetIso(new Date("2024-12-31T00:00:00Z"), null)).toBe("2024-12-31");
  });

  it("is a date-only instant from a date: 00:00 UTC of that day", () => {
    expect(dateOnlyInstant("2025-03-03")?.toISOString()).toBe("2025-03-03T00:00:00.000Z");
    expect(dateOnlyInstant("2025-02-29")).toBeNull();
    expect(dateOnlyInstant("3 March")).toBeNull();
  });
});

describe("scheduleOffsetOf", () => {
  it("is the dateline's offset, or UTC for a date-only dateline", () => {
    expect(scheduleOffsetOf(240)).toBe(240);
    expect(scheduleOffsetOf(-330)).toBe(-330);
    expect(scheduleOffsetOf(null)).toBe(0);
  });
});
