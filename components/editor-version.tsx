"use client";

import { createContext, useContext, useState } from "react";

// The release version the editor page holds. The form, its autosave and the workflow buttons all
// send it; an autosave moves it forward, so the other forms must see the new value too.
const VersionContext = createContext<{ version: number; setVersion: (v: number) => void } | null>(null);

export function EditorVersionProvider({ initial, children }: { initial: number; children: React.ReactNode }) {
  const [version, setVersion] = useState(initial);
  return <VersionContext.Provider value={{ version, setVersion }}>{children}</VersionContext.Provider>;
}

/** The current version inside an editor page; `fallback` outside one (a new release has none). */
export function useEditorVersion(fallback?: number) {
  const ctx = useContext(VersionContext);
  return ctx ?? { version: fallback ?? 0, setVersion: () => {} };
}
