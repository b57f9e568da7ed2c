import { apiHandler, jsonResponse, methodNotAllowed, preflight } from "@/lib/api/http";
import { parseAgreementListParams } from "@/lib/api/params";
import { API_PATH, presentAgreement } from "@/lib/api/present";
import { AgreementListSchema } from "@/lib/api/schemas";
import { cachedAgreements, cachedLastPublicChangeAt } from "@/lib/dal/public/cache";
import { siteUrl } from "@/lib/site";
import { listingHref } from "@/lib/validation/public-query";

/** GET /api/v1/agreements: the open agreements index of /agreements (same filters) as JSON. */
export const GET = apiHandler(async (request: Request) => {
  const { query, state } = parseAgreementListParams(new URL(request.url).searchParams);
  const [page, changedAt] = await Promise.all([cachedAgreements(query), cachedLastPublicChangeAt()]);
  const site = await siteUrl();
  const href = (n: number) =>
    `${site}${listingHref(`${API_PATH}/agreements`, { ...state, page: n > 1 ? String(n) : null })}`;
  const links = {
    self: href(page.page),
    next: page.hasNext ? href(page.page + 1) : null,
    prev: page.page > 1 ? href(page.page - 1) : null,
  };
  const items = page.items.map((a) => presentAgreement(a, { siteUrl: site }));
  return jsonResponse(
    request,
    AgreementListSchema,
    { items, page: page.page, links },
    { lastModified: changedAt, links },
  );
});

export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
