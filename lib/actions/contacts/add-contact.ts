"use server";

import { revalidatePath } from "next/cache";
import { contactEmailExists, upsertContacts } from "@/lib/dal/distribution/contacts";
import { contactProblem } from "@/lib/domain/distribution/contacts-csv";
import { contactFromForm, type ContactFormState, type ContactFormValues } from "@/lib/validation/contacts";
import { formString } from "@/lib/validation/form";
import { serverAction } from "../action";

function valuesOf(form: FormData): ContactFormValues {
  return {
    name: formString(form, "name").slice(0, 1_000),
    outlet: formString(form, "outlet").slice(0, 1_000),
    email: formString(form, "email").slice(0, 1_000),
    languages: formString(form, "languages").slice(0, 1_000),
    beats: formString(form, "beats").slice(0, 2_000),
    lists: form
      .getAll("lists")
      .slice(0, 50)
      .map((v) => String(v).slice(0, 1_000)),
  };
}

/** "Add contact" on /admin/contacts. */
export const addContactAction = serverAction(
  {
    name: "addContactAction",
    permission: "contacts.manage",
    failed: (message: string, _prev: ContactFormState, form: FormData): ContactFormState => ({
      status: "error",
      message,
      fieldErrors: {},
      values: valuesOf(form),
    }),
  },
  async (user, _prev: ContactFormState, form: FormData): Promise<ContactFormState> => {
    const values = valuesOf(form);
    const contact = contactFromForm(values);
    const problem = contactProblem(contact);
    if (problem)
      return {
        status: "invalid",
        message: "Check the highlighted field.",
        fieldErrors: { [problem.field]: problem.message },
        values,
      };
    if (await contactEmailExists(contact.email))
      return {
        status: "invalid",
        message: "Check the highlighted field.",
        fieldErrors: { email: "A contact with this address exists already" },
        values,
      };
    await upsertContacts(user, [contact], "form");
    revalidatePath("/admin/contacts");
    return { status: "added", email: contact.email };
  },
);
