import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ReleaseImport } from "@/components/release-import";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Import release" };

export default async function ImportReleasePage() {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!can(user.role, "release.create")) redirect("/admin");
  return (
    <>
      <h1>Import release</h1>
      <p className="hint">
        Paste the text of a press release: the extractor proposes its structure, each value marked where it was found.
        Check, edit or drop each proposal, then create a draft.
      </p>
      <ReleaseImport />
    </>
  );
}
