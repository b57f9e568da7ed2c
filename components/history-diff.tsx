// The comparison of two revisions, field by field. Renders what lib/domain/release-diff.ts found;
// it decides nothing itself.
import type { ItemChange, ListDiff } from "@/lib/domain/list-diff";
import {
  agreementTypeLabel,
  type DiffAgreement,
  type DiffQuote,
  type ReleaseDiff,
  type TextFieldDiff,
} from "@/lib/domain/release-diff";
import { HistoryMediaDiff } from "./history-media-diff";
import { HistoryTextDiff } from "./history-text-diff";

const KIND_LABEL = { added: "Added", removed: "Removed", changed: "Changed", moved: "Moved" } as const;

const shorten = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const describeAgreement = (a: DiffAgreement) => `${agreementTypeLabel(a.type)}: ${a.title}`;
const describeQuote = (q: DiffQuote) => `${q.speaker.name}: “${shorten(q.text)}”`;
const orEmpty = (value: string) => (value === "" ? "—" : value);

function TextField({ field }: { field: TextFieldDiff }) {
  const headingId = `diff-${field.field}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{field.label}</h3>
      {!field.changed ? (
        <p className="hint">Unchanged.</p>
      ) : field.whitespaceOnly ? (
        <p className="hint">Only spacing or line breaks changed.</p>
      ) : (
        // Line breaks matter in the body (Markdown paragraphs), so they are kept as typed.
        <div style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          <HistoryTextDiff parts={field.parts} />
        </div>
      )}
    </section>
  );
}

function ItemEntry<T>({
  item,
  describe,
}: {
  item: Exclude<ItemChange<T>, { kind: "unchanged" }>;
  describe: (value: T) => string;
}) {
  const kind = item.kind === "unchanged" ? "changed" : item.kind;
  const subject = item.kind === "removed" ? item.before : item.after;
  const moved =
    item.kind !== "added" && item.kind !== "removed" && item.moved
      ? ` (moved from position ${item.fromIndex + 1} to ${item.toIndex + 1})`
      : "";
  return (
    <li>
      <strong>{KIND_LABEL[kind]}</strong>: {describe(subject)}
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
                  <HistoryTextDiff parts={f.parts} separator={f.field === "parties" ? "; " : ""} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}

function ListSection<T>({
  id,
  title,
  list,
  describe,
}: {
  id: string;
  title: string;
  list: ListDiff<T>;
  describe: (value: T) => string;
}) {
  const shown = list.items.filter(
    (item): item is Exclude<ItemChange<T>, { kind: "unchanged" }> => item.kind !== "unchanged",
  );
  const unchanged = list.items.length - shown.length;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {shown.length === 0 ? (
        <p className="hint">{list.items.length === 0 ? "None in either revision." : "Unchanged."}</p>
      ) : (
        <>
          {!list.changed && list.reordered ? <p className="hint">Only the order changed.</p> : null}
          <ul>
            {shown.map((item) => (
              <ItemEntry
                key={`${item.kind}-${"fromIndex" in item ? item.fromIndex : ""}-${"toIndex" in item ? item.toIndex : ""}`}
                item={item}
                describe={describe}
              />
            ))}
          </ul>
          {unchanged > 0 ? <p className="hint">{unchanged} unchanged.</p> : null}
        </>
      )}
    </section>
  );
}

export function HistoryDiff({
  diff,
  fromNumber,
  toNumber,
}: {
  diff: ReleaseDiff;
  fromNumber: number;
  toNumber: number;
}) {
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">
        Changes from revision {fromNumber} to revision {toNumber}
      </h2>
      {!diff.changed ? (
        <p className="notice ok" role="status">
          No differences: both revisions hold the same content.
        </p>
      ) : null}
      {diff.text.map((field) => (
        <TextField key={field.field} field={field} />
      ))}

      <table className="data" aria-label="Other fields">
        <caption className="hint" style={{ textAlign: "left" }}>
          Dateline, issuer, credits, countries, topics and status.
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Revision {fromNumber}</th>
            <th scope="col">Revision {toNumber}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {diff.values.map((f) => (
            <tr key={f.field}>
              <th scope="row">{f.label}</th>
              <td data-label={`Revision ${fromNumber}`}>{orEmpty(f.before)}</td>
              <td data-label={`Revision ${toNumber}`}>{orEmpty(f.after)}</td>
              <td data-label="Change">{f.changed ? <strong>changed</strong> : "unchanged"}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <ListSection id="diff-agreements" title="Agreements" list={diff.agreements} describe={describeAgreement} />
      <ListSection id="diff-quotes" title="Quotes" list={diff.quotes} describe={describeQuote} />
      <HistoryMediaDiff list={diff.media} />
    </section>
  );
}
