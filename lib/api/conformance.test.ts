// OpenAPI conformance: the document /api/v1/openapi.json serves is built, then real responses of every
// endpoint (the route handlers called with a Request, against the seeded test database) are validated
// with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) against the schema the document declares
// for that path and status. The component schemas forbid unknown properties, so a handler that sends
// a field the document does not list fails here.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

vi.hoisted(() => {
  // Absolute links are built from SITE_URL (no request headers outside Next).
  vi.stubEnv("SITE_URL", "https://press.example.org");
});

import { GET as catchAll } from "@/app/api/v1/[...rest]/route";
import { GET as listAgreements } from "@/app/api/v1/agreements/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPerson } from "@/app/api/v1/people/[slug]/route";
import { GET as getRelease } from "@/app/api/v1/releases/[slug]/route";
import { GET as listReleases } from "@/app/api/v1/releases/route";
import { db } from "../db";
import { createRelease, publishEdition, transitionRelease } from "../dal/releases";
import type { SessionUser } from "../dal/users";
import type { ReleaseFormValues } from "../validation/release";
import { TEST_OVERRIDE, agreementRow, quoteRow, releaseInput } from "@/test/factories";
import { makeUser } from "@/test/dal";

const SITE = "https://press.example.org";
const API = `${SITE}/api/v1`;
const tag = `cf${randomUUID().replace(/-/g, "").slice(0, 10)}`;

type Json = Record<string, unknown>;
type Doc = {
  openapi: string;
  paths: Record<string, { get: { parameters?: Json[]; responses: Record<string, Json> } }>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json> };
};

// ---------- calling the handlers ----------

const request = (url: string, headers: Record<string, string> = {}) =>
  new Request(url.startsWith("http") ? url : `${API}${url}`, { headers });
const slugContext = (slug: string) => ({ params: Promise.resolve({ slug }) });

async function call(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(path.startsWith("http") ? path : `${API}${path}`);
  const segments = url.pathname.replace(/^\/api\/v1\//, "").split("/");
  const req = request(url.toString(), headers);
  if (segments.length === 1 && segments[0] === "releases") return listReleases(req, undefined);
  if (segments.length === 1 && segments[0] === "agreements") return listAgreements(req, undefined);
  if (segments.length === 1 && segments[0] === "openapi.json") return getOpenApi(req, undefined);
  if (segments.length === 2 && segments[0] === "releases")
    return getRelease(req, slugContext(decodeURIComponent(segments[1]!)));
  if (segments.length === 2 && segments[0] === "people")
    return getPerson(req, slugContext(decodeURIComponent(segments[1]!)));
  return catchAll(req, undefined);
}

// ---------- the document and its validators ----------

let doc: Doc;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();

/** Refs into components.schemas, rewritten to $defs of a standalone schema Ajv can compile. */
function standalone(schema: unknown): Json {
  const rewrite = (value: unknown) =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"#/$defs/')) as Json;
  return { ...rewrite(schema), $defs: rewrite(doc.components.schemas) };
}

/** The validator of the response body the document declares for GET `path` answering `status`. */
function declared(path: string, status: number): ValidateFunction {
  const key = `${path} ${status}`;
  const cached = validators.get(key);
  if (cached) return cached;
  let response = doc.paths[path]?.get.responses[String(status)];
  if (!response) throw new Error(`the document declares no ${status} for GET ${path}`);
  const ref = response.$ref;
  if (typeof ref === "string") response = doc.components.responses[ref.replace("#/components/responses/", "")] as Json;
  const schema = (response.content as Record<string, { schema: Json }>)["application/json"]!.schema;
  const validate = ajv.compile(standalone(schema));
  validators.set(key, validate);
  return validate;
}

const component = (id: string) => {
  const key = `#${id}`;
  if (!validators.has(key)) validators.set(key, ajv.compile(standalone({ $ref: `#/components/schemas/${id}` })));
  return validators.get(key)!;
};

/** Asserts the body conforms to the document, and returns it. */
async function conforming(response: Response, path: string): Promise<Json> {
  const body = (await response.json()) as Json;
  const validate = declared(path, response.status);
  const ok = validate(body);
  expect(
    ok,
    `${path} ${response.status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
  ).toBe(true);
  return body;
}

// ---------- data ----------

function values(headline: string, overrides: Partial<ReleaseFormValues> = {}) {
  return releaseInput({
    headline,
    summary: `Summary ${tag}.`,
    body: `Body of ${headline}.`,
    issuer: `Office ${tag}`,
    countries: "AZ, GE",
    topics: "transport",
    agreements: [
      agreementRow({
        type: "TREATY",
        title: `Treaty ${tag}`,
        parties: `Party ${tag} One\nParty ${tag} Two`,
        signedOn: "2024-09-10",
      }),
    ],
    quotes: [
      quoteRow({
        speaker: `Speaker ${tag}`,
        speakerRole: "Minister",
        speakerOrganisation: `Ministry ${tag}`,
        text: `We said ${tag}.`,
      }),
    ],
    ...overrides,
  });
}

const made: Record<string, { id: string; slug: string }> = {};
let writer: SessionUser;
let editor: SessionUser;

/** Writer creates and submits, the editor publishes at `at` (a future `at` is an embargo not yet lifted). */
async function publish(name: string, at: Date, overrides: Partial<ReleaseFormValues> = {}) {
  const created = await createRelease(writer, values(`API ${name} ${tag}`, overrides));
  expect(
    await transitionRelease(writer, created.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE }),
  ).toMatchObject({ status: "ok" });
  expect(await publishEdition(editor, created.id, 2, { consistencyOverride: TEST_OVERRIDE }, at)).toMatchObject({
    status: "ok",
  });
  made[name] = created;
  return created;
}

beforeAll(async () => {
  writer = await makeUser("WRITER");
  editor = await makeUser("EDITOR");
  const hour = (h: number) => new Date(Date.UTC(2024, 8, 12, h));
  await publish("alpha", hour(8));
  await publish("beta", hour(9), { countries: "AZ" });
  await publish("gamma", hour(10), { countries: "GE", agreements: [] });
  // Never public: a draft, a scheduled one, an embargoed one, an unpublished one; and a withdrawn one.
  made.draft = await createRelease(writer, values(`API draft ${tag}`));
  const scheduled = await createRelease(writer, values(`API scheduled ${tag}`));
  await transitionRelease(writer, scheduled.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE });
  expect(
    await transitionRelease(editor, scheduled.id, 2, {
      action: "schedule",
      consistencyOverride: TEST_OVERRIDE,
      publishAt: new Date(Date.now() + 86_400_000),
      publishZone: "+04:00",
    }),
  ).toMatchObject({ status: "ok" });
  made.scheduled = scheduled;
  await publish("embargoed", new Date(Date.now() + 86_400_000));
  const unpublished = await publish("unpublished", hour(11));
  expect(await transitionRelease(editor, unpublished.id, 3, { action: "unpublish" })).toMatchObject({ status: "ok" });
  const withdrawn = await publish("withdrawn", hour(12));
  expect(
    await transitionRelease(editor, withdrawn.id, 3, { action: "withdraw", reason: `Issued in error ${tag}` }),
  ).toMatchObject({ status: "ok" });

  doc = (await (await call("/openapi.json")).json()) as Doc;
}, 60_000);

afterAll(async () => {
  await db().release.deleteMany({ where: { id: { in: Object.values(made).map((r) => r.id) } } });
  await db().mediaAsset.deleteMany({ where: { filename: { startsWith: `conformance-${tag}` } } });
}, 60_000);

/** Media rows made directly (the upload and the variant job have their own tests): a ready photo and a PDF. */
async function mediaAssets() {
  // The tag is hex ("cf" + 10 hex digits): unique SHA-256-shaped names for this run.
  const hash = (c: string) => tag.padEnd(64, c);
  const photo = await db().mediaAsset.create({
    data: {
      kind: "IMAGE",
      sha256: hash("a"),
      mime: "image/jpeg",
      bytes: 2_000,
      filename: `conformance-${tag}.jpg`,
      width: 1200,
      height: 600,
      originalKey: `originals/${hash("a")}.jpg`,
      variantStatus: "READY",
      placeholder: "data:image/webp;base64,AAAA",
      variants: {
        create: [
          { format: "AVIF", width: 480, height: 240, key: `img/${hash("a")}-480w-v1.avif`, bytes: 100 },
          { format: "WEBP", width: 480, height: 240, key: `img/${hash("a")}-480w-v1.webp`, bytes: 120 },
          { format: "JPEG", width: 960, height: 480, key: `img/${hash("a")}-960w-v1.jpg`, bytes: 300 },
        ],
      },
    },
  });
  const pdf = await db().mediaAsset.create({
    data: {
      kind: "ATTACHMENT",
      sha256: hash("b"),
      mime: "application/pdf",
      bytes: 5_300,
      filename: `conformance-${tag}.pdf`,
      originalKey: `files/${hash("b")}.pdf`,
      variantStatus: "READY",
    },
  });
  return { photo, pdf };
}

// ---------- tests ----------

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with every endpoint, and each of its schemas compiles as JSON Schema 2020-12", async () => {
    const response = await call("/openapi.json");
    await conforming(response, "/openapi.json");
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/agreements",
      "/openapi.json",
      "/people/{slug}",
      "/releases",
      "/releases/{slug}",
    ]);
    expect((doc as unknown as { servers: Array<{ url: string }> }).servers).toEqual([{ url: API }]);
    for (const id of Object.keys(doc.components.schemas)) expect(() => component(id), id).not.toThrow();
    // Every $ref points at something that exists.
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const pointer = ref.slice(8, -1).replace(/^#\//, "").split("/");
      const target = pointer.reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
      expect(target, ref).toBeTruthy();
    }
  });

  it("lists the parameters with their constraints, and the 304/400/404 responses with the error schema", () => {
    const params = Object.fromEntries(
      (doc.paths["/releases"]!.get.parameters ?? []).map((p) => [p.name, p as { schema: Json; in: string }]),
    );
    expect(Object.keys(params)).toEqual([
      "q",
      "country",
      "type",
      "issuer",
      "speaker",
      "from",
      "to",
      "language",
      "limit",
      "after",
      "before",
    ]);
    expect(params.limit!.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100, default: 20 });
    expect(params.q!.schema).toMatchObject({ type: "string", maxLength: 200 });
    expect(params.from!.schema).toMatchObject({ type: "string", format: "date" });
    expect(params.type!.schema).toMatchObject({ enum: expect.arrayContaining(["TREATY", "JOINT_DECLARATION"]) });
    expect(params.country!.schema).toMatchObject({ type: "array", items: { type: "string" } });
    // Each parameter's schema is valid JSON Schema 2020-12 and says what the handler enforces.
    for (const path of Object.keys(doc.paths)) {
      for (const p of doc.paths[path]!.get.parameters ?? [])
        expect(() => ajv.compile(p.schema as Json), `${path} ${String(p.name)}`).not.toThrow();
    }
    const limit = ajv.compile(params.limit!.schema);
    expect([limit(100), limit(101), limit(0)]).toEqual([true, false, false]);
    const release = doc.paths["/releases/{slug}"]!.get;
    expect(release.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(["path:slug", "query:format", "query:lang"]);
    expect(Object.keys(release.responses).sort()).toEqual(["200", "304", "400", "404", "410", "500"]);
    expect(doc.components.responses.NotFound).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    });
    expect(doc.components.schemas.Error).toMatchObject({ additionalProperties: false, required: ["error"] });
  });

  it("has teeth: a body with one extra field, or a missing one, does not conform", async () => {
    const body = await conforming(await call(`/releases/${made.alpha!.slug}`), "/releases/{slug}");
    const validate = component("Release");
    expect(validate(body)).toBe(true);
    expect(validate({ ...body, id: "internal" })).toBe(false);
    expect(
      validate({
        ...body,
        quotes: [
          {
            ...(body.quotes as Json[])[0],
            speaker: { ...((body.quotes as Json[])[0]!.speaker as Json), userId: "u1" },
          },
        ],
      }),
    ).toBe(false);
    const { headline: _h, ...missing } = body;
    expect(validate(missing)).toBe(false);
  });
});

describe("responses conform to the document", () => {
  it("GET /releases: the listing, its filters, search and keyset pages", async () => {
    const all = await conforming(await call("/releases"), "/releases");
    expect((all.items as Json[]).length).toBeGreaterThan(0);
    expect(all.limit).toBe(20);

    // Walk the tag's releases two at a time: newest first, no duplicates, nothing private.
    const seen: string[] = [];
    let next: string | null = `/releases?issuer=${encodeURIComponent(`Office ${tag}`)}&limit=2`;
    for (let guard = 0; next && guard < 5; guard++) {
      const response = await call(next);
      const page = await conforming(response, "/releases");
      seen.push(...(page.items as Array<{ slug: string }>).map((i) => i.slug));
      next = (page.links as { next: string | null }).next;
      if (next) expect(response.headers.get("link")).toContain(`<${next}>; rel="next"`);
    }
    expect(seen).toEqual([made.gamma!.slug, made.beta!.slug, made.alpha!.slug]);

    const searched = await conforming(await call(`/releases?q=${tag}`), "/releases");
    expect((searched.items as Array<{ slug: string }>).map((i) => i.slug).sort()).toEqual(
      [made.alpha!.slug, made.beta!.slug, made.gamma!.slug].sort(),
    );
    const byCountry = await conforming(await call(`/releases?issuer=Office+${tag}&country=GE`), "/releases");
    expect((byCountry.items as Array<{ slug: string }>).map((i) => i.slug)).toEqual([
      made.gamma!.slug,
      made.alpha!.slug,
    ]);
    const byType = await conforming(
      await call(`/releases?issuer=Office+${tag}&type=TREATY&speaker=Speaker+${tag}&from=2024-09-12&to=2024-09-12`),
      "/releases",
    );
    expect((byType.items as Array<{ slug: string }>).map((i) => i.slug)).toEqual([made.beta!.slug, made.alpha!.slug]);
  });

  it("GET /releases never lists drafts, scheduled, embargoed, unpublished or withdrawn releases", async () => {
    const response = await call(`/releases?q=${tag}&limit=100`);
    const text = JSON.stringify(await conforming(response, "/releases"));
    for (const name of ["draft", "scheduled", "embargoed", "unpublished", "withdrawn"])
      expect(text).not.toContain(`API ${name} ${tag}`);
  });

  it("GET /releases/{slug}: JSON and ninjs; the withdrawn one as a 410 and a ninjs kill notice; the rest 404", async () => {
    const release = await conforming(await call(`/releases/${made.alpha!.slug}`), "/releases/{slug}");
    expect(component("Release")(release)).toBe(true);
    expect(release).toMatchObject({
      slug: made.alpha!.slug,
      issuer: `Office ${tag}`,
      edition: 1,
      body: `Body of API alpha ${tag}.`,
      changes: [],
    });
    expect(release.quotes).toEqual([
      expect.objectContaining({
        text: `We said ${tag}.`,
        speaker: expect.objectContaining({ name: `Speaker ${tag}`, role: "Minister", organisation: `Ministry ${tag}` }),
      }),
    ]);

    const ninjs = await conforming(await call(`/releases/${made.alpha!.slug}?format=ninjs`), "/releases/{slug}");
    expect(component("Ninjs")(ninjs)).toBe(true);
    expect(ninjs).toMatchObject({
      uri: `${SITE}/releases/${made.alpha!.slug}`,
      type: "text",
      pubStatus: "usable",
      located: "Baku",
    });

    const gone = await call(`/releases/${made.withdrawn!.slug}`);
    expect(gone.status).toBe(410);
    expect(await conforming(gone, "/releases/{slug}")).toMatchObject({
      error: { status: 410, code: "withdrawn", message: expect.stringContaining(`Issued in error ${tag}`) },
    });
    const kill = await conforming(await call(`/releases/${made.withdrawn!.slug}?format=ninjs`), "/releases/{slug}");
    expect(kill).toMatchObject({ pubStatus: "canceled" });
    expect(JSON.stringify(kill)).not.toContain("Body of");

    for (const name of ["draft", "scheduled", "embargoed", "unpublished"]) {
      for (const suffix of ["", "?format=ninjs"]) {
        const response = await call(`/releases/${made[name]!.slug}${suffix}`);
        expect(response.status, `${name}${suffix}`).toBe(404);
        expect(JSON.stringify(await conforming(response, "/releases/{slug}"))).not.toContain(`API ${name}`);
      }
    }
    const unknown = await call("/releases/no-such-release-at-all");
    expect(unknown.status).toBe(404);
    await conforming(unknown, "/releases/{slug}");
    expect((await call("/releases/%00%01")).status).toBe(404);
  });

  it("GET /agreements and GET /people/{slug}", async () => {
    const agreements = await conforming(await call(`/agreements?party=Party+${tag}+One`), "/agreements");
    expect(
      (agreements.items as Array<{ title: string; release: { slug: string } }>).map((a) => a.release.slug),
    ).toEqual([made.beta!.slug, made.alpha!.slug]);
    await conforming(await call("/agreements?type=JOINT_DECLARATION&country=CN&page=1"), "/agreements");

    const person = await conforming(await call(`/people/speaker-${tag}`), "/people/{slug}");
    expect(person).toMatchObject({ name: `Speaker ${tag}`, slug: `speaker-${tag}` });
    // Only the public releases' quotes: not the draft's, the embargoed one's or the withdrawn one's.
    expect((person.quotes as Array<{ release: { slug: string } }>).map((q) => q.release.slug)).toEqual([
      made.gamma!.slug,
      made.beta!.slug,
      made.alpha!.slug,
    ]);
    const nobody = await call("/people/nobody-by-this-name");
    expect(nobody.status).toBe(404);
    await conforming(nobody, "/people/{slug}");
  });

  it("400s name the parameter and conform to the error schema, on every endpoint", async () => {
    const cases: Array<[string, string, string]> = [
      ["/releases?from=garbage", "/releases", "from"],
      ["/releases?limit=99999", "/releases", "limit"],
      [`/releases?q=${"x".repeat(5000)}`, "/releases", "q"],
      ["/releases?q=the", "/releases", "q"],
      ["/releases?after=bm90LWEtY3Vyc29y", "/releases", "after"],
      ["/releases?nonsense=1", "/releases", "nonsense"],
      ["/agreements?page=0", "/agreements", "page"],
      [`/agreements?party=${"p".repeat(300)}`, "/agreements", "party"],
      [`/releases/${made.alpha?.slug ?? "x"}?format=xml`, "/releases/{slug}", "format"],
      ["/people/aykhan-hajizade?x=1", "/people/{slug}", "x"],
      ["/openapi.json?x=1", "/openapi.json", "x"],
    ];
    for (const [url, path, parameter] of cases) {
      const response = await call(url);
      expect(response.status, url).toBe(400);
      expect((await conforming(response, path)).error, url).toMatchObject({ status: 400, parameter });
    }
  });

  it("a ranked cursor is refused on the listing by date (and the other way round)", async () => {
    const ranked = await conforming(await call(`/releases?q=${tag}&limit=1`), "/releases");
    const next = (ranked.links as { next: string }).next;
    const cursor = new URL(next).searchParams.get("after")!;
    const response = await call(`/releases?after=${cursor}`);
    expect(response.status).toBe(400);
    expect((await conforming(response, "/releases")).error).toMatchObject({ parameter: "after" });
  });

  it("304 for If-None-Match and If-Modified-Since, on each endpoint", async () => {
    for (const path of [
      `/releases/${made.alpha!.slug}`,
      `/releases/${made.alpha!.slug}?format=ninjs`,
      "/releases",
      "/agreements",
      `/people/speaker-${tag}`,
      "/openapi.json",
    ]) {
      const first = await call(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag")!;
      const again = await call(path, { "if-none-match": etag });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
      const lastModified = first.headers.get("last-modified");
      if (path !== "/openapi.json") {
        expect(lastModified, path).toBeTruthy();
        expect((await call(path, { "if-modified-since": lastModified! })).status, path).toBe(304);
        expect(
          (await call(path, { "if-modified-since": new Date(Date.parse(lastModified!) - 1000).toUTCString() })).status,
          path,
        ).toBe(200);
      }
    }
    // The release's Last-Modified is its own publication, not the newest change anywhere.
    expect((await call(`/releases/${made.alpha!.slug}`)).headers.get("last-modified")).toBe(
      "Thu, 12 Sep 2024 08:00:00 GMT",
    );
  });

  it("issue 13: a release with a lead image and a PDF conforms as JSON and as ninjs", async () => {
    const { photo, pdf } = await mediaAssets();
    const input = values(`API media ${tag}`);
    const created = await createRelease(writer, {
      ...input,
      media: [
        {
          assetId: photo.id,
          role: "LEAD",
          altText: "Signing",
          caption: "In Baku",
          credit: "Press office",
          title: null,
        },
        { assetId: pdf.id, role: "ATTACHMENT", altText: "", caption: null, credit: null, title: "Memorandum" },
      ],
    });
    made.media = created;
    await transitionRelease(writer, created.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE });
    await publishEdition(
      editor,
      created.id,
      2,
      { consistencyOverride: TEST_OVERRIDE },
      new Date(Date.UTC(2024, 8, 12, 13)),
    );

    const body = await conforming(await call(`/releases/${created.slug}`), "/releases/{slug}");
    expect(body.media).toMatchObject({
      images: [{ role: "lead", alt: "Signing", url: `${SITE}/media/img/${photo.sha256}-960w-v1.jpg` }],
      attachments: [{ title: "Memorandum", typeLabel: "PDF", size: "5.3 KB", url: `${SITE}/media/${pdf.originalKey}` }],
    });
    const ninjs = await conforming(await call(`/releases/${created.slug}?format=ninjs`), "/releases/{slug}");
    expect((ninjs.associations as Json[]).map((a) => a.name)).toEqual(["mainpicture", "attachment-1"]);
  });

  it("issue 15: a date-only release conforms as JSON and as ninjs: the date alone, no offset, no invented time", async () => {
    const created = await publish("date-only", new Date(Date.UTC(2024, 8, 12, 14)), {
      date: "2024-09-10",
      time: "",
      utcOffset: "",
    });
    const body = await conforming(await call(`/releases/${created.slug}`), "/releases/{slug}");
    expect(body.dateline).toMatchObject({ at: "2024-09-10", utcOffset: null });
    expect(String((body.dateline as Json).text)).toMatch(/10 September 2024$/);
    const ninjs = await conforming(await call(`/releases/${created.slug}?format=ninjs`), "/releases/{slug}");
    expect(ninjs).not.toHaveProperty("contentCreated");
  });

  it("unknown paths under /api/v1 are JSON 404s", async () => {
    for (const path of ["/nope", "/releases/a/b", "/people"]) {
      const response = await call(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ error: { status: 404, code: "not_found" } });
    }
  });
});
