import { formatDateline, toOffsetIso } from "@/lib/domain/dateline";

export function Dateline({ at, offsetMinutes, place }: { at: Date; offsetMinutes: number; place: string | null }) {
  return (
    <time className="dateline" dateTime={toOffsetIso(at, offsetMinutes)}>
      {formatDateline(at, offsetMinutes, place)}
    </time>
  );
}
