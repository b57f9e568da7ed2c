import { env } from "@/lib/env";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ReleaseForm } from "@/components/release-form";
import { getSessionUser } from "@/lib/auth/session";
import { listPersonNames } from "@/lib/dal/people";
import { listIssuerMediaContacts } from "@/lib/dal/releases";
import { newReleaseFormValues } from "@/lib/validation/release-form";

export const metadata: Metadata = { title: "New release" };

export default async function NewReleasePage() {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const [people, issuerContacts] = await Promise.all([listPersonNames(), listIssuerMediaContacts()]);
  return (
    <>
      <h1>New release</h1>
      <ReleaseForm
        initial={newReleaseFormValues(undefined, env().DEFAULT_LANGUAGE)}
        people={people}
        issuerContacts={issuerContacts}
      />
    </>
  );
}
