"use server";

import { z } from "zod";
import { updateRelease } from "../../dal/releases";
import { CONFLICT_MESSAGE } from "../../validation/action-state";
import { releaseInputSchema } from "../../validation/release";
import { serverAction } from "../action";

export type AutosaveResult =
  { status: "saved"; version: number; savedAt: string } | { status: "invalid" | "conflict" | "error"; message: string };

const payloadSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  version: z.number().int().min(1),
  values: z.unknown(),
});

/** Autosave while typing: the same version-checked save as "Save draft", without the redirect. */
export const autosaveReleaseAction = serverAction<[unknown], AutosaveResult>(
  {
    name: "autosaveReleaseAction",
    permission: "release.save",
    failed: (message) => ({ status: "error", message }),
    release: (payload) => payloadSchema.safeParse(payload).data?.id ?? null,
  },
  async (user, payload) => {
    const parsed = payloadSchema.safeParse(payload);
    if (!parsed.success)
      return { status: "error", message: "The editor sent an incomplete autosave: reload the page." };
    const input = releaseInputSchema.safeParse(parsed.data.values);
    if (!input.success)
      return { status: "invalid", message: input.error.issues[0]?.message ?? "Some fields need attention" };

    const result = await updateRelease(user, parsed.data.id, parsed.data.version, input.data, { autosave: true });
    switch (result.status) {
      case "ok":
        return { status: "saved", version: result.version, savedAt: new Date().toISOString() };
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
