// A plain GET form: the compared pair lives in the URL (?from=…&to=…), so it works without
// JavaScript and a comparison can be bookmarked or sent to a colleague.

export interface HistoryCompareOption {
  id: string;
  label: string;
}

export function HistoryCompareForm({
  action,
  options,
  from,
  to,
}: {
  action: string;
  /** Newest first, as the history lists them. */
  options: HistoryCompareOption[];
  from: string;
  to: string;
}) {
  return (
    <form method="get" action={action} aria-label="Compare revisions">
      <div className="row">
        <div className="field">
          <label htmlFor="compare-from">From revision</label>
          <select id="compare-from" name="from" defaultValue={from}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compare-to">To revision</label>
          <select id="compare-to" name="to" defaultValue={to}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit">Compare</button>
    </form>
  );
}
