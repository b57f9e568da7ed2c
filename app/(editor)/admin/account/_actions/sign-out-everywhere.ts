"use server";

import { redirect } from "next/navigation";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { endAllSessions } from "@/lib/auth/session";
import { recordAudit } from "@/lib/dal/audit";

export type SignOutEverywhereState = { status: "idle" } | { status: "error"; message: string };

/**
 * "Sign out everywhere" on /admin/account: every session of the signed-in user ends (a lost laptop,
 * a shared computer), this one included, so they sign in again here.
 */
export async function signOutEverywhereAction(_prev: SignOutEverywhereState): Promise<SignOutEverywhereState> {
  const result = await whenDatabaseDown(
    "signOutEverywhereAction",
    async (): Promise<SignOutEverywhereState | null> => {
      const auth = await authorizeAction("account.update");
      if (!auth.ok) return { status: "error", message: auth.message };
      const ended = await endAllSessions(auth.user.id);
      await recordAudit({ action: "auth.sign_out_everywhere", actorId: auth.user.id, detail: { sessions: ended } });
      return null;
    },
    (message): SignOutEverywhereState => ({ status: "error", message }),
  );
  if (result) return result;
  redirect("/login");
}
