import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ReleaseForm } from "@/components/release-form";
import { UnpublishButton } from "@/components/unpublish-button";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listPersonNames } from "@/lib/dal/people";
import { getReleaseForEditor } from "@/lib/dal/releases";
import { releaseToFormValues } from "@/lib/validation/release";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export const metadata: Metadata = { title: "Edit release" };

const SAVED: Record<string, string> = {
  draft: "Draft saved.",
  published: "Published: the release is live.",
  unpublished: "Unpublished: the release is no longer public.",
};

export default async function EditReleasePage({ params, searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const { id } = await params;
  const release = id.length <= 64 ? await getReleaseForEditor(id) : null;
  if (!release) notFound();
  const saved = SAVED[(await searchParams).saved ?? ""];
  const mayPublish = can(user.role, "release.publish");

  return (
    <>
      <div className="page-head">
        <h1>
          Edit release <span className={`badge ${release.status}`}>{release.status.toLowerCase()}</span>
        </h1>
        {release.liveEditionNumber !== null ? (
          <Link href={`/releases/${release.slug}`} target="_blank">View public page</Link>
        ) : null}
      </div>
      {saved ? (
        <p className="notice ok" role="status">
          {saved}
        </p>
      ) : null}
      <p className="hint">
        Edition {release.editionNumber} · last updated by {release.updatedByName ?? "—"} · address /releases/{release.slug}
      </p>
      {release.liveEditionNumber !== null && release.liveEditionNumber !== release.editionNumber ? (
        <p className="notice ok" role="note">
          Readers see edition {release.liveEditionNumber} until this edition ({release.editionNumber}) is published.
        </p>
      ) : null}
      {/* Keyed on the version: after a save the form starts again from what was stored. */}
      <ReleaseForm
        key={release.version}
        initial={releaseToFormValues(release)}
        releaseId={release.id}
        version={release.version}
        canPublish={mayPublish}
        people={await listPersonNames()}
      />
      {release.liveEditionNumber !== null && mayPublish ? <UnpublishButton releaseId={release.id} version={release.version} /> : null}
    </>
  );
}
