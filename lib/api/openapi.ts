// The OpenAPI 3.1 document of /api/v1, generated from the zod output schemas (lib/api/schemas.ts) and
// the parameter specs (lib/api/params.ts) with zod's own JSON Schema converter (draft 2020-12, the
// dialect of OpenAPI 3.1). Pure: the route passes the server URL.
import { z } from "zod";
import { AGREEMENT_LIST_PARAMS, RELEASE_LIST_PARAMS, RELEASE_PARAMS, type QueryParamSpec } from "./params";
import { apiSchemas } from "./schemas";

type Json = { [key: string]: unknown };

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** A standalone JSON Schema from zod, without the $schema/$id keys that do not belong inside OpenAPI. */
function jsonSchema(schema: z.ZodType): Json {
  const { $schema: _s, $id: _i, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as Json;
  return rest;
}

/** Every registered output schema as components.schemas, cross-referenced with $ref. */
function componentSchemas(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as Json;
      return [id, rest];
    }),
  );
}

function queryParameter(spec: QueryParamSpec): Json {
  const schema = jsonSchema(spec.schema);
  return {
    name: spec.name,
    in: "query",
    required: false,
    description: `${spec.description} Must be ${spec.expects}.`,
    ...(spec.repeatable
      ? { schema: { type: "array", items: schema, maxItems: 20 }, style: "form", explode: true }
      : { schema }),
  };
}

const slugParameter = (what: string): Json => ({
  name: "slug",
  in: "path",
  required: true,
  description: `The ${what}'s slug, as in its public URL.`,
  schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: 200 },
});

const validatorHeaders = {
  ETag: { $ref: "#/components/headers/ETag" },
  "Last-Modified": { $ref: "#/components/headers/Last-Modified" },
  "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
  "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
};

function ok(description: string, schema: Json, extraHeaders: Json = {}): Json {
  return {
    description,
    headers: { ...validatorHeaders, ...extraHeaders },
    content: { "application/json": { schema } },
  };
}

const errors = (...statuses: Array<400 | 404 | 410>) =>
  Object.fromEntries(
    statuses.map((s) => [
      String(s),
      { $ref: `#/components/responses/${{ 400: "BadRequest", 404: "NotFound", 410: "Gone" }[s]}` },
    ]),
  );

const common = {
  "304": { $ref: "#/components/responses/NotModified" },
  "500": { $ref: "#/components/responses/ServerError" },
};

export function buildOpenApiDocument({ serverUrl }: { serverUrl: string }): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "Pressroom open API",
      version: "1.0.0",
      description: [
        "Published press releases as data: the agreements and quotes are structured, not prose.",
        "Read-only and public: no key, CORS open to any origin. Only published releases appear; drafts,",
        "scheduled, embargoed, unpublished and withdrawn content never does.",
        "Every 200 carries an ETag and a Last-Modified; send If-None-Match or If-Modified-Since to get a 304.",
        "Errors are JSON ({ error: { status, code, message, parameter? } }); an unknown or malformed",
        "query parameter is a 400 that names it.",
      ].join(" "),
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/releases": {
        get: {
          operationId: "listReleases",
          summary: "Published releases, newest first (best match first with q), in keyset pages.",
          parameters: RELEASE_LIST_PARAMS.map(queryParameter),
          responses: {
            "200": ok("One page of releases.", ref("ReleaseList"), { Link: { $ref: "#/components/headers/Link" } }),
            ...common,
            ...errors(400),
          },
        },
      },
      "/releases/{slug}": {
        get: {
          operationId: "getRelease",
          summary: "One published release with its body and corrections; ?format=ninjs for IPTC ninjs 3.x.",
          parameters: [slugParameter("release"), ...RELEASE_PARAMS.map(queryParameter)],
          responses: {
            "200": ok(
              "The release (format=json), or its ninjs document (format=ninjs; a withdrawn release is a ninjs kill notice with pubStatus canceled).",
              {
                oneOf: [ref("Release"), ref("Ninjs")],
              },
            ),
            ...common,
            ...errors(400, 404, 410),
          },
        },
      },
      "/agreements": {
        get: {
          operationId: "listAgreements",
          summary: "Agreements reported by published releases, newest release first, 50 per page.",
          parameters: AGREEMENT_LIST_PARAMS.map(queryParameter),
          responses: {
            "200": ok("One page of agreements.", ref("AgreementList"), { Link: { $ref: "#/components/headers/Link" } }),
            ...common,
            ...errors(400),
          },
        },
      },
      "/people/{slug}": {
        get: {
          operationId: "getPerson",
          summary: "A quoted person and every published quote of theirs.",
          parameters: [slugParameter("person")],
          responses: { "200": ok("The person.", ref("Person")), ...common, ...errors(400, 404) },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document.",
          responses: { "200": ok("OpenAPI 3.1 document.", { type: "object" }), ...common, ...errors(400) },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      responses: {
        NotModified: {
          description: "The copy named by If-None-Match (or dated by If-Modified-Since) is current. No body.",
          headers: validatorHeaders,
        },
        BadRequest: {
          description: "A query parameter is unknown, repeated, malformed or too long; error.parameter names it.",
          content: { "application/json": { schema: ref("Error") } },
        },
        NotFound: {
          description: "No such published release, person or path.",
          content: { "application/json": { schema: ref("Error") } },
        },
        Gone: {
          description: "The release was withdrawn (JSON format); the message gives the reason.",
          content: { "application/json": { schema: ref("Error") } },
        },
        ServerError: {
          description: "Our fault; nothing about it is disclosed.",
          content: { "application/json": { schema: ref("Error") } },
        },
      },
      headers: {
        ETag: { description: "Weak validator: a hash of the body.", schema: { type: "string" } },
        "Last-Modified": { description: "When what the response shows last changed.", schema: { type: "string" } },
        "Cache-Control": {
          description: "Shared caches may keep a response for a second and revalidate.",
          schema: { type: "string" },
        },
        "Access-Control-Allow-Origin": { description: "Always *.", schema: { type: "string", const: "*" } },
        Link: {
          description: 'RFC 8288 links to the next and previous pages (rel="next", rel="prev").',
          schema: { type: "string" },
        },
      },
    },
  };
}
