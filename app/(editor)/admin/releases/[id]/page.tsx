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
import { can, WORKFLOW_PERMISSION } from "@/lib/auth/permissions";
import { listPersonNames } from "@/lib/dal/people";
import { getReleaseForEditor } from "@/lib/dal/releases";
import { now } from "@/lib/clock";
import { checkConsistency, consistencyInputOfRelease } from "@/lib/domain/consistency";
import { formatInZone, formatUtcOffset, instantToLocal } from "@/lib/domain/dateline";
import { availableActions, STATUS_LABEL, type WorkflowAction } from "@/lib/domain/workflow";
import { releaseToFormValues } from "@/lib/validation/release";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export const metadata: Metadata = { title: "Edit release" };

const SAVED: Record<string, string> = {
  draft: "Draft saved.",
  published: "Published: the release is live.",
  publish: "Published: the release is live.",
  unpublish: "Unpublished: the release is no longer public.",
  submit: "Submitted for review.",
  approve: "Approved.",
  reject: "Rejected: the writer sees your remark.",
  schedule: "Scheduled.",
  force_publish: "Force-published: flagged for a later review.",
  withdraw: "Withdrawn: readers see the withdrawal notice.",
  confirm_review: "Review confirmed: the force-publish flag is cleared.",
};

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function EditReleasePage({ params, searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const { id } = await params;
  const release = id.length <= 64 ? await getReleaseForEditor(id) : null;
  if (!release) notFound();
  const saved = SAVED[(await searchParams).saved ?? ""];
  const wf = release.workflow;

  // What this user may do now: the state machine on the edition being edited (and on the live one
  // for unpublish/withdraw), narrowed by the role's permissions.
  const permitted = (a: WorkflowAction) =>
    a !== "save" && a !== "publish_due" && can(user.role, WORKFLOW_PERMISSION[a]);
  const editionActions = availableActions({
    status: release.status,
    submittedById: wf.submittedById,
    actorId: user.id,
  }).filter((a) => a !== "unpublish" && a !== "withdraw" && a !== "confirm_review");
  const liveActions = wf.liveStatus
    ? availableActions({
        status: wf.liveStatus,
        submittedById: null,
        actorId: user.id,
        needsReview: wf.liveNeedsReview,
        forcePublishedById: wf.liveForcePublishedById,
      }).filter((a) => a === "unpublish" || a === "withdraw" || a === "confirm_review")
    : [];
  const actions = [...editionActions, ...liveActions].filter(permitted);
  const canPublish = actions.includes("publish");
  // Force-publish is for when the normal route (someone else's review) is not available.
  const panelActions = actions.filter((a) => a !== "publish" && !(a === "force_publish" && canPublish));
  // The same check as the submit/schedule/publish gate, on the stored edition.
  const problems = checkConsistency(
    consistencyInputOfRelease(release, release.status === "SCHEDULED" ? wf.publishAt : null),
    now(),
  );
  const tomorrow = instantToLocal(new Date(now().getTime() + 86_400_000), release.datelineOffsetMinutes);

  return (
    <>
      <div className="page-head">
        <h1>
          Edit release <span className={`badge ${release.status}`}>{release.status.toLowerCase()}</span>
        </h1>
        <nav aria-label="Release" className="inline-links">
          <Link href={`/admin/releases/${release.id}/history`}>History</Link>
          {wf.liveStatus === "PUBLISHED" || wf.liveStatus === "WITHDRAWN" ? (
            <Link href={`/releases/${release.slug}`} target="_blank">
              View public page
            </Link>
          ) : null}
        </nav>
      </div>
      {saved ? (
        <p className="notice ok" role="status">
          {saved}
        </p>
      ) : null}
      <p className="hint">
        Edition {release.editionNumber}, {STATUS_LABEL[release.status]} · last updated by {release.updatedByName ?? "—"}{" "}
        · address /releases/{release.slug}
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
            Scheduled for {formatInZone(wf.publishAt, wf.publishZone ?? formatUtcOffset(release.datelineOffsetMinutes))}{" "}
            ({wf.publishAt.toISOString()}). Embargoed: invisible to the public until then.
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
          initial={releaseToFormValues(release)}
          releaseId={release.id}
          version={release.version}
          canPublish={canPublish}
          correcting={release.liveEditionNumber !== null}
          autosaveOffReason={
            release.status === "SCHEDULED" ? "saving would cancel the schedule. Save draft when you mean to." : null
          }
          people={await listPersonNames()}
          askPublishAnywayReason={problems.length > 0}
        />
        <PreviewLinksSection releaseId={release.id} />
        <WorkflowPanel
          key={`wf-${release.version}`}
          releaseId={release.id}
          version={release.version}
          actions={panelActions}
          scheduleDefaults={{ ...tomorrow, zone: formatUtcOffset(release.datelineOffsetMinutes) }}
          askPublishAnywayReason={problems.length > 0}
        />
      </EditorVersionProvider>
    </>
  );
}
