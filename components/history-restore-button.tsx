"use client";

import { useActionState } from "react";
import { restoreRevisionAction, type RestoreActionState } from "@/lib/actions/releases/restore";
import { visuallyHidden } from "./history-text-diff";

export interface HistoryRestoreButtonProps {
  releaseId: string;
  revisionId: string;
  revisionNumber: number;
  /** The release version the history page was loaded at: a stale one gets the conflict message. */
  version: number;
}

export function HistoryRestoreButton({ releaseId, revisionId, revisionNumber, version }: HistoryRestoreButtonProps) {
  const [state, action, pending] = useActionState<RestoreActionState, FormData>(restoreRevisionAction, {
    status: "idle",
  });
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="releaseId" value={releaseId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className="secondary" disabled={pending}>
        Restore<span style={visuallyHidden}> revision {revisionNumber}</span>
      </button>
      {state.status !== "idle" ? (
        <p className="notice error" role="alert" aria-label="Restore problem">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
