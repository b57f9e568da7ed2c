"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  approveEmbargoSend,
  cancelEmbargoSend,
  EMBARGO_REFUSAL_MESSAGES,
  requestEmbargoSend,
} from "@/lib/dal/distribution/embargo";
import { formString } from "@/lib/validation/form";
import { serverAction } from "../action";

// The three steps of "Send under embargo" on a release's Distribution tab (lib/dal/distribution/embargo.ts).

export type EmbargoFormState =
  { status: "idle" } | { status: "done"; message: string } | { status: "error"; message: string; listIds: string[] };

const idOf = (form: FormData, name: string) => formString(form, name).slice(0, 64);
const listIdsOf = (form: FormData) => form.getAll("lists").map(String).slice(0, 100);
const failed = (message: string, _prev?: EmbargoFormState, form?: FormData): EmbargoFormState => ({
  status: "error",
  message,
  listIds: form ? listIdsOf(form) : [],
});
const refresh = (releaseId: string) => revalidatePath(`/admin/releases/${releaseId}/distribution`);

/** "Send under embargo": asks for the send; another editor approves it. */
export const requestEmbargoSendAction = serverAction(
  { name: "requestEmbargoSendAction", permission: "embargo.request", failed },
  async (user, _prev: EmbargoFormState, form: FormData): Promise<EmbargoFormState> => {
    const releaseId = idOf(form, "releaseId");
    const result = await requestEmbargoSend(user, releaseId, listIdsOf(form));
    if (!result.ok) return failed(EMBARGO_REFUSAL_MESSAGES[result.refusal], undefined, form);
    refresh(releaseId);
    return { status: "done", message: "Send requested: another editor must approve it before anything is sent." };
  },
);

/** "Approve send": the second person; the messages go out now. */
export const approveEmbargoSendAction = serverAction(
  { name: "approveEmbargoSendAction", permission: "embargo.approve", failed },
  async (user, _prev: EmbargoFormState, form: FormData): Promise<EmbargoFormState> => {
    const result = await approveEmbargoSend(user, idOf(form, "sendId"));
    if (!result.ok) return failed(EMBARGO_REFUSAL_MESSAGES[result.refusal]);
    // The row's buttons change with the send's state, so the outcome is said by the page (?done=). The
    // release is the send's own, never the form's (which a stale or crafted form could get wrong).
    refresh(result.releaseId);
    redirect(`/admin/releases/${result.releaseId}/distribution?done=approved&recipients=${result.recipients}`);
  },
);

/** "Cancel send": before approval, or to stop what is not sent yet. */
export const cancelEmbargoSendAction = serverAction(
  { name: "cancelEmbargoSendAction", permission: "embargo.request", failed },
  async (user, _prev: EmbargoFormState, form: FormData): Promise<EmbargoFormState> => {
    const result = await cancelEmbargoSend(user, idOf(form, "sendId"));
    if (!result.ok) return failed(EMBARGO_REFUSAL_MESSAGES[result.refusal]);
    refresh(result.releaseId);
    redirect(`/admin/releases/${result.releaseId}/distribution?done=cancelled`);
  },
);
