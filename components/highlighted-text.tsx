/**
 * Text from ts_headline with matches between `start` and `stop` sentinels, rendered as <mark>
 * elements. The text stays text (React escapes it): markup in a release can never become HTML here.
 *
 * Issue 17: the words between marks are plain strings, not keyed fragments, and marked words with
 * only spaces between them are one mark ("renewable energy", as a reader reads the phrase): each
 * element is written twice into a search page (its HTML and the flight data), and a page of 20 results
 * held about 200 of them.
 */
export function HighlightedText({ text, start = "««", stop = "»»" }: { text: string; start?: string; stop?: string }) {
  const parts: React.ReactNode[] = [];
  let marked: string | null = null; // the mark being gathered
  const flush = () => {
    if (marked !== null) parts.push(<mark key={parts.length}>{marked}</mark>);
    marked = null;
  };
  let rest = text;
  for (;;) {
    const open = rest.indexOf(start);
    if (open < 0) break;
    const close = rest.indexOf(stop, open + start.length);
    if (close < 0) break;
    const before = rest.slice(0, open);
    const word = rest.slice(open + start.length, close);
    if (marked !== null && /^\s*$/.test(before)) marked += before + word;
    else {
      flush();
      if (before) parts.push(before);
      marked = word;
    }
    rest = rest.slice(close + stop.length);
  }
  flush();
  if (rest) parts.push(rest);
  return <>{parts}</>;
}
