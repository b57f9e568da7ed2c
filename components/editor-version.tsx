"use client";

import { createContext, useContext, useState } from "react";

// The release version the editor page holds. The form, its autosave and the workflow buttons all
// send it; an autosave moves it forward, so the other forms must see the new value too.
const VersionContext = createContext<{ version: number; setVersion: (v: number) => void } | null>(null);

export function EditorVersionProvider({ initial, children }: { initial: number; children: React.ReactNode }) {
  const [version, setVersion] = useState(initial);
  return <VersionContext.Provider value={{ version, setVersion }}>{children}</VersionContext.Provider>;
}

/**
 * The current version inside an editor page. Outside one (the new release form) the caller keeps its
 * own, starting at `fallback`: its first autosave creates the release and moves it on.
 */
export function useEditorVersion(fallback?: number) {
  const ctx = useContext(VersionContext);
  const [version, setVersion] = useState(fallback ?? 0);
  return ctx ?? { version, setVersion };
}
