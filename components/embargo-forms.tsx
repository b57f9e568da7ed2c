"use client";

import { useActionState } from "react";
import type { EmbargoFormState } from "@/lib/actions/embargo/send";

type Action = (prev: EmbargoFormState, form: FormData) => Promise<EmbargoFormState>;

function Outcome({ state }: { state: EmbargoFormState }) {
  if (state.status === "done")
    return (
      <p className="notice" role="status">
        {state.message}
      </p>
    );
  if (state.status === "error")
    return (
      <p className="notice error" role="alert">
        {state.message}
      </p>
    );
  return null;
}

/** "Send under embargo": the lists to send the scheduled release to. */
export function EmbargoRequestForm({
  action,
  releaseId,
  lists,
}: {
  action: Action;
  releaseId: string;
  lists: Array<{ id: string; name: string; members: number }>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as EmbargoFormState);
  const chosen = state.status === "error" ? state.listIds : [];
  return (
    <form action={formAction} key={state.status === "done" ? state.message : "form"}>
      <Outcome state={state} />
      <input type="hidden" name="releaseId" value={releaseId} />
      <fieldset>
        <legend>Lists</legend>
        {lists.map((l) => (
          <label key={l.id}>
            <input type="checkbox" name="lists" value={l.id} defaultChecked={chosen.includes(l.id)} /> {l.name} (
            {l.members} {l.members === 1 ? "contact" : "contacts"})
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={pending}>
        Send under embargo
      </button>
    </form>
  );
}

/** "Approve send" / "Cancel send" on a send of the Distribution tab. */
export function EmbargoSendButton({
  action,
  releaseId,
  sendId,
  label,
}: {
  action: Action;
  releaseId: string;
  sendId: string;
  label: "Approve send" | "Cancel send";
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as EmbargoFormState);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="releaseId" value={releaseId} />
      <input type="hidden" name="sendId" value={sendId} />
      <button type="submit" className={label === "Cancel send" ? "secondary" : undefined} disabled={pending}>
        {label}
      </button>
      <Outcome state={state} />
    </form>
  );
}
