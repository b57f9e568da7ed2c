"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setReleaseAuthors } from "../../dal/releases";
import { formString } from "../../validation/form";
import { serverAction } from "../action";

export type AuthorsState = { status: "idle" } | { status: "error"; message: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** "Save authors" on the release editor: which writers may edit, submit and preview this release. */
export const setReleaseAuthorsAction = serverAction<[AuthorsState, FormData], AuthorsState>(
  {
    name: "setReleaseAuthorsAction",
    permission: "release.authors",
    failed: (message) => ({ status: "error", message }),
  },
  async (user, _prev, form) => {
    const releaseId = formString(form, "releaseId");
    const userIds = form.getAll("authors").filter((v): v is string => typeof v === "string" && ID.test(v));
    if (!ID.test(releaseId) || userIds.length > 200)
      return { status: "error", message: "The form is incomplete: reload the page." };
    const result = await setReleaseAuthors(user, releaseId, userIds);
    if (result.status === "not_found") return { status: "error", message: "This release no longer exists." };
    revalidatePath(`/admin/releases/${releaseId}`);
    redirect(`/admin/releases/${releaseId}`);
  },
);
