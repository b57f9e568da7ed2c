"use client";

import { useEffect, useRef, useState } from "react";
import { autosaveReleaseAction } from "@/lib/actions/releases/autosave";
import { createDraftAction } from "@/lib/actions/releases/create-draft";
import { newCreationKey } from "@/lib/validation/creation-key";
import type { ReleaseFormValues } from "@/lib/validation/release";
import { TOO_LARGE_MESSAGE, jsonRequestBytes, tooLargeForAction } from "@/lib/validation/request-size";

const AUTOSAVE_DELAY_MS = 3_000;
const hhmm = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });

export interface AutosaveOptions {
  /** The release to save into; undefined for a new release, which the first autosave creates. */
  releaseId: string | undefined;
  version: number;
  setVersion: (version: number) => void;
  /** Why autosave is off for this release; null = on. */
  offReason: string | null;
  /** What the form holds now: a change starts the countdown to the next autosave. */
  content: ReleaseFormValues;
  /** The manual save's answer: a new one (an error, a success navigates away) lets autosave run again. */
  saveAnswer: unknown;
  /** A new release's first autosave created it: from now on the form edits that release. */
  onCreated: (id: string) => void;
  /** An autosave stored `content` (what it sent, which may be older than what the form holds now). */
  onSaved: (content: ReleaseFormValues) => void;
}

export interface Autosave {
  /** The status line ("Saved 14:02", "Not saved: …"); null before anything happened. */
  message: string | null;
  /**
   * Before a manual save, so it never races this page's own autosave: cancel the pending one, wait
   * for one in flight, and return the release (when one exists by then) and the version to send.
   */
  holdForSave: () => Promise<{ id: string | undefined; version: number }>;
  /** A new release form's key, sent with its creates so that it creates one release at most. */
  creationKey: () => string;
}

/**
 * Autosave: a few seconds after the last change, the same version-checked save without leaving
 * the page. It stops after a conflict so it never overwrites someone else's newer save. On a new
 * release the first autosave creates the draft (once the form is a valid draft; until then it waits
 * and says why) and the ones after it save into that draft.
 */
export function useAutosave({
  releaseId,
  version,
  setVersion,
  offReason,
  content,
  saveAnswer,
  onCreated,
  onSaved,
}: AutosaveOptions): Autosave {
  const [message, setMessage] = useState<string | null>(offReason ? `Autosave is off: ${offReason}` : null);
  const stopped = useRef(Boolean(offReason));
  const firstRender = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const latestVersion = useRef(version);
  useEffect(() => {
    latestVersion.current = version;
  }, [version]);
  // The release being edited: the page's, or the one this form's first autosave created.
  const latestId = useRef(releaseId);
  const key = useRef<string | null>(null);
  const creationKey = () => (key.current ??= newCreationKey());
  const submitting = useRef(false);

  async function runAutosave() {
    if (submitting.current) return;
    const id = latestId.current;
    const values = content;
    const payload = id ? { id, version: latestVersion.current, values } : { key: creationKey(), values };
    if (tooLargeForAction(jsonRequestBytes(payload))) return setMessage(`Not saved: ${TOO_LARGE_MESSAGE}`);
    try {
      const result = id ? await autosaveReleaseAction(payload) : await createDraftAction(payload);
      if (result.status === "saved") {
        const created = !id && "id" in result ? (result.id as string) : null;
        if (created) {
          latestId.current = created;
          onCreated(created);
        }
        // Never backwards: a late answer must not undo a newer version already known.
        latestVersion.current = Math.max(latestVersion.current, result.version);
        setVersion(latestVersion.current);
        setMessage(`Saved ${hhmm(result.savedAt)}`);
        onSaved(values);
      } else {
        if (result.status === "conflict") stopped.current = true;
        // A new release that is not yet a valid draft: nothing is wrong, autosave waits for more.
        setMessage(
          !id && result.status === "invalid" ? `Autosave waits: ${result.message}` : `Not saved: ${result.message}`,
        );
      }
    } catch {
      setMessage("Not saved: the server could not be reached. Your text is still here.");
    }
  }

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (stopped.current || submitting.current) return;
    timer.current = setTimeout(() => {
      // One autosave at a time: the next waits for the one in flight (it may be creating the release).
      const run = (inFlight.current ?? Promise.resolve()).then(runAutosave).finally(() => {
        if (inFlight.current === run) inFlight.current = null;
      });
      inFlight.current = run;
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
    // Only the content triggers an autosave; version changes come from the autosave itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content]);

  useEffect(() => {
    submitting.current = false;
  }, [saveAnswer]);

  async function holdForSave() {
    submitting.current = true;
    clearTimeout(timer.current);
    await inFlight.current;
    return { id: latestId.current, version: latestVersion.current };
  }

  return { message, holdForSave, creationKey };
}
