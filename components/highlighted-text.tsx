/**
 * Text from ts_headline with matches between `start` and `stop` sentinels, rendered as <mark>
 * elements, one per matched word. The text stays text (React escapes it): markup in a release can
 * never become HTML here.
 *
 * Issue 17: the words between marks are plain strings, not keyed fragments: each element is written
 * twice into a search page (its HTML and the flight data), and a page of 20 results held about 200
 * of them.
 */
export function HighlightedText({ text, start = "««", stop = "»»" }: { text: string; start?: string; stop?: string }) {
  const parts: React.ReactNode[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf(start);
    if (open < 0) break;
    const close = rest.indexOf(stop, open + start.length);
    if (close < 0) break;
    if (open > 0) parts.push(rest.slice(0, open));
    parts.push(<mark key={parts.length}>{rest.slice(open + start.length, close)}</mark>);
    rest = rest.slice(close + stop.length);
  }
  if (rest) parts.push(rest);
  return <>{parts}</>;
}
