// The Media part of the history comparison (issue 13): each image or attachment added, removed,
// moved or described differently, worded by lib/domain/release-diff.ts ("Image added", "Alt text changed").
import type { ItemChange, ListDiff } from "@/lib/domain/list-diff";
import { mediaChangeSummary, type DiffMedia } from "@/lib/domain/release-diff";
import { HistoryTextDiff } from "./history-text-diff";

function describe(m: DiffMedia): string {
  const words = m.kind === "ATTACHMENT" ? m.title : m.altText;
  return words ? `${m.filename} (“${words.length > 80 ? `${words.slice(0, 79).trimEnd()}…` : words}”)` : m.filename;
}

function Entry({ item, summary }: { item: ItemChange<DiffMedia>; summary: string }) {
  const subject = item.kind === "removed" ? item.before : item.after;
  const moved =
    item.kind !== "added" && item.kind !== "removed" && item.moved
      ? ` (moved from position ${item.fromIndex + 1} to ${item.toIndex + 1})`
      : "";
  return (
    <li>
      <strong>{summary}</strong>: {describe(subject)}
      {moved}
      {item.kind === "changed" ? (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {item.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{f.label}</th>
                <td style={{ whiteSpace: "pre-wrap" }}>
                  <HistoryTextDiff parts={f.parts} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}

export function HistoryMediaDiff({ list }: { list: ListDiff<DiffMedia> }) {
  const shown = list.items.flatMap((item) => {
    const summary = mediaChangeSummary(item);
    return summary ? [{ item, summary }] : [];
  });
  return (
    <section aria-labelledby="diff-media">
      <h3 id="diff-media">Media</h3>
      {shown.length === 0 ? (
        <p className="hint">{list.items.length === 0 ? "None in either revision." : "Unchanged."}</p>
      ) : (
        <>
          {!list.changed && list.reordered ? <p className="hint">Only the order changed.</p> : null}
          <ul>
            {shown.map(({ item, summary }) => (
              <Entry
                key={`${item.kind}-${"fromIndex" in item ? item.fromIndex : ""}-${"toIndex" in item ? item.toIndex : ""}`}
                item={item}
                summary={summary}
              />
            ))}
          </ul>
          {list.items.length > shown.length ? (
            <p className="hint">{list.items.length - shown.length} unchanged.</p>
          ) : null}
        </>
      )}
    </section>
  );
}
