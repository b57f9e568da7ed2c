"use client";

import { useActionState } from "react";
import { unpublishReleaseAction, type StatusActionState } from "@/app/(editor)/admin/releases/_actions/unpublish-release";

export function UnpublishButton({ releaseId, version }: { releaseId: string; version: number }) {
  const [state, action, pending] = useActionState<StatusActionState, FormData>(unpublishReleaseAction, { status: "idle" });
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={releaseId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className="danger" disabled={pending}>
        Unpublish
      </button>
      {state.status !== "idle" ? (
        <p className="notice error" role="alert" aria-label="Unpublish problem">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
