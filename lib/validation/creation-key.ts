// The key a new-release form makes for the release it will create (issue 12.1). Its first autosave
// and its Save draft both send it, so whichever reaches the server second saves into the release the
// first one made (lib/dal/releases/write.ts createReleaseOnce) instead of creating another.

const CREATION_KEY = /^[A-Za-z0-9_-]{22,64}$/;

export function isCreationKey(value: unknown): value is string {
  return typeof value === "string" && CREATION_KEY.test(value);
}

/**
 * 128 random bits, base64url. crypto.getRandomValues, unlike crypto.randomUUID, also works on a page
 * served over plain http from another machine (randomUUID needs a secure context).
 */
export function newCreationKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}
