import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountPasswordForm } from "@/components/account-password-form";
import { SignOutEverywhereForm } from "@/components/sign-out-everywhere-form";
import { getSessionUser } from "@/lib/auth/session";
import { needsPasswordChange } from "@/lib/dal/users";
import { ROLE_LABELS, type SearchParams } from "@/lib/validation/user";

export const metadata: Metadata = { title: "Your account" };

type Props = { searchParams: Promise<SearchParams> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const mustChange = await needsPasswordChange(user.id);
  const changedParam = (await searchParams).changed;
  const changed = typeof changedParam === "string" && /^[a-z0-9]{1,12}$/.test(changedParam) ? changedParam : null;

  return (
    <>
      <h1>Your account</h1>
      {mustChange ? (
        <p className="notice error" role="status">
          Choose a new password to continue
        </p>
      ) : null}
      {changed && !mustChange ? (
        <p className="notice ok" role="status">
          Password changed
        </p>
      ) : null}
      <table className="data" style={{ maxWidth: "32rem" }}>
        <tbody>
          <tr>
            <th scope="row">Name</th>
            <td>{user.name}</td>
          </tr>
          <tr>
            <th scope="row">Email</th>
            <td>{user.email}</td>
          </tr>
          <tr>
            <th scope="row">Role</th>
            <td>{ROLE_LABELS[user.role]}</td>
          </tr>
        </tbody>
      </table>
      <h2>Change password</h2>
      <div style={{ maxWidth: "32rem" }}>
        {/* Remounted after a change, so the saved passwords do not linger in the fields. */}
        <AccountPasswordForm key={changed ?? "form"} />
      </div>
      <h2>Sessions</h2>
      <div style={{ maxWidth: "32rem" }}>
        <SignOutEverywhereForm />
      </div>
    </>
  );
}
