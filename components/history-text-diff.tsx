// Word- or item-level changes shown inline. <ins>/<del> carry the meaning visually (colour and
// under/strike-through); the visually hidden "added:"/"removed:" says it to screen readers, which
// mostly do not announce <ins>/<del> on their own.
import type { TextPart } from "@/lib/domain/text-diff";

/** Hidden on screen, read aloud (the stylesheet has no utility class for it). */
export const visuallyHidden: React.CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};

const insStyle: React.CSSProperties = { background: "#e6f4ea", color: "#1e5631", textDecoration: "underline" };
const delStyle: React.CSSProperties = { background: "#fdecea", color: "#8a1c14", textDecoration: "line-through" };

export function HistoryTextDiff({ parts, separator = "" }: { parts: TextPart[]; separator?: string }) {
  if (parts.length === 0) return <span className="hint">(empty)</span>;
  return (
    <>
      {parts.map((part, i) => {
        // A replacement reads "old new", not "oldnew": a space between a removal and the addition
        // that follows it when the words themselves bring none.
        const previous = parts[i - 1];
        const gap =
          previous?.kind === "removed" && part.kind === "added" && !/\s$/.test(previous.text) && !/^\s/.test(part.text);
        const sep = i > 0 && separator ? separator : gap ? " " : "";
        if (part.kind === "added") {
          return (
            <span key={i}>
              {sep}
              <ins style={insStyle}>
                <span style={visuallyHidden}>added: </span>
                {part.text}
              </ins>
            </span>
          );
        }
        if (part.kind === "removed") {
          return (
            <span key={i}>
              {sep}
              <del style={delStyle}>
                <span style={visuallyHidden}>removed: </span>
                {part.text}
              </del>
            </span>
          );
        }
        return (
          <span key={i}>
            {sep}
            {part.text}
          </span>
        );
      })}
    </>
  );
}
