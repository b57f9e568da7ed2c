"use server";

import { revalidatePath } from "next/cache";
import { deleteContact, deleteContactList } from "@/lib/dal/distribution/contacts";
import type { ContactRowState } from "@/lib/validation/contacts";
import { formString } from "@/lib/validation/form";
import { serverAction } from "../action";

const failed = (message: string, _prev?: ContactRowState, _form?: FormData): ContactRowState => ({
  status: "error",
  message,
});

/** "Delete" on a contact of /admin/contacts (their past deliveries stay in the log). */
export const deleteContactAction = serverAction(
  { name: "deleteContactAction", permission: "contacts.manage", failed },
  async (user, _prev: ContactRowState, form: FormData): Promise<ContactRowState> => {
    const id = formString(form, "contactId").slice(0, 64);
    if (!id || !(await deleteContact(user, id))) return failed("This contact no longer exists.");
    revalidatePath("/admin/contacts");
    return { status: "idle" };
  },
);

/** "Delete list": the list goes, its members stay contacts. */
export const deleteContactListAction = serverAction(
  { name: "deleteContactListAction", permission: "contacts.manage", failed },
  async (user, _prev: ContactRowState, form: FormData): Promise<ContactRowState> => {
    const id = formString(form, "listId").slice(0, 64);
    if (!id || !(await deleteContactList(user, id))) return failed("This list no longer exists.");
    revalidatePath("/admin/contacts");
    return { status: "idle" };
  },
);
