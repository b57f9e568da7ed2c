// The editorial workflow as an explicit state machine over one edition's status (after GOV.UK
// Whitehall). Pure: the DAL asks `decide` before every transition and applies the answer in the
// same transaction as the change.
//
//   DRAFT ──submit──▶ SUBMITTED ──publish──▶ PUBLISHED ──unpublish──▶ UNPUBLISHED ──save──▶ DRAFT
//     ▲                 │  │ └──schedule──▶ SCHEDULED ──due / publish──▶ PUBLISHED ──withdraw──▶ WITHDRAWN
//     └──save── REJECTED ◀┘reject                          PUBLISHED ──(a newer edition goes live)──▶ SUPERSEDED
//   force_publish (ADMIN, with a reason): DRAFT | SUBMITTED | REJECTED | SCHEDULED ──▶ PUBLISHED,
//   flagged until someone else confirms the review (confirm_review: PUBLISHED ──▶ PUBLISHED)

export const EDITION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "REJECTED",
  "SCHEDULED",
  "PUBLISHED",
  "SUPERSEDED",
  "UNPUBLISHED",
  "WITHDRAWN",
] as const;
export type EditionStatusValue = (typeof EDITION_STATUSES)[number];

export const WORKFLOW_ACTIONS = [
  "save",
  "submit",
  "approve",
  "reject",
  "publish",
  "schedule",
  "publish_due",
  "force_publish",
  "unpublish",
  "withdraw",
  "confirm_review",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export interface WorkflowContext {
  status: EditionStatusValue;
  actorId: string;
  /** Who submitted this edition for review, if anyone. */
  submittedById: string | null;
  /**
   * The review's authors: the submitter and everyone who saved a change to the edition since it was
   * submitted. None of them may approve, schedule or publish it (two-person rule): the reviewer must
   * be someone who only read the text that goes out.
   */
  authorIds: readonly string[];
  /** A force-published edition awaiting someone else's review, and who force-published it. */
  needsReview?: boolean;
  forcePublishedById?: string | null;
}

export type Decision = { ok: true; to: EditionStatusValue } | { ok: false; message: string };

const LABEL: Record<EditionStatusValue, string> = {
  DRAFT: "a draft",
  SUBMITTED: "submitted for review",
  REJECTED: "rejected",
  SCHEDULED: "scheduled",
  PUBLISHED: "published",
  SUPERSEDED: "superseded by a newer edition",
  UNPUBLISHED: "unpublished",
  WITHDRAWN: "withdrawn",
};

/** Where each action may start from, and where it leads. */
const TRANSITIONS: Record<WorkflowAction, Partial<Record<EditionStatusValue, EditionStatusValue>>> = {
  // Editing a published edition starts a new DRAFT edition (the DAL creates it); a scheduled one
  // loses its schedule, so nothing goes out that nobody reviewed.
  save: {
    DRAFT: "DRAFT",
    REJECTED: "DRAFT",
    SUBMITTED: "SUBMITTED",
    SCHEDULED: "DRAFT",
    UNPUBLISHED: "DRAFT",
    PUBLISHED: "DRAFT",
  },
  submit: { DRAFT: "SUBMITTED", REJECTED: "SUBMITTED", UNPUBLISHED: "SUBMITTED" },
  approve: { SUBMITTED: "SUBMITTED" },
  reject: { SUBMITTED: "REJECTED", SCHEDULED: "REJECTED" },
  publish: { SUBMITTED: "PUBLISHED", SCHEDULED: "PUBLISHED" },
  schedule: { SUBMITTED: "SCHEDULED", SCHEDULED: "SCHEDULED" },
  publish_due: { SCHEDULED: "PUBLISHED" },
  force_publish: {
    DRAFT: "PUBLISHED",
    SUBMITTED: "PUBLISHED",
    REJECTED: "PUBLISHED",
    SCHEDULED: "PUBLISHED",
    UNPUBLISHED: "PUBLISHED",
  },
  unpublish: { PUBLISHED: "UNPUBLISHED" },
  withdraw: { PUBLISHED: "WITHDRAWN" },
  // The later review of a force-published edition: it stays live, the flag is cleared.
  confirm_review: { PUBLISHED: "PUBLISHED" },
};

const VERB: Record<WorkflowAction, string> = {
  save: "edited",
  submit: "submitted for review",
  approve: "approved",
  reject: "rejected",
  publish: "published",
  schedule: "scheduled",
  publish_due: "published on schedule",
  force_publish: "force-published",
  unpublish: "unpublished",
  withdraw: "withdrawn",
  confirm_review: "marked as reviewed",
};

/** Actions the two-person rule applies to: no author of the edition may approve or publish it. */
const NEEDS_SECOND_PERSON: ReadonlySet<WorkflowAction> = new Set(["approve", "publish", "schedule"]);

export function decide(action: WorkflowAction, ctx: WorkflowContext): Decision {
  const to = TRANSITIONS[action][ctx.status];
  if (!to) {
    const hint =
      (action === "publish" || action === "schedule") && (ctx.status === "DRAFT" || ctx.status === "REJECTED")
        ? " Submit it for review first: another editor approves and publishes it."
        : "";
    return { ok: false, message: `This release is ${LABEL[ctx.status]}, so it cannot be ${VERB[action]}.${hint}` };
  }
  if (action === "confirm_review") {
    if (!ctx.needsReview) return { ok: false, message: "This release does not need a review." };
    if (ctx.forcePublishedById === ctx.actorId) {
      return { ok: false, message: "You force-published this release, so someone else must review it." };
    }
  }
  if (NEEDS_SECOND_PERSON.has(action)) {
    const refusal = authorshipRefusal(ctx);
    if (refusal) return { ok: false, message: refusal };
  }
  return { ok: true, to };
}

/** Why this actor may not review the edition (one sentence), or null when they may. */
export function authorshipRefusal(
  ctx: Pick<WorkflowContext, "actorId" | "submittedById" | "authorIds">,
): string | null {
  if (ctx.submittedById === ctx.actorId) {
    return "You submitted this release, so another editor must approve and publish it (two-person rule).";
  }
  if (ctx.authorIds.includes(ctx.actorId)) {
    return "You edited it after submission, so another editor must approve and publish it (two-person rule).";
  }
  return null;
}

/** The actions a person could take now, for showing only the buttons that can work. */
export function availableActions(ctx: WorkflowContext): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => action !== "publish_due" && decide(action, ctx).ok);
}

export const STATUS_LABEL = LABEL;
