// The status tabs of the editor's releases list (/admin). A tab is a filter, not a partition: a
// published release with a newer draft edition is under Drafts (someone is working on it) and under
// Published (readers see it). lib/dal/releases/list.ts turns each tab into SQL.

export const RELEASE_TABS = ["all", "mine", "drafts", "review", "scheduled", "published", "withdrawn"] as const;
export type ReleaseTab = (typeof RELEASE_TABS)[number];

export const RELEASE_TAB_LABELS: Record<ReleaseTab, string> = {
  all: "All",
  mine: "Mine",
  drafts: "Drafts",
  review: "Awaiting review",
  scheduled: "Scheduled",
  published: "Published",
  withdrawn: "Withdrawn",
};

/** What each tab holds, in a sentence under the tabs. */
export const RELEASE_TAB_DESCRIPTIONS: Record<ReleaseTab, string> = {
  all: "every release, drafts included",
  mine: "releases you are an author of",
  drafts: "releases whose newest edition is a draft (rejected ones included)",
  review: "releases submitted for review, and force-published ones awaiting a review",
  scheduled: "releases scheduled for publication",
  published: "releases readers can see now",
  withdrawn: "withdrawn releases (their address shows the reason)",
};

export function isReleaseTab(value: string): value is ReleaseTab {
  return (RELEASE_TABS as readonly string[]).includes(value);
}

/**
 * The tab /admin opens on when the address names none: for those who do not review (writers), their own
 * releases; for reviewers (editors and admins), what awaits review when there is any, else everything.
 */
export function landingTab({ mayReview, awaitingReview }: { mayReview: boolean; awaitingReview: number }): ReleaseTab {
  if (!mayReview) return "mine";
  return awaitingReview > 0 ? "review" : "all";
}
