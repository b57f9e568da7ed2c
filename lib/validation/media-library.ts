// The media library's query (issue 13): GET /api/media for the release form's "reuse an image" and
// the /admin/media page. The JSON route refuses a bad parameter with a 400 naming it; the page
// forgives (it shows everything instead of an error page).

export const MEDIA_LIBRARY_LIMITS = { q: 200, take: 100 } as const;

export interface MediaLibraryQuery {
  q: string;
  kind: "IMAGE" | "ATTACHMENT" | null;
  take: number;
  cursor: string | null;
}

export type MediaLibraryQueryResult =
  { ok: true; query: MediaLibraryQuery } | { ok: false; parameter: string; message: string };

const CURSOR = /^\d{1,15}\.[a-z0-9]{1,40}$/;
const KINDS = { image: "IMAGE", attachment: "ATTACHMENT" } as const;

/** Reads ?q=&kind=image|attachment&take=1..100&cursor=…; each parameter at most once. */
export function parseMediaLibraryQuery(params: URLSearchParams, defaultTake = 24): MediaLibraryQueryResult {
  for (const name of ["q", "kind", "take", "cursor"])
    if (params.getAll(name).length > 1) return bad(name, `Give "${name}" at most once.`);
  const q = (params.get("q") ?? "").trim();
  if (q.length > MEDIA_LIBRARY_LIMITS.q)
    return bad("q", `The search text is ${q.length} characters long; the limit is ${MEDIA_LIBRARY_LIMITS.q}.`);
  if (/[\u0000]/.test(q)) return bad("q", "The search text has a NUL character.");
  const kindText = params.get("kind") ?? "";
  // Object.hasOwn, not `in`: "constructor" or "toString" are in every object (KINDS[…] would be a function).
  if (kindText !== "" && !Object.hasOwn(KINDS, kindText)) return bad("kind", 'kind is "image" or "attachment".');
  const takeText = params.get("take");
  let take = defaultTake;
  if (takeText !== null) {
    if (!/^\d{1,3}$/.test(takeText) || Number(takeText) < 1 || Number(takeText) > MEDIA_LIBRARY_LIMITS.take)
      return bad("take", `take is a whole number from 1 to ${MEDIA_LIBRARY_LIMITS.take}.`);
    take = Number(takeText);
  }
  const cursor = params.get("cursor") || null;
  if (cursor !== null && !CURSOR.test(cursor))
    return bad("cursor", "cursor is the nextCursor of a previous answer of this listing.");
  return {
    ok: true,
    query: { q, kind: kindText === "" ? null : KINDS[kindText as keyof typeof KINDS], take, cursor },
  };
}

function bad(parameter: string, message: string): MediaLibraryQueryResult {
  return { ok: false, parameter, message };
}
