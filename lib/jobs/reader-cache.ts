import "server-only";

/** Placeholder: written with the fix. */
export async function dropReaderCache(): Promise<void> {}
