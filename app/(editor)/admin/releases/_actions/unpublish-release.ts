"use server";

import type { WorkflowActionState } from "@/lib/validation/workflow";
import { runTransition } from "./run-transition";

/** "Unpublish": the live edition leaves the public site; its URL answers 404 until published again. */
export async function unpublishReleaseAction(_prev: WorkflowActionState, form: FormData): Promise<WorkflowActionState> {
  return runTransition(form, "release.unpublish", () => ({ ok: true, step: { action: "unpublish" } }));
}
