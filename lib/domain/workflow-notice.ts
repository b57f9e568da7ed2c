// What the editor page says after a button, and why a button is missing: worded from the state the
// database holds now, never from what the button hoped to do (a "live" that is not live is the worst
// message a press office can get).
import type { EditionStatusValue } from "./workflow";

export interface NoticeState {
  status: EditionStatusValue;
  liveStatus: EditionStatusValue | null;
  /** The public address (lib/domain/release-path.ts). */
  path: string;
  publishAt: Date | null;
  reviewRemark: string | null;
  approved: boolean;
  /** The live edition was force-published and awaits someone else's review. */
  needsReview?: boolean;
}

export type Notice = { kind: "ok" | "error"; text: string };

const utc = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The notice after `done` (the step's name in the redirect); null for an unknown step. */
export function workflowNotice(done: string | undefined, why: string | undefined, s: NoticeState): Notice | null {
  if (!done) return null;
  const address = s.path;
  const live = s.liveStatus === "PUBLISHED";
  const publicNow = live ? `Readers see the published edition at ${address}.` : `Nothing is public at ${address}.`;
  if (why === "inconsistent")
    return {
      kind: "error",
      text: `Draft saved, not submitted: the consistency check found problems (listed below). Fix them, or submit from the workflow panel with a reason. ${publicNow}`,
    };
  if (why === "refused") return { kind: "error", text: `Draft saved, not submitted. ${publicNow}` };

  switch (s.status) {
    case "DRAFT":
      return { kind: "ok", text: `Draft saved. ${publicNow}` };
    case "SUBMITTED":
      return {
        kind: "ok",
        text: s.approved
          ? `Approved. It is not public yet: an editor publishes or schedules it. ${publicNow}`
          : `Submitted for review. Another editor approves and publishes it. ${publicNow}`,
      };
    case "REJECTED":
      return {
        kind: "ok",
        text: `Rejected: it is back with its writer${s.reviewRemark ? " with your remark" : ""}. ${publicNow}`,
      };
    case "SCHEDULED":
      return {
        kind: "ok",
        text: `Scheduled. It goes live on ${s.publishAt ? `${utc.format(s.publishAt)} UTC` : "its scheduled time"} at ${address}. ${publicNow}`,
      };
    case "PUBLISHED":
      return s.needsReview
        ? {
            kind: "ok",
            text: `Force-published: the release is live at ${address}. It is flagged until someone else reviews it.`,
          }
        : { kind: "ok", text: `Published: the release is live at ${address}.` };
    case "UNPUBLISHED":
      return { kind: "ok", text: `Unpublished: ${address} is no longer public.` };
    case "WITHDRAWN":
      return { kind: "ok", text: `Withdrawn: readers see the withdrawal notice at ${address}.` };
    case "SUPERSEDED":
      return null;
  }
}

/**
 * One sentence for the panel when an expected review button is missing, or null. `refusal` is the
 * state machine's authorship reason; `reviewers` the number of active editors and admins.
 */
export function workflowGuidance(input: {
  status: EditionStatusValue;
  mayReview: boolean;
  refusal: string | null;
  reviewers: number;
  mayForcePublish: boolean;
}): string | null {
  const { status, mayReview, refusal, reviewers, mayForcePublish } = input;
  if (status !== "SUBMITTED" && status !== "SCHEDULED") {
    if ((status === "DRAFT" || status === "REJECTED") && mayReview)
      return "Submit it for review first: another editor then approves and publishes it.";
    return null;
  }
  if (!mayReview) return "An editor approves and publishes it.";
  if (!refusal) return null;
  const alone =
    reviewers < 2
      ? mayForcePublish
        ? " You are the only editor: create a second editor in Users, or Force publish with a reason."
        : " You are the only editor: ask an admin to create a second editor in Users."
      : "";
  return `${refusal.replace(/ \(two-person rule\)\.$/, ".")}${alone}`;
}
