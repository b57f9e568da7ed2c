import { apiHandler, invalidParameter, jsonResponse, methodNotAllowed, preflight } from "@/lib/api/http";
import { parseReleaseListParams } from "@/lib/api/params";
import { API_PATH, presentReleaseSummary } from "@/lib/api/present";
import { ReleaseListSchema } from "@/lib/api/schemas";
import { cachedLastPublicChangeAt, cachedReleasesByIds, cachedSearchReleases } from "@/lib/dal/public/cache";
import { siteUrl } from "@/lib/site";
import { encodeCursor, listingHref } from "@/lib/validation/public-query";

/** GET /api/v1/releases: the listing of / (same filters, search and keyset cursors) as JSON. */
export const GET = apiHandler(async (request: Request) => {
  const { query, limit, state } = parseReleaseListParams(new URL(request.url).searchParams);
  const page = await cachedSearchReleases(query, limit);
  if (page.emptySearch) throw invalidParameter("q", `q has no searchable words (only words like "the").`);
  if (page.cursorIgnored) {
    const which = query.after ? "after" : "before";
    throw invalidParameter(
      which,
      `${which} is a cursor of another listing (with q and without q page differently): follow links.next or links.prev of this one.`,
    );
  }
  const [releases, changedAt] = await Promise.all([
    cachedReleasesByIds(
      page.items.map((i) => i.id),
      query.language,
    ),
    cachedLastPublicChangeAt(),
  ]);
  const site = await siteUrl();
  const href = (extra: Record<string, string>) =>
    `${site}${listingHref(`${API_PATH}/releases`, { ...state, ...extra })}`;
  const links = {
    self: href({
      ...(query.after ? { after: encodeCursor(query.after) } : {}),
      ...(query.before ? { before: encodeCursor(query.before) } : {}),
    }),
    next: page.older ? href({ after: encodeCursor(page.older) }) : null,
    prev: page.newer ? href({ before: encodeCursor(page.newer) }) : null,
  };
  return jsonResponse(
    request,
    ReleaseListSchema,
    { items: releases.map((r) => presentReleaseSummary(r, { siteUrl: site })), limit, links },
    { lastModified: changedAt, links },
  );
});

export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
