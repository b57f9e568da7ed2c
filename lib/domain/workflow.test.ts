import { describe, expect, it } from "vitest";
import {
  availableActions,
  decide,
  EDITION_STATUSES,
  WORKFLOW_ACTIONS,
  type EditionStatusValue,
  type WorkflowAction,
} from "./workflow";

const ME = "user-me";
const OTHER = "user-other";

// The whole table, written out by hand: [action, from] → to (absent = refused).
const EXPECTED: Record<WorkflowAction, Partial<Record<EditionStatusValue, EditionStatusValue>>> = {
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
  confirm_review: { PUBLISHED: "PUBLISHED" },
};

describe("workflow state machine, transition by transition", () => {
  for (const action of WORKFLOW_ACTIONS) {
    for (const from of EDITION_STATUSES) {
      const to = EXPECTED[action][from];
      it(`${action} from ${from} ${to ? `→ ${to}` : "is refused"}`, () => {
        const decision = decide(action, {
          status: from,
          actorId: ME,
          authorIds: [],
          submittedById: OTHER,
          needsReview: true,
          forcePublishedById: OTHER,
        });
        if (to) expect(decision).toEqual({ ok: true, to });
        else {
          expect(decision.ok).toBe(false);
          if (!decision.ok) expect(decision.message).toMatch(/cannot be/);
        }
      });
    }
  }
});

describe("two-person rule", () => {
  for (const action of ["approve", "publish", "schedule"] as const) {
    it(`the submitter cannot ${action} their own submission`, () => {
      const decision = decide(action, { status: "SUBMITTED", actorId: ME, authorIds: [], submittedById: ME });
      expect(decision).toEqual({ ok: false, message: expect.stringContaining("two-person rule") });
    });
  }
  it("the submitter may still reject (take back) their own submission", () => {
    expect(decide("reject", { status: "SUBMITTED", actorId: ME, authorIds: [], submittedById: ME })).toEqual({
      ok: true,
      to: "REJECTED",
    });
  });
  it("force-publish is not bound by it (it is flagged for review instead)", () => {
    expect(decide("force_publish", { status: "SUBMITTED", actorId: ME, authorIds: [], submittedById: ME })).toEqual({
      ok: true,
      to: "PUBLISHED",
    });
  });
  it("publishing a draft says to submit it for review first", () => {
    const decision = decide("publish", { status: "DRAFT", actorId: ME, authorIds: [], submittedById: null });
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.message).toContain("Submit it for review first");
  });
});

describe("review of a force-publish", () => {
  it("is for someone other than the admin who force-published", () => {
    expect(
      decide("confirm_review", {
        status: "PUBLISHED",
        actorId: ME,
        authorIds: [],
        submittedById: null,
        needsReview: true,
        forcePublishedById: ME,
      }).ok,
    ).toBe(false);
    expect(
      decide("confirm_review", {
        status: "PUBLISHED",
        actorId: OTHER,
        authorIds: [],
        submittedById: null,
        needsReview: true,
        forcePublishedById: ME,
      }),
    ).toEqual({ ok: true, to: "PUBLISHED" });
  });
  it("is refused when nothing is flagged", () => {
    expect(
      decide("confirm_review", {
        status: "PUBLISHED",
        actorId: OTHER,
        authorIds: [],
        submittedById: null,
        needsReview: false,
      }),
    ).toEqual({ ok: false, message: "This release does not need a review." });
  });
});

describe("availableActions", () => {
  it("offers a reviewer of a submitted release approve, reject, publish, schedule", () => {
    const actions = availableActions({ status: "SUBMITTED", actorId: ME, authorIds: [], submittedById: OTHER });
    expect(actions).toEqual(expect.arrayContaining(["approve", "reject", "publish", "schedule"]));
    expect(actions).not.toContain("submit");
    expect(actions).not.toContain("publish_due");
  });
  it("offers the submitter no approval or publication", () => {
    const actions = availableActions({ status: "SUBMITTED", actorId: ME, authorIds: [], submittedById: ME });
    expect(actions).not.toContain("approve");
    expect(actions).not.toContain("publish");
    expect(actions).not.toContain("schedule");
  });
});
