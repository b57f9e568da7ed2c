"use server";

import { revalidatePath } from "next/cache";
import { contactEmailExists, upsertContacts } from "@/lib/dal/distribution/contacts";
import { contactProblem, normaliseContact } from "@/lib/domain/distribution/contacts-csv";
import type { ContactFormState, ContactFormValues } from "@/lib/validation/contacts";
import { formString } from "@/lib/validation/form";
import { serverAction } from "../action";

function valuesOf(form: FormData): ContactFormValues {
  return {
    name: formString(form, "name").slice(0, 1_000),
    outlet: formString(form, "outlet").slice(0, 1_000),
    email: formString(form, "email").slice(0, 1_000),
    languages: formString(form, "languages").slice(0, 1_000),
    beats: formString(form, "beats").slice(0, 2_000),
    lists: form.getAll("lists").map(String).slice(0, 50),
  };
}

/** Which field a contact problem is about (contactProblem's messages start with the field's name). */
function fieldOf(problem: string): string {
  const word = problem.split(/[\s"]/)[0]!.toLowerCase();
  if (word === "email" || word === "name" || word === "outlet") return word;
  if (word === "language") return "languages";
  if (word === "a" && problem.includes("beat")) return "beats";
  return "form";
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
    // The form's languages and beats are comma- or semicolon-separated, like a CSV cell.
    const contact = normaliseContact({
      ...values,
      languages: values.languages.replace(/,/g, ";"),
      beats: values.beats.replace(/,/g, ";"),
      lists: values.lists.join(";"),
    });
    const problem = contactProblem(contact);
    if (problem)
      return {
        status: "invalid",
        message: "Check the highlighted field.",
        fieldErrors: { [fieldOf(problem)]: problem },
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
