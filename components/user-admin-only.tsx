/** Shown instead of a page a signed-in user's role does not allow (admins' pages by default). */
export function UserAdminOnly({ what, who = "admins" }: { what: string; who?: string }) {
  return (
    <>
      <h1>Not allowed</h1>
      <p className="notice error" role="alert">
        Only {who} can see {what}. Ask an admin if you need something changed.
      </p>
    </>
  );
}
