import type { ReleaseActionState } from "@/lib/validation/action-state";
import { TOO_LARGE_MESSAGE } from "@/lib/validation/request-size";

/**
 * The release form's status line: why the last save did not go through (too large, invalid, a
 * conflict: then with the typed text to copy and a link to the newer version). Live, so it is read out.
 */
export function SaveProblem({
  tooLarge,
  state,
  currentId,
  unsavedText,
}: {
  tooLarge: boolean;
  state: ReleaseActionState;
  currentId: string | undefined;
  unsavedText: string;
}) {
  return (
    <div id="form-status" aria-live="polite">
      {tooLarge ? (
        <div className="notice error" role="alert" aria-label="Save problem">
          <p style={{ margin: 0 }}>{TOO_LARGE_MESSAGE}</p>
        </div>
      ) : state.status !== "idle" && state.status !== "saved" ? (
        <div className="notice error" role="alert" aria-label="Save problem">
          <p style={{ margin: 0 }}>{state.message}</p>
          {state.status === "conflict" ? (
            <p style={{ margin: ".5rem 0 0" }}>
              Your text is still in the form below. Copy what you need, then{" "}
              <a href={currentId ? `/admin/releases/${currentId}` : "/admin"} target="_blank" rel="noreferrer">
                open the newer version
              </a>{" "}
              in a new tab.
            </p>
          ) : null}
          {state.status === "conflict" ? (
            <details open>
              <summary>Your unsaved text</summary>
              <textarea readOnly aria-label="Your unsaved text" rows={6} value={unsavedText} />
            </details>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
