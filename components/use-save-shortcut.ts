"use client";

import { useEffect, useRef } from "react";
import { isSaveShortcut } from "@/lib/domain/unsaved-changes";

/**
 * Ctrl/Cmd+S runs `save` (issue 12.1) wherever the focus is on the page, and never opens the
 * browser's "Save page as" dialog.
 */
export function useSaveShortcut(save: () => void) {
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSaveShortcut(event)) return;
      event.preventDefault();
      if (!event.repeat) latest.current();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
