"use server";

import { z } from "zod";
import { createReleaseOnce } from "../../dal/releases";
import { CONFLICT_MESSAGE } from "../../validation/action-state";
import { isCreationKey } from "../../validation/creation-key";
import { releaseInputSchema } from "../../validation/release";
import { serverAction } from "../action";

export type CreateDraftResult =
  | { status: "saved"; id: string; version: number; savedAt: string }
  | { status: "invalid" | "conflict" | "error"; message: string };

const payloadSchema = z.object({
  key: z.string().refine(isCreationKey),
  values: z.unknown(),
});

/**
 * The first autosave of a release that was never saved (issue 12.1): it creates the draft through the
 * same DAL create and the same validation as "Save draft", once per form (the form's key), and answers
 * the new release's id so the form carries on as its edit form. Later autosaves use
 * autosaveReleaseAction. A form that is not yet a valid draft gets "invalid": autosave waits.
 */
export const createDraftAction = serverAction<[unknown], CreateDraftResult>(
  {
    name: "createDraftAction",
    permission: "release.create",
    failed: (message) => ({ status: "error", message }),
  },
  async (user, payload) => {
    const parsed = payloadSchema.safeParse(payload);
    if (!parsed.success)
      return { status: "error", message: "The editor sent an incomplete autosave: reload the page." };
    const input = releaseInputSchema.safeParse(parsed.data.values);
    if (!input.success)
      return { status: "invalid", message: input.error.issues[0]?.message ?? "Some fields need attention" };

    const result = await createReleaseOnce(user, parsed.data.key, input.data, { autosave: true });
    switch (result.status) {
      case "ok":
        return { status: "saved", id: result.id, version: result.version, savedAt: new Date().toISOString() };
      case "conflict":
        return { status: "conflict", message: CONFLICT_MESSAGE };
      case "not_found":
        return { status: "error", message: "This release no longer exists." };
      case "refused":
      case "inconsistent":
        return { status: "error", message: result.message };
    }
  },
);
