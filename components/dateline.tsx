import { formatDateline, toOffsetIso, type DatelineOffset } from "@/lib/domain/dateline";

/**
 * className: "dateline" is the article's own (one per release page); lists of other releases pass another.
 * text: the dateline written in the page's language (issue 14); formatDateline's English otherwise.
 */
export function Dateline({
  at,
  offsetMinutes,
  place,
  className = "dateline",
  text,
}: {
  at: Date;
  offsetMinutes: DatelineOffset;
  place: string | null;
  className?: string;
  text?: string;
}) {
  return (
    <time className={className} dateTime={toOffsetIso(at, offsetMinutes)}>
      {text ?? formatDateline(at, offsetMinutes, place)}
    </time>
  );
}
