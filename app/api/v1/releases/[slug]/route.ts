import { ApiError, apiHandler, jsonResponse, methodNotAllowed, notFound, preflight } from "@/lib/api/http";
import { isSlug, parseReleaseParams } from "@/lib/api/params";
import { presentRelease, publicUpdatedAt } from "@/lib/api/present";
import { NinjsSchema, ReleaseSchema } from "@/lib/api/schemas";
import { cachedPublicRelease } from "@/lib/dal/public/cache";
import { releaseToNinjs, withdrawnToNinjs } from "@/lib/domain/ninjs";
import { siteName, siteUrl } from "@/lib/site";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/releases/{slug}[?format=ninjs]: one published release. */
export const GET = apiHandler(async (request: Request, { params }: Context) => {
  const { format, lang } = parseReleaseParams(new URL(request.url).searchParams);
  const { slug } = await params;
  // ?lang=az: its Azerbaijani translation (issue 14), public only after the original.
  const page = isSlug(slug) ? await cachedPublicRelease(slug, lang) : null;
  if (!page)
    throw notFound(
      lang
        ? `No published translation into "${lang}" of a release with the slug "${slug.slice(0, 100)}".`
        : `No published release has the slug "${slug.slice(0, 100)}".`,
    );
  const site = await siteUrl();
  if (page.kind === "withdrawn") {
    // The release page keeps the URL and shows the reason; ninjs has a status for exactly this.
    if (format === "ninjs") {
      return jsonResponse(request, NinjsSchema, withdrawnToNinjs(page, { siteUrl: site, siteName: siteName() }), {
        lastModified: page.withdrawnAt,
      });
    }
    const reason = page.reason ? `: ${page.reason}` : ".";
    throw new ApiError(
      410,
      "withdrawn",
      `This release was withdrawn on ${page.withdrawnAt.toISOString().slice(0, 10)}${reason}`,
    );
  }
  const release = page.release;
  const lastModified = publicUpdatedAt(release);
  if (format === "ninjs") {
    // Issue 14: every public version, so the original lists its translations and a translation its original.
    const ninjs = releaseToNinjs({ ...release, versions: page.versions }, { siteUrl: site, siteName: siteName() });
    return jsonResponse(request, NinjsSchema, ninjs, { lastModified });
  }
  return jsonResponse(request, ReleaseSchema, presentRelease(release, { siteUrl: site, versions: page.versions }), {
    lastModified,
  });
});

export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
