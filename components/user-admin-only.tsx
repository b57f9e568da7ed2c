/** Shown instead of an admin-only page to a signed-in user whose role does not allow it. */
export function UserAdminOnly({ what }: { what: string }) {
  return (
    <>
      <h1>Not allowed</h1>
      <p className="notice error" role="alert">
        Only admins can see {what}. Ask an admin if you need something changed.
      </p>
    </>
  );
}
