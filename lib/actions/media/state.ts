// What the media library's actions answer (issue 13): a message for the row, or for the page.

export type MediaActionState =
  { status: "idle" } | { status: "done"; message: string } | { status: "error"; message: string };

export const IDLE: MediaActionState = { status: "idle" };

/** Asset ids are cuids; anything else names no file (and never reaches PostgreSQL). */
export function assetIdFrom(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}
