"use client";

import { useEffect, useRef, useState } from "react";
import { autosaveReleaseAction } from "@/lib/actions/releases/autosave";
import type { ReleaseFormValues } from "@/lib/validation/release";
import { TOO_LARGE_MESSAGE, jsonRequestBytes, tooLargeForAction } from "@/lib/validation/request-size";

const AUTOSAVE_DELAY_MS = 3_000;
const hhmm = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });

export interface AutosaveOptions {
  /** No autosave without a release to save into (a new release has none yet). */
  releaseId: string | undefined;
  version: number;
  setVersion: (version: number) => void;
  /** Why autosave is off for this release; null = on. */
  offReason: string | null;
  /** What the form holds now: a change starts the countdown to the next autosave. */
  content: ReleaseFormValues;
  /** The manual save's answer: a new one (an error, a success navigates away) lets autosave run again. */
  saveAnswer: unknown;
}

export interface Autosave {
  /** The status line ("Saved 14:02", "Not saved: …"); null before anything happened. */
  message: string | null;
  /**
   * Before a manual save, so it never races this page's own autosave: cancel the pending one, wait
   * for one in flight, and return the version the save must send.
   */
  holdForSave: () => Promise<number>;
}

/**
 * Autosave: a few seconds after the last change, the same version-checked save without leaving
 * the page. It stops after a conflict so it never overwrites someone else's newer save.
 */
export function useAutosave({
  releaseId,
  version,
  setVersion,
  offReason,
  content,
  saveAnswer,
}: AutosaveOptions): Autosave {
  const [message, setMessage] = useState<string | null>(offReason ? `Autosave is off: ${offReason}` : null);
  const stopped = useRef(Boolean(offReason));
  const firstRender = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const latestVersion = useRef(version);
  useEffect(() => {
    latestVersion.current = version;
  }, [version]);
  const submitting = useRef(false);
  async function runAutosave() {
    if (!releaseId || submitting.current) return;
    const payload = { id: releaseId, version: latestVersion.current, values: content };
    if (tooLargeForAction(jsonRequestBytes(payload))) return setMessage(`Not saved: ${TOO_LARGE_MESSAGE}`);
    try {
      const result = await autosaveReleaseAction(payload);
      if (result.status === "saved") {
        latestVersion.current = result.version;
        setVersion(result.version);
        setMessage(`Saved ${hhmm(result.savedAt)}`);
      } else {
        if (result.status === "conflict") stopped.current = true;
        setMessage(`Not saved: ${result.message}`);
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
    if (!releaseId || stopped.current || submitting.current) return;
    timer.current = setTimeout(() => {
      inFlight.current = runAutosave().finally(() => (inFlight.current = null));
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
    return latestVersion.current;
  }

  return { message, holdForSave };
}
