"use client";

import { startTransition, useActionState, useState } from "react";
import { createPreviewLinkAction } from "@/lib/actions/preview-links/create";
import { revokePreviewLinkAction } from "@/lib/actions/preview-links/revoke";
import type { PreviewLinkDTO } from "@/lib/dal/preview-links";
import {
  DEFAULT_PREVIEW_EXPIRY,
  PREVIEW_EXPIRY,
  PREVIEW_EXPIRY_CHOICES,
  type PreviewCreateState,
  type PreviewRevokeState,
} from "@/lib/validation/preview";
import { Field } from "./field";
import { visuallyHidden } from "./history-text-diff";

// Fixed locale and zone: the same text on the server and in the browser (no hydration mismatch),
// and editors in different places read the same instant.
const utc = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const formatUtc = (at: Date) => `${utc.format(at)} UTC`;

/** "Create preview link": the new link is shown once, here, and cannot be shown again. */
function CreatePreviewLinkForm({ releaseId }: { releaseId: string }) {
  const [state, formAction, pending] = useActionState<PreviewCreateState, FormData>(createPreviewLinkAction, {
    status: "idle",
  });
  const [copied, setCopied] = useState<string | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Dispatch ourselves so React does not reset the chosen expiry after the action (see release-form).
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  async function copy(url: string) {
    // The clipboard needs a secure context; without it the field is still there to copy from.
    await navigator.clipboard?.writeText(url).then(
      () => setCopied(url),
      () => setCopied(null),
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="workflow-step" aria-label="Create preview link">
      <input type="hidden" name="releaseId" value={releaseId} />
      <Field id="preview-expires-in" label="Expires in">
        {(aria) => (
          <select
            {...aria}
            name="expiresIn"
            defaultValue={DEFAULT_PREVIEW_EXPIRY}
            style={{ width: "auto", justifySelf: "start" }}
          >
            {PREVIEW_EXPIRY_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {PREVIEW_EXPIRY[choice].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="secondary" disabled={pending}>
        Create preview link
      </button>
      {state.status === "error" ? (
        <p className="notice error" role="alert" aria-label="Preview link problem">
          {state.message}
        </p>
      ) : null}
      {state.status === "created" ? (
        <div className="notice ok" style={{ marginTop: "1rem" }}>
          <p role="status" style={{ marginTop: 0 }}>
            Preview link created. It works until{" "}
            <time dateTime={state.expiresAt}>{formatUtc(new Date(state.expiresAt))}</time>. Copy it now: it cannot be
            shown again.
          </p>
          <Field id="preview-link-url" label="Preview link">
            {(aria) => (
              <input {...aria} type="text" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} />
            )}
          </Field>
          <button type="button" className="secondary" onClick={() => copy(state.url)}>
            {copied === state.url ? "Copied" : "Copy link"}
          </button>
        </div>
      ) : null}
    </form>
  );
}

function RevokePreviewLinkForm({ releaseId, linkId, name }: { releaseId: string; linkId: string; name: string }) {
  const [state, formAction, pending] = useActionState<PreviewRevokeState, FormData>(revokePreviewLinkAction, {
    status: "idle",
  });
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="releaseId" value={releaseId} />
      <input type="hidden" name="linkId" value={linkId} />
      <button type="submit" className="danger" disabled={pending}>
        Revoke<span style={visuallyHidden}>{name.slice("Revoke".length)}</span>
      </button>
      {state.status === "error" ? (
        <p className="field-error" role="alert" aria-label="Revoke problem">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

/** Each Revoke button names its link by creation time; links made in the same second get a number. */
function revokeNames(links: PreviewLinkDTO[]): string[] {
  const base = links.map((link) => `Revoke preview link created ${formatUtc(link.createdAt)}`);
  const seen = new Map<string, number>();
  return base.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return base.indexOf(name) === base.lastIndexOf(name) ? name : `${name} (${n})`;
  });
}

export interface PreviewLinksProps {
  releaseId: string;
  /** Links that work now (not revoked, not expired), newest first. */
  links: PreviewLinkDTO[];
}

/** The editor's preview links: create one, see who made the working ones and until when, revoke. */
export function PreviewLinks({ releaseId, links }: PreviewLinksProps) {
  const names = revokeNames(links);
  return (
    <section aria-labelledby="preview-links-heading" className="workflow" id="preview-links">
      <h2 id="preview-links-heading">Preview links</h2>
      <p className="hint">
        A preview link shows the newest saved edition, whatever its state, to anyone who has the link, without signing
        in, until it expires or is revoked. Search engines are asked not to index it.
      </p>
      <CreatePreviewLinkForm releaseId={releaseId} />
      {links.length === 0 ? (
        <p className="hint">No preview link works at the moment.</p>
      ) : (
        <table className="data" aria-label="Active preview links">
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Created by</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span style={visuallyHidden}>Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((link, i) => (
              <tr key={link.id}>
                <td data-label="Created">
                  <time dateTime={link.createdAt.toISOString()}>{formatUtc(link.createdAt)}</time>
                </td>
                <td data-label="Created by">{link.createdByName ?? "—"}</td>
                <td data-label="Expires">
                  <time dateTime={link.expiresAt.toISOString()}>{formatUtc(link.expiresAt)}</time>
                </td>
                <td>
                  <RevokePreviewLinkForm
                    releaseId={releaseId}
                    linkId={link.id}
                    name={names[i] ?? `Revoke preview link ${i + 1}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
