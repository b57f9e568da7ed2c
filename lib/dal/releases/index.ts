// The release aggregate's data access, along its seams: shape (DTOs), tx (transaction plumbing),
// read (editor reads), list (the editor's releases list), write (content saves), workflow (every status change, the one way to go live).
// Readers' reads are in lib/dal/public.
export type { AgreementDTO, PersonRef, QuoteDTO, ReleaseDTO, ReleaseListItem, WorkflowInfo } from "./shape";
export type { WriteResult } from "./tx";
export { getNewestEditionId, getReleaseForEditor, listIssuerMediaContacts } from "./read";
export { listEditorListChoices, listReleasesForEditors, type EditorReleaseCounts, type EditorReleaseRow } from "./list";
export { createRelease, createReleaseOnce, updateRelease, type SaveOptions } from "./write";
export {
  forcePublishEdition,
  publishDueEditions,
  publishEdition,
  transitionRelease,
  type PublishOptions,
  type TransitionInput,
} from "./workflow";
export { renderStaleBodies } from "./body-html";
export { ensureShareImage, renderStaleShareImages, retireStaleShareImages } from "./share-image";
export { getReleaseAuthors, isReleaseAuthor, setReleaseAuthors, type AuthorOption } from "./authors";
