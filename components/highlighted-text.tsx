import { Fragment } from "react";

/**
 * Text from ts_headline with matches between `start` and `stop` sentinels, rendered as <mark>
 * elements. The text stays text (React escapes it): markup in a release can never become HTML here.
 */
export function HighlightedText({ text, start = "««", stop = "»»" }: { text: string; start?: string; stop?: string }) {
  const parts: React.ReactNode[] = [];
  let rest = text;
  let key = 0;
  for (;;) {
    const open = rest.indexOf(start);
    if (open < 0) break;
    const close = rest.indexOf(stop, open + start.length);
    if (close < 0) break;
    if (open > 0) parts.push(<Fragment key={key++}>{rest.slice(0, open)}</Fragment>);
    parts.push(<mark key={key++}>{rest.slice(open + start.length, close)}</mark>);
    rest = rest.slice(close + stop.length);
  }
  if (rest) parts.push(<Fragment key={key++}>{rest}</Fragment>);
  return <>{parts}</>;
}
