import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MediaDeleteForm, MediaReplaceForm, MediaRetryForm } from "@/components/media-library-actions";
import { deleteMediaAction } from "@/lib/actions/media/delete";
import { replaceMediaAction } from "@/lib/actions/media/replace";
import { retryMediaVariantsAction } from "@/lib/actions/media/retry";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { getMediaUsages, searchMediaAssets, type LibraryAssetDTO, type MediaUsageDTO } from "@/lib/dal/media/library";
import { TYPES } from "@/lib/domain/media/sniff";
import { parseMediaLibraryQuery } from "@/lib/validation/media-library";

// The media library (issue 13): every uploaded image and document, where it is used, search by the
// words of its uses (a plain GET form, no script needed), replace everywhere, delete when unused.

export const metadata: Metadata = { title: "Media" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function typeLabel(mime: string, kind: LibraryAssetDTO["kind"]): string {
  const known = Object.values(TYPES).find((t) => t.mime === mime);
  return known
    ? known.label.replace(/^an? /, "").replace(/^./, (c) => c.toUpperCase())
    : kind === "IMAGE"
      ? "Image"
      : "Document";
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const STATUS_TEXT = {
  READY: "Ready",
  PENDING: "Converting (the variants appear within a minute)",
  FAILED: "Conversion failed",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MediaLibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  // The page forgives what the JSON route refuses: a bad parameter shows everything, with a note.
  const parsed = parseMediaLibraryQuery(params);
  const query = parsed.ok ? parsed.query : { q: "", kind: null, take: 24, cursor: null };
  const page = await searchMediaAssets(query);
  const usages = await getMediaUsages(page.items.map((a) => a.id));
  const mayReplace = can(user.role, "media.replace");
  const mayDelete = can(user.role, "media.delete");
  const deleted = typeof raw.deleted === "string" ? raw.deleted.slice(0, 200) : null;
  const olderHref = page.nextCursor
    ? `/admin/media?${new URLSearchParams({
        ...(query.q ? { q: query.q } : {}),
        ...(query.kind ? { kind: query.kind.toLowerCase() } : {}),
        cursor: page.nextCursor,
      })}`
    : null;

  return (
    <>
      <h1>Media</h1>
      <p>
        Every image and document uploaded for a release, newest first, with where it is used. Files are added on a
        release&apos;s form.{" "}
        {mayReplace || mayDelete ? null : "Only editors and administrators replace or delete files."}
      </p>
      {deleted ? (
        <p className="notice ok" role="status">
          Deleted {deleted}.
        </p>
      ) : null}
      {!parsed.ok ? (
        <p className="notice error" role="alert">
          {parsed.message} Showing every file instead.
        </p>
      ) : null}
      <form role="search" action="/admin/media" method="get" className="media-search">
        <div className="field">
          <label htmlFor="media-q">Search media</label>
          <input
            id="media-q"
            name="q"
            type="search"
            maxLength={200}
            defaultValue={query.q}
            aria-describedby="media-q-hint"
          />
          <p className="hint" id="media-q-hint">
            Captions, credits, alt texts, attachment titles and file names.
          </p>
        </div>
        <div className="field">
          <label htmlFor="media-kind">Type</label>
          <select id="media-kind" name="kind" defaultValue={query.kind?.toLowerCase() ?? ""}>
            <option value="">Images and documents</option>
            <option value="image">Images</option>
            <option value="attachment">Documents</option>
          </select>
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {page.items.length === 0 ? (
        <p>{query.q ? `Nothing matches “${query.q}”.` : "No files yet."}</p>
      ) : (
        <ul className="media-library">
          {page.items.map((asset) => (
            <li key={asset.id}>
              <MediaCard
                asset={asset}
                usages={usages.get(asset.id) ?? []}
                q={query.q}
                mayReplace={mayReplace}
                mayDelete={mayDelete}
              />
            </li>
          ))}
        </ul>
      )}
      {olderHref ? (
        <p>
          <Link href={olderHref}>Older files</Link>
        </p>
      ) : null}
    </>
  );
}

function MediaCard({
  asset,
  usages,
  q,
  mayReplace,
  mayDelete,
}: {
  asset: LibraryAssetDTO;
  usages: MediaUsageDTO[];
  q: string;
  mayReplace: boolean;
  mayDelete: boolean;
}) {
  const nameId = `media-${asset.id}-name`;
  return (
    <article className="media-card" aria-labelledby={nameId}>
      <div className="media-thumb">
        {asset.thumbnail ? (
          // The team's thumbnail route (a draft's photo has no public URL); decorative next to its name.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={asset.thumbnail.url}
            width={asset.thumbnail.width}
            height={asset.thumbnail.height}
            alt=""
            loading="lazy"
          />
        ) : (
          <span aria-hidden="true">{asset.kind === "IMAGE" ? "Image" : (TYPES_EXT[asset.mime] ?? "File")}</span>
        )}
      </div>
      <div className="media-facts">
        <h2 id={nameId}>{asset.filename}</h2>
        <dl>
          <dt>Type</dt>
          <dd>{typeLabel(asset.mime, asset.kind)}</dd>
          <dt>Size</dt>
          <dd>{size(asset.bytes)}</dd>
          {asset.width && asset.height ? (
            <>
              <dt>Dimensions</dt>
              <dd>
                {asset.width} × {asset.height} px
              </dd>
            </>
          ) : null}
          <dt>Uploaded</dt>
          <dd>
            <time dateTime={asset.createdAt.toISOString()}>{when.format(asset.createdAt)} UTC</time>
            {asset.uploadedBy ? ` by ${asset.uploadedBy.name}` : ""}
          </dd>
          {asset.kind === "IMAGE" ? (
            <>
              <dt>Variants</dt>
              <dd>
                {STATUS_TEXT[asset.status]}
                {asset.status === "FAILED" && asset.variantError ? `: ${asset.variantError}` : ""}
              </dd>
            </>
          ) : null}
        </dl>
        {asset.kind === "IMAGE" ? (
          <MediaRetryForm action={retryMediaVariantsAction} assetId={asset.id} failed={asset.status === "FAILED"} />
        ) : null}
        <h3>Used in</h3>
        {usages.length === 0 ? (
          <p>Not used in any release.</p>
        ) : (
          <ul className="media-usage">
            {usages.map((u) => (
              <li key={u.releaseId}>
                <Link href={`/admin/releases/${u.releaseId}`}>{u.headline}</Link>:{" "}
                {u.editions.map((e, i) => (
                  <span key={e.id}>
                    {i > 0 ? ", " : ""}
                    {e.live ? (
                      <Link href={`/releases/${u.slug}`}>edition {e.number} (live)</Link>
                    ) : (
                      <Link href={`/admin/releases/${u.releaseId}/history`}>
                        edition {e.number} ({e.status.toLowerCase()})
                      </Link>
                    )}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
        {mayReplace ? <MediaReplaceForm action={replaceMediaAction} assetId={asset.id} kind={asset.kind} /> : null}
        {mayDelete ? (
          <MediaDeleteForm
            action={deleteMediaAction}
            assetId={asset.id}
            filename={asset.filename}
            q={q}
            usedBy={usages.length}
          />
        ) : null}
      </div>
    </article>
  );
}

const TYPES_EXT: Record<string, string> = Object.fromEntries(
  Object.values(TYPES).map((t) => [t.mime, t.extension.toUpperCase()]),
);
