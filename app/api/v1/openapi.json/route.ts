import { apiHandler, jsonResponse, methodNotAllowed, preflight } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { readParams } from "@/lib/api/params";
import { API_PATH } from "@/lib/api/present";
import { siteUrl } from "@/lib/site";
import { z } from "zod";

const DocumentSchema = z.record(z.string(), z.unknown());

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of this API, generated from its schemas. */
export const GET = apiHandler(async (request: Request) => {
  readParams(new URL(request.url).searchParams, []);
  const document = buildOpenApiDocument({ serverUrl: `${await siteUrl()}${API_PATH}` });
  // The document changes only with a deploy, which also resets every ETag: no Last-Modified.
  return jsonResponse(request, DocumentSchema, document, { lastModified: null });
});

export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
