import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ConsistencyReport } from "@/components/consistency-report";
import { EditorVersionProvider } from "@/components/editor-version";
import { PresenceIndicator } from "@/components/presence-indicator";
import { ReleaseForm } from "@/components/release-form";
import { WorkflowPanel } from "@/components/workflow-panel";
import { PreviewLinksSection } from "./preview-links/preview-links-section";
import { getSessionUser } from "@/lib/auth/session";
import { can, onlyOnOwnReleases, WORKFLOW_PERMISSION } from "@/lib/auth/permissions";
import { ReleaseAuthors } from "@/components/release-authors";
import { listPersonNames } from "@/lib/dal/people";
import { getReleaseAuthors, getReleaseForEditor, isReleaseAuthor } from "@/lib/dal/releases";
import { now } from "@/lib/clock";
import { checkConsistency, consistencyInputOfRelease } from "@/lib/domain/consistency";
import { formatInZone, formatUtcOffset, instantToLocal, scheduleOffsetOf } from "@/lib/domain/dateline";
import { authorshipRefusal, availableActions, STATUS_LABEL, type WorkflowAction } from "@/lib/domain/workflow";
import { workflowGuidance, workflowNotice } from "@/lib/domain/workflow-notice";
import { countActiveReviewers } from "@/lib/dal/users";
import { releaseToFormValues } from "@/lib/validation/release-form";
import { ReleaseTranslations } from "@/components/release-translations";
import { getTranslationFamily, originalChangesSince } from "@/lib/dal/releases/translations";
import { languageName } from "@/lib/domain/languages";
import { getTranslationOriginal } from "@/lib/dal/releases/translation-original";
import { alignFormToOriginal } from "@/lib/domain/translation-original";
import { hasUnsavedChanges } from "@/lib/domain/unsaved-changes";
import type { OriginalView } from "@/components/translation-original";
import { releasePath } from "@/lib/domain/release-path";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; why?: string }> };

export const metadata: Metadata = { title: "Edit release" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function EditReleasePage({ params, searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const { id } = await params;
  const release = id.length <= 64 ? await getReleaseForEditor(id) : null;
  if (!release) notFound();
  // Issue 11.7: a writer sees a release they are no author of, but cannot change it.
  const ownOnly = onlyOnOwnReleases(user.role, "release.save");
  if (ownOnly && !(await isReleaseAuthor(release.id, user.id))) {
    return (
      <>
        <h1>{release.headline}</h1>
        <p id="not-an-author" className="notice error" role="note">
          You are not an author of this release: writers edit only their own releases. An editor can add you to its
          Authors.
        </p>
        <p className="hint">
          Edition {release.editionNumber}, {STATUS_LABEL[release.status]} · address {releasePath(release)}
        </p>
      </>
    );
  }
  const authors = can(user.role, "release.authors") ? await getReleaseAuthors(release.id) : null;
  const { done, why } = await searchParams;
  const wf = release.workflow;
  const notice = workflowNotice(
    typeof done === "string" ? done : undefined,
    typeof why === "string" ? why : undefined,
    {
      status: release.status,
      liveStatus: wf.liveStatus,
      path: releasePath(release),
      publishAt: wf.publishAt,
      reviewRemark: wf.reviewRemark,
      approved: wf.approvedByName !== null,
      needsReview: wf.liveNeedsReview,
    },
  );

  // What this user may do now: the state machine on the edition being edited (and on the live one
  // for unpublish/withdraw), narrowed by the role's permissions.
  const permitted = (a: WorkflowAction) =>
    a !== "save" && a !== "publish_due" && can(user.role, WORKFLOW_PERMISSION[a]);
  const editionActions = availableActions({
    status: release.status,
    submittedById: wf.submittedById,
    authorIds: wf.reviewAuthorIds,
    actorId: user.id,
  }).filter((a) => a !== "unpublish" && a !== "withdraw" && a !== "confirm_review");
  const liveActions = wf.liveStatus
    ? availableActions({
        status: wf.liveStatus,
        submittedById: null,
        authorIds: [],
        actorId: user.id,
        needsReview: wf.liveNeedsReview,
        forcePublishedById: wf.liveForcePublishedById,
      }).filter((a) => a === "unpublish" || a === "withdraw" || a === "confirm_review")
    : [];
  const actions = [...editionActions, ...liveActions].filter(permitted);
  const canPublish = actions.includes("publish");
  // Force-publish is for when the normal route (someone else's review) is not available.
  const panelActions = actions.filter((a) => !(a === "force_publish" && canPublish));
  // Where an expected button (Approve, Schedule, Publish) is missing, one sentence says why.
  const mayReview = can(user.role, "release.publish");
  const guidance = workflowGuidance({
    status: release.status,
    mayReview,
    refusal: authorshipRefusal({ actorId: user.id, submittedById: wf.submittedById, authorIds: wf.reviewAuthorIds }),
    reviewers: mayReview ? await countActiveReviewers() : 0,
    mayForcePublish: actions.includes("force_publish"),
  });
  // The same check as the submit/schedule/publish gate, on the stored edition.
  const problems = checkConsistency(
    consistencyInputOfRelease(release, release.status === "SCHEDULED" ? wf.publishAt : null),
    now(),
  );
  // Issue 14: the release's language versions, and what changed in the original when it is outdated.
  const family = (await getTranslationFamily(release.id))!;
  const changes =
    family.outdated && family.sourceEdition !== null && family.original.liveEditionNumber !== null
      ? await originalChangesSince(family.original.id, family.sourceEdition, family.original.liveEditionNumber)
      : null;
  // Issue 14: a translation's form shows its original's words beside its fields, and the structure they
  // share (dateline instant, countries, rows, speakers) as the original has it.
  const original = release.translationOf ? await getTranslationOriginal(release.id) : null;
  const storedValues = releaseToFormValues(release);
  const aligned = original ? alignFormToOriginal(storedValues, original.values, original.speakerNames) : null;
  // The original's structure changed since the translation was saved: the form holds it unsaved, so a
  // workflow step saves it first and leaving asks.
  const structureChanged = aligned !== null && hasUnsavedChanges(storedValues, aligned.values);
  const originalView: OriginalView | null =
    original && aligned
      ? {
          language: original.language,
          ownLanguage: release.language,
          editionNumber: original.editionNumber,
          sourceEdition: original.sourceEdition,
          texts: original.texts,
          changes: original.changes,
          dropped: aligned.dropped,
          structureChanged,
        }
      : null;
  const scheduleOffset = scheduleOffsetOf(release.datelineOffsetMinutes);
  const tomorrow = instantToLocal(new Date(now().getTime() + 86_400_000), scheduleOffset);

  return (
    <>
      <div className="page-head">
        <h1>
          Edit release <span className={`badge ${release.status}`}>{release.status.toLowerCase()}</span>
        </h1>
        <nav aria-label="Release" className="inline-links">
          <Link href={`/admin/releases/${release.id}/history`}>History</Link>
          <Link href={`/admin/releases/${release.id}/distribution`}>Distribution</Link>
          {wf.liveStatus === "PUBLISHED" || wf.liveStatus === "WITHDRAWN" ? (
            <Link href={releasePath(release)} target="_blank">
              View public page
            </Link>
          ) : null}
        </nav>
      </div>
      {notice ? (
        <p id="workflow-notice" className={`notice ${notice.kind}`} role="status">
          {notice.text}
        </p>
      ) : null}
      <p className="hint">
        Edition {release.editionNumber}, {STATUS_LABEL[release.status]} · last updated by {release.updatedByName ?? "—"}{" "}
        · {languageName(release.language)} · address {releasePath(release)}
      </p>
      <ul className="workflow-facts">
        {wf.submittedByName && wf.submittedAt ? (
          <li>
            Submitted for review by {wf.submittedByName} on {when.format(wf.submittedAt)} UTC
            {wf.approvedByName ? `; approved by ${wf.approvedByName}` : ""}.
          </li>
        ) : null}
        {release.status === "REJECTED" && wf.reviewRemark ? (
          <li className="notice error" role="note" aria-label="Reviewer's remark">
            Rejected. Remark from the reviewer: {wf.reviewRemark}
          </li>
        ) : null}
        {release.status === "SCHEDULED" && wf.publishAt ? (
          <li>
            Scheduled for {formatInZone(wf.publishAt, wf.publishZone ?? formatUtcOffset(scheduleOffset))} (
            {wf.publishAt.toISOString()}). Embargoed: invisible to the public until then.
          </li>
        ) : null}
        {wf.liveNeedsReview && wf.forcePublishReason ? (
          <li className="notice error">
            Force-published without review. Reason: {wf.forcePublishReason}. Needs a review by someone else.
          </li>
        ) : null}
        {wf.liveStatus === "WITHDRAWN" ? <li>Withdrawn. Reason: {release.withdrawnReason}</li> : null}
      </ul>
      {release.liveEditionNumber !== null && release.liveEditionNumber !== release.editionNumber ? (
        <p className="notice ok" role="note">
          Readers see edition {release.liveEditionNumber} until this edition ({release.editionNumber}) is published.
        </p>
      ) : null}
      <PresenceIndicator releaseId={release.id} />
      <ConsistencyReport problems={problems} />
      {/* Keyed on the version: after a save the page starts again from what was stored. */}
      <EditorVersionProvider key={release.version} initial={release.version}>
        <ReleaseForm
          key={release.version}
          initial={aligned?.values ?? storedValues}
          stored={storedValues}
          releaseId={release.id}
          version={release.version}
          correcting={release.liveEditionNumber !== null}
          autosaveOffReason={
            release.status === "SCHEDULED" ? "saving would cancel the schedule. Save draft when you mean to." : null
          }
          people={await listPersonNames()}
          translationOf={release.translationOf?.language ?? null}
          original={originalView}
          // What the Media section shows of each file (not the variants' list).
          mediaFiles={release.media.map(({ variants: _v, placeholder: _p, url: _u, ...file }) => file)}
          workflow={
            <WorkflowPanel
              key={`wf-${release.version}`}
              releaseId={release.id}
              version={release.version}
              actions={panelActions}
              guidance={guidance}
              scheduleDefaults={{ ...tomorrow, zone: formatUtcOffset(scheduleOffset) }}
              askPublishAnywayReason={problems.length > 0}
              withdrawsTranslations={
                release.translationOf
                  ? []
                  : family.translations.filter((t) => t.live).map((t) => t.language.toUpperCase())
              }
            />
          }
        />
        <ReleaseTranslations releaseId={release.id} version={release.version} family={family} changes={changes} />
        <PreviewLinksSection releaseId={release.id} />
        {authors ? <ReleaseAuthors releaseId={release.id} authors={authors.authors} options={authors.options} /> : null}
      </EditorVersionProvider>
    </>
  );
}
