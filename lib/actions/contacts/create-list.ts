"use server";

import { revalidatePath } from "next/cache";
import { createContactList } from "@/lib/dal/distribution/contacts";
import { listNameProblem } from "@/lib/domain/distribution/contacts-csv";
import { formString } from "@/lib/validation/form";
import { serverAction } from "../action";

export type ContactListFormState =
  | { status: "idle" }
  | { status: "created"; name: string }
  | { status: "invalid" | "error"; message: string; name: string };

/** "Create list" on /admin/contacts. */
export const createContactListAction = serverAction(
  {
    name: "createContactListAction",
    permission: "contacts.manage",
    failed: (message: string, _prev: ContactListFormState, form: FormData): ContactListFormState => ({
      status: "error",
      message,
      name: formString(form, "name").slice(0, 1_000),
    }),
  },
  async (user, _prev: ContactListFormState, form: FormData): Promise<ContactListFormState> => {
    const typed = formString(form, "name").slice(0, 1_000);
    const name = typed.trim().replace(/\s+/g, " ");
    const problem = listNameProblem(name);
    if (problem) return { status: "invalid", message: problem, name: typed };
    if (!(await createContactList(user, name)))
      return { status: "invalid", message: "A list with this name exists already", name: typed };
    revalidatePath("/admin/contacts");
    return { status: "created", name };
  },
);
