/** What can happen to a release that webhooks (and the outbox) hear about. */
export const RELEASE_EVENT_TYPES = [
  "release.published",
  "release.updated",
  "release.withdrawn",
  "release.unpublished",
] as const;
export type ReleaseEventType = (typeof RELEASE_EVENT_TYPES)[number];
