import type { MediaStorage } from "../storage/types";

// The backup check behind `npm run media:check` (issue 13): files in storage that no row names (left
// over, or restored without their database), and rows whose file is gone (a storage restored from an
// older backup than the database). Either means the two backups do not match.

export interface MediaCheck {
  /** Stored files no MediaAsset or MediaVariant row names. */
  filesWithoutRows: string[];
  /** Keys the database names that storage does not have. */
  rowsWithoutFiles: string[];
  storedCount: number;
  knownCount: number;
}

export async function checkMedia(storage: MediaStorage, known: ReadonlySet<string>): Promise<MediaCheck> {
  const stored = new Set<string>();
  for await (const key of storage.list()) stored.add(key);
  return {
    filesWithoutRows: [...stored].filter((key) => !known.has(key)).sort(),
    rowsWithoutFiles: [...known].filter((key) => !stored.has(key)).sort(),
    storedCount: stored.size,
    knownCount: known.size,
  };
}
