// Issue 14: one language version's state in words, as the editor's list and the release's
// "Translations" section show it: "EN published · AZ draft · RU outdated".
import type { EditionStatusValue } from "./workflow";

export interface VersionState {
  language: string;
  /** The newest edition's status. */
  status: EditionStatusValue;
  /** Readers see it. */
  live: boolean;
  outdated: boolean;
}

/** Outdated: the translation is live and the original's live edition is newer than the one it follows. */
export function isOutdated(
  translation: { live: boolean; sourceEdition: number | null },
  originalLiveEdition: number | null,
): boolean {
  return (
    translation.live &&
    originalLiveEdition !== null &&
    translation.sourceEdition !== null &&
    originalLiveEdition > translation.sourceEdition
  );
}

export function versionStateWord(v: Pick<VersionState, "status" | "live" | "outdated">): string {
  if (v.outdated) return "outdated";
  // The status word the list's badges use ("draft", "submitted", "scheduled" …).
  return v.live ? "published" : v.status.toLowerCase();
}

/** "EN published · AZ draft · RU outdated" */
export function versionsLine(versions: readonly VersionState[]): string {
  return versions.map((v) => `${v.language.toUpperCase()} ${versionStateWord(v)}`).join(" · ");
}
