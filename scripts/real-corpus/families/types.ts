import type { RepoReader, SourceRef } from "../source";

/**
 * A source family's transformation: the texts the release may have been cached as, most likely first.
 * Several forms exist because the cache was built over several sessions whose converters differed in
 * small ways (a final newline, how blanks were collapsed); the annotation's sha256 picks the right one.
 * Returns no candidates when the named item is not in the file.
 */
export type Candidates = (ref: SourceRef, read: RepoReader) => string[];
