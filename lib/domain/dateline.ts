// Datelines are stored as the UTC instant plus the writer's UTC offset in minutes, so a release
// written "4 July 2024 09:00 (UTC+04:00)" is shown exactly so, wherever the reader is. A release whose
// text gives a date and no time has a date-only dateline (issue 15): no offset (null) and the date at
// 00:00 UTC as its instant, shown and exported as the date alone rather than with an invented time.

/** Minutes east of UTC of the dateline's time, or null for a date-only dateline. */
export type DatelineOffset = number | null;

export const MIN_OFFSET_MINUTES = -12 * 60;
export const MAX_OFFSET_MINUTES = 14 * 60;

/** English month names, January first (the extractor also knows them as words that are no names). */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "+04:00" / "-05:30" / "+4" / "UTC+04:00" → minutes east of UTC, or null when malformed or out of range. */
export function parseUtcOffset(input: string): number | null {
  const match = /^(?:UTC|GMT)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(input.trim());
  if (!match) return input.trim() === "Z" || /^(UTC|GMT)?\s*[+-]?0{1,2}(:?00)?$/i.test(input.trim()) ? 0 : null;
  const sign = match[1] === "+" ? 1 : -1;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? "0");
  if (minutes >= 60) return null;
  const total = sign * (hours * 60 + minutes) || 0; // "-00:00" is 0, not -0
  if (total < MIN_OFFSET_MINUTES || total > MAX_OFFSET_MINUTES) return null;
  return total;
}

/** 240 → "+04:00", -330 → "-05:30". */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The instant of a local date ("2024-07-04") and time ("09:00") at the given offset; null if invalid. */
export function localToInstant(date: string, time: string, offsetMinutes: number): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return null;
  const utcMillis = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utcMillis);
  // Date.UTC rolls 31 February over into March: reject dates that do not exist.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utcMillis - offsetMinutes * 60_000);
}

/**
 * The UTC offset a schedule of the release defaults to: its dateline's, or UTC for a date-only
 * dateline (which has none).
 */
export function scheduleOffsetOf(offsetMinutes: DatelineOffset): number {
  return offsetMinutes ?? 0;
}

/** The instant a date-only dateline stores for "2025-03-03": 00:00 UTC of that day; null if invalid. */
export function dateOnlyInstant(date: string): Date | null {
  return localToInstant(date, "00:00", 0);
}

/** The writer's local wall-clock date and time of an instant; the time is "" for a date-only dateline. */
export function instantToLocal(instant: Date, offsetMinutes: DatelineOffset): { date: string; time: string } {
  const local = new Date(instant.getTime() + (offsetMinutes ?? 0) * 60_000);
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: offsetMinutes === null ? "" : `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/**
 * "4 July 2024 09:00 (UTC+04:00)", or "3 March 2025" for a date-only dateline, prefixed with the place
 * when there is one: "Baku, 4 July …".
 */
export function formatDateline(instant: Date, offsetMinutes: DatelineOffset, place?: string | null): string {
  const local = new Date(instant.getTime() + (offsetMinutes ?? 0) * 60_000);
  const day = `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}`;
  const when =
    offsetMinutes === null
      ? day
      : `${day} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} (UTC${formatUtcOffset(offsetMinutes)})`;
  return place ? `${place}, ${when}` : when;
}

/**
 * ISO 8601 with the writer's offset, e.g. "2024-07-04T09:00:00+04:00", or the date alone ("2025-03-03")
 * for a date-only dateline (for machine-readable output).
 */
export function toOffsetIso(instant: Date, offsetMinutes: DatelineOffset): string {
  const { date, time } = instantToLocal(instant, offsetMinutes);
  return offsetMinutes === null ? date : `${date}T${time}:00${formatUtcOffset(offsetMinutes)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** True for IANA zone names this runtime knows ("Asia/Baku", "Europe/London", "UTC"). */
function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+\-]+)*$/.test(zone) || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC that `zone` observes at `instant` (daylight saving included). */
function zoneOffsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant of a local date and time given with either a UTC offset ("+04:00") or an IANA zone
 * ("Asia/Baku"); null when the date, time or zone is invalid.
 */
export function zonedToInstant(date: string, time: string, zoneOrOffset: string): Date | null {
  const offset = parseUtcOffset(zoneOrOffset);
  if (offset !== null) return localToInstant(date, time, offset);
  if (!isTimeZone(zoneOrOffset)) return null;
  const guess = localToInstant(date, time, 0);
  if (!guess) return null;
  // Two passes settle the offset around daylight-saving changes.
  let instant = new Date(guess.getTime() - zoneOffsetMinutes(guess, zoneOrOffset) * 60_000);
  instant = new Date(guess.getTime() - zoneOffsetMinutes(instant, zoneOrOffset) * 60_000);
  return instant;
}

/** "14 March 2025 16:30 (UTC+04:00, Asia/Baku)" for a scheduled instant and the zone it was given in. */
export function formatInZone(instant: Date, zoneOrOffset: string): string {
  const offset =
    parseUtcOffset(zoneOrOffset) ?? (isTimeZone(zoneOrOffset) ? zoneOffsetMinutes(instant, zoneOrOffset) : 0);
  const text = formatDateline(instant, offset);
  return parseUtcOffset(zoneOrOffset) === null && isTimeZone(zoneOrOffset)
    ? text.replace(/\)$/, `, ${zoneOrOffset})`)
    : text;
}
