// The release aggregate's data access, along its seams: shape (DTOs), tx (transaction plumbing),
// read (editor reads), write (content saves), workflow (every status change, the one way to go live).
// Readers' reads are in lib/dal/public.
export type { AgreementDTO, PersonRef, QuoteDTO, ReleaseDTO, ReleaseListItem, WorkflowInfo } from "./shape";
export type { WriteResult } from "./tx";
export { getReleaseForEditor, listReleasesForEditors } from "./read";
export { createRelease, createReleaseOnce, updateRelease, type SaveOptions } from "./write";
export {
  forcePublishEdition,
  publishDueEditions,
  publishEdition,
  transitionRelease,
  type PublishOptions,
  type TransitionInput,
} from "./workflow";
export { getReleaseAuthors, isReleaseAuthor, setReleaseAuthors, type AuthorOption } from "./authors";
