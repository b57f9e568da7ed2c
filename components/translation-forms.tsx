"use client";

import { useActionState } from "react";
import { addTranslationAction, type AddTranslationState } from "@/lib/actions/releases/add-translation";
import { confirmTranslationAction } from "@/lib/actions/releases/confirm-translation";
import type { WorkflowActionState } from "@/lib/validation/workflow";

/** "Add translation": choose "Language", then the new translation opens in the editor (issue 14). */
export function AddTranslationForm({
  releaseId,
  choices,
}: {
  releaseId: string;
  choices: ReadonlyArray<{ code: string; name: string }>;
}) {
  const [state, formAction, pending] = useActionState<AddTranslationState, FormData>(addTranslationAction, {
    status: "idle",
  });
  const error = state.status === "error" ? state : null;
  return (
    <form action={formAction} className="add-translation">
      <input type="hidden" name="releaseId" value={releaseId} />
      <label htmlFor="translation-language">Language</label>
      <select
        id="translation-language"
        name="language"
        defaultValue={error?.language ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "translation-language-error" : undefined}
        required
      >
        <option value="" disabled>
          Choose a language
        </option>
        {choices.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name} ({c.code})
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={pending}>
        Add translation
      </button>
      {error ? (
        <p id="translation-language-error" className="field-error" role="alert">
          {error.message}
          {error.existingId ? (
            <>
              {" "}
              <a href={`/admin/releases/${error.existingId}`}>Open it</a>
            </>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}

/** "Mark as up to date": the translator checked the original's changes (issue 14). */
export function ConfirmTranslationForm({ releaseId, version }: { releaseId: string; version: number }) {
  const [state, formAction, pending] = useActionState<WorkflowActionState, FormData>(confirmTranslationAction, {
    status: "idle",
  });
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={releaseId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className="secondary" disabled={pending}>
        Mark as up to date
      </button>
      {state.status !== "idle" && "message" in state ? (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
