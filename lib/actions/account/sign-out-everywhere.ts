"use server";

import { redirect } from "next/navigation";
import { endAllSessions } from "../../auth/session";
import { recordAudit } from "../../dal/audit";
import { serverAction } from "../action";

export type SignOutEverywhereState = { status: "idle" } | { status: "error"; message: string };

/**
 * "Sign out everywhere" on /admin/account: every session of the signed-in user ends (a lost laptop,
 * a shared computer), this one included, so they sign in again here.
 */
export const signOutEverywhereAction = serverAction<[SignOutEverywhereState], SignOutEverywhereState>(
  {
    name: "signOutEverywhereAction",
    permission: "account.update",
    failed: (message) => ({ status: "error", message }),
  },
  async (user) => {
    const ended = await endAllSessions(user.id);
    await recordAudit({ action: "auth.sign_out_everywhere", actorId: user.id, detail: { sessions: ended } });
    redirect("/login");
  },
);
