import { describe, expect, it } from "vitest";
import { decide } from "./workflow";
import { workflowGuidance, workflowNotice, type NoticeState } from "./workflow-notice";

const state = (over: Partial<NoticeState> = {}): NoticeState => ({
  status: "DRAFT",
  liveStatus: null,
  path: "/releases/a-release",
  publishAt: null,
  reviewRemark: null,
  approved: false,
  ...over,
});

describe("issue 10: the notice names the state the database holds", () => {
  it("never says live unless the edition is published", () => {
    // Whatever step the redirect names ("publish" included), a draft is reported as a draft.
    for (const done of ["draft", "publish", "submit"]) {
      const notice = workflowNotice(done, undefined, state());
      expect(notice?.text).toBe("Draft saved. Nothing is public at /releases/a-release.");
    }
    expect(workflowNotice("publish", undefined, state({ status: "PUBLISHED", liveStatus: "PUBLISHED" }))?.text).toBe(
      "Published: the release is live at /releases/a-release.",
    );
  });

  it("says what readers see while a correction is under way, and why a submit did not happen", () => {
    const correcting = state({ status: "SUBMITTED", liveStatus: "PUBLISHED" });
    expect(workflowNotice("submit", undefined, correcting)?.text).toContain(
      "Readers see the published edition at /releases/a-release.",
    );
    expect(workflowNotice("draft", "inconsistent", state())?.text).toMatch(/^Draft saved, not submitted/);
    expect(workflowNotice(undefined, undefined, state())).toBeNull();
  });
});

describe("issue 10: the two-person rule counts everyone who changed the edition since submission", () => {
  const base = { status: "SUBMITTED" as const, submittedById: "writer", authorIds: ["writer", "editor"] };

  it("refuses approve, schedule and publish to an editor who edited it after submission", () => {
    for (const action of ["approve", "schedule", "publish"] as const) {
      const decision = decide(action, { ...base, actorId: "editor" });
      expect(decision.ok).toBe(false);
      expect(!decision.ok && decision.message).toContain("You edited it after submission");
    }
  });

  it("lets a third person who only read it publish", () => {
    expect(decide("publish", { ...base, actorId: "reviewer" })).toEqual({ ok: true, to: "PUBLISHED" });
  });

  it("keeps force-publish as the admin's escape hatch", () => {
    expect(decide("force_publish", { ...base, actorId: "editor" }).ok).toBe(true);
  });
});

describe("issue 10: the panel says why a review button is missing", () => {
  const refusal = "You submitted this release, so another editor must approve and publish it (two-person rule).";

  it("one sentence for the submitter, and on a one-editor install how to go on", () => {
    expect(
      workflowGuidance({ status: "SUBMITTED", mayReview: true, refusal, reviewers: 3, mayForcePublish: false }),
    ).toBe("You submitted this release, so another editor must approve and publish it.");
    expect(
      workflowGuidance({ status: "SUBMITTED", mayReview: true, refusal, reviewers: 1, mayForcePublish: true }),
    ).toBe(
      "You submitted this release, so another editor must approve and publish it. You are the only editor: create a second editor in Users, or Force publish with a reason.",
    );
  });

  it("nothing when the buttons are there, and a pointer to Submit on a draft", () => {
    expect(
      workflowGuidance({ status: "SUBMITTED", mayReview: true, refusal: null, reviewers: 2, mayForcePublish: false }),
    ).toBeNull();
    expect(
      workflowGuidance({ status: "DRAFT", mayReview: true, refusal: null, reviewers: 2, mayForcePublish: false }),
    ).toBe("Submit it for review first: another editor then approves and publishes it.");
  });
});

describe("issue 10: a force-publish says so", () => {
  it("names the flag until someone else reviews it", () => {
    const live = state({ status: "PUBLISHED", liveStatus: "PUBLISHED", needsReview: true });
    expect(workflowNotice("force_publish", undefined, live)?.text).toBe(
      "Force-published: the release is live at /releases/a-release. It is flagged until someone else reviews it.",
    );
  });
});
