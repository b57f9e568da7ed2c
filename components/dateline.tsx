import { formatDateline, toOffsetIso } from "@/lib/domain/dateline";

/** className: "dateline" is the article's own (one per release page); lists of other releases pass another. */
export function Dateline({
  at,
  offsetMinutes,
  place,
  className = "dateline",
}: {
  at: Date;
  offsetMinutes: number;
  place: string | null;
  className?: string;
}) {
  return (
    <time className={className} dateTime={toOffsetIso(at, offsetMinutes)}>
      {formatDateline(at, offsetMinutes, place)}
    </time>
  );
}
