"use server";

import { transitionRelease } from "../../dal/releases";
import { workflowStep } from "./workflow-step";

/** "Unpublish": the release leaves every public surface (its URL answers 404). */
export const unpublishReleaseAction = workflowStep("unpublishReleaseAction", "release.unpublish", "unpublish", () => ({
  ok: true,
  run: (user, id, version, at) => transitionRelease(user, id, version, { action: "unpublish" }, at),
}));
