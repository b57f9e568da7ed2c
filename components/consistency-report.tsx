import { consistencyFieldId, type ConsistencyProblem } from "@/lib/domain/consistency";

/**
 * "Consistency check" on the release editor: what in the structured fields the body does not back
 * up, each problem a link to its field. Server component: the page computes the problems.
 */
export function ConsistencyReport({ problems }: { problems: readonly ConsistencyProblem[] }) {
  return (
    <section aria-labelledby="consistency-heading" className="consistency-report">
      <h2 id="consistency-heading">Consistency check</h2>
      {problems.length === 0 ? (
        <p role="status">No problems found.</p>
      ) : (
        <>
          <p className="hint">
            The body does not back up {problems.length === 1 ? "this field" : "these fields"}. Submitting, scheduling
            and publishing need a fix or a reason to publish anyway.
          </p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}:${p.message}`}>
                <a href={`#${consistencyFieldId(p.field)}`}>{p.message}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
