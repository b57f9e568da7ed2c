import { apiHandler, jsonResponse, methodNotAllowed, notFound, preflight } from "@/lib/api/http";
import { isSlug, readParams } from "@/lib/api/params";
import { presentPerson } from "@/lib/api/present";
import { PersonSchema } from "@/lib/api/schemas";
import { cachedLastPublicChangeAt, cachedPublicPerson } from "@/lib/dal/public/cache";
import { siteUrl } from "@/lib/site";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/people/{slug}: a quoted person and their published quotes. */
export const GET = apiHandler(async (request: Request, { params }: Context) => {
  readParams(new URL(request.url).searchParams, []); // takes no parameters: any is a 400
  const { slug } = await params;
  const [person, changedAt] = isSlug(slug)
    ? await Promise.all([cachedPublicPerson(slug), cachedLastPublicChangeAt()])
    : [null, null];
  if (!person) throw notFound(`No one with published quotes has the slug "${slug.slice(0, 100)}".`);
  return jsonResponse(request, PersonSchema, presentPerson(person, { siteUrl: await siteUrl() }), {
    lastModified: changedAt,
  });
});

export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
