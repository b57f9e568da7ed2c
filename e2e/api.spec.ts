import { expect, test, type APIResponse } from "./support/test";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { PUBLIC_CACHE_CONTROL } from "../lib/http/cache-control";
import { sql } from "./support/db";

// The open API over HTTP against the production build: what a newsroom system or a script sees.

const SEED_SLUG = "azerbaijan-and-china-raise-relations-to-strategic-partnership";
// Unique per worker: with fullyParallel each worker that runs tests of this file runs beforeAll too.
const tag = `apie2e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const OFFICE = `API office ${tag}`;
const SPEAKER = `api-speaker-${tag}`;
const PUBLISHED = 5;
const HIDDEN = ["draft", "scheduled", "embargoed", "unpublished"] as const;

type Json = Record<string, unknown>;
type Summary = { slug: string; headline: string };
type List = { items: Summary[]; limit: number; links: { self: string; next: string | null; prev: string | null } };

const slugOf = (name: string) => `${tag}-${name}`;

test.beforeAll(async () => {
  // Plain SQL, published long before the seed (2002) so other specs' first pages are unchanged; the
  // search triggers index these editions like any other. Five public releases, then one of each kind
  // that must never be public, and a withdrawn one.
  await sql(
    `INSERT INTO "Release" (id, slug, "updatedAt", "publishedAt")
     SELECT $1 || '-pub' || g, $1 || '-pub' || g, now(), timestamptz '2002-01-01' + g * interval '1 hour' FROM generate_series(1, ${PUBLISHED}) g`,
    [tag],
  );
  await sql(
    `INSERT INTO "Edition" (id, "releaseId", number, status, headline, summary, body, "datelinePlace", "datelineAt", "datelineOffsetMinutes", issuer, countries, "updatedAt", "publishedAt")
     SELECT $1 || '-pub' || g || 'e', $1 || '-pub' || g, 1, 'PUBLISHED', 'API release ' || g || ' ' || $1, 'Summary ' || g, 'Body ' || g || ' of ' || $1,
            'Baku', timestamptz '2002-01-01' + g * interval '1 hour', 240, $2, CASE WHEN g % 2 = 0 THEN ARRAY['GE'] ELSE ARRAY['AZ'] END,
            now(), timestamptz '2002-01-01' + g * interval '1 hour'
     FROM generate_series(1, ${PUBLISHED}) g`,
    [tag, OFFICE],
  );
  await sql(`UPDATE "Release" SET "liveEditionId" = id || 'e' WHERE id LIKE $1 || '-pub%'`, [tag]);
  await sql(
    `INSERT INTO "Agreement" (id, "editionId", position, type, title, parties) VALUES ($1 || '-a1', $1 || '-pub1e', 0, 'TREATY', 'Treaty of ' || $1, ARRAY['Party ' || $1, 'Other party'])`,
    [tag],
  );
  await sql(
    `INSERT INTO "Person" (id, slug, name, aliases, "updatedAt") VALUES ($1, $1, 'Speaker ' || $2, '{}', now())`,
    [SPEAKER, tag],
  );
  await sql(
    `INSERT INTO "Quote" (id, "editionId", position, "personId", text, "speakerRole", "speakerOrganisation") SELECT $1 || '-q' || g, $1 || '-pub' || g || 'e', 0, $2, 'Quoted ' || $1 || ' ' || g, 'Minister', 'Ministry' FROM generate_series(1, 2) g`,
    [tag, SPEAKER],
  );

  // Never public: a draft, a scheduled edition, an embargo (published in the future), an unpublished one.
  const hidden: Record<
    (typeof HIDDEN)[number],
    { releaseAt: string | null; status: string; editionAt: string | null; live: boolean; publishAt?: string }
  > = {
    draft: { releaseAt: null, status: "DRAFT", editionAt: null, live: false },
    scheduled: {
      releaseAt: null,
      status: "SCHEDULED",
      editionAt: null,
      live: false,
      publishAt: "now() + interval '2 days'",
    },
    embargoed: {
      releaseAt: "now() + interval '2 days'",
      status: "PUBLISHED",
      editionAt: "now() + interval '2 days'",
      live: true,
    },
    unpublished: {
      releaseAt: "timestamptz '2002-01-02'",
      status: "UNPUBLISHED",
      editionAt: "timestamptz '2002-01-02'",
      live: false,
    },
  };
  for (const [name, h] of Object.entries(hidden)) {
    const id = slugOf(name);
    await sql(
      `INSERT INTO "Release" (id, slug, "updatedAt", "publishedAt") VALUES ($1, $1, now(), ${h.releaseAt ?? "NULL"})`,
      [id],
    );
    await sql(
      `INSERT INTO "Edition" (id, "releaseId", number, status, headline, body, "datelineAt", "datelineOffsetMinutes", issuer, "updatedAt", "publishedAt", "publishAt")
       VALUES ($1 || 'e', $1, 1, $2, 'API hidden ' || $3 || ' ' || $4, 'Secret body ' || $4, timestamptz '2002-01-03', 0, $5, now(), ${h.editionAt ?? "NULL"}, ${h.publishAt ?? "NULL"})`,
      [id, h.status, name, tag, OFFICE],
    );
    if (h.live) await sql(`UPDATE "Release" SET "liveEditionId" = $1 || 'e' WHERE id = $1`, [id]);
  }
  const withdrawn = slugOf("withdrawn");
  await sql(
    `INSERT INTO "Release" (id, slug, "updatedAt", "publishedAt", "withdrawnAt", "withdrawnReason") VALUES ($1, $1, now(), timestamptz '2002-01-04', timestamptz '2002-01-05', 'Issued in error')`,
    [withdrawn],
  );
  await sql(
    `INSERT INTO "Edition" (id, "releaseId", number, status, headline, body, "datelineAt", "datelineOffsetMinutes", issuer, "updatedAt", "publishedAt")
     VALUES ($1 || 'e', $1, 1, 'WITHDRAWN', 'API withdrawn ' || $2, 'Withdrawn body ' || $2, timestamptz '2002-01-04', 0, $3, now(), timestamptz '2002-01-04')`,
    [withdrawn, tag, OFFICE],
  );
  await sql(`UPDATE "Release" SET "liveEditionId" = $1 || 'e' WHERE id = $1`, [withdrawn]);
});

test.afterAll(async () => {
  await sql(`DELETE FROM "Release" WHERE id LIKE $1 || '%'`, [tag]);
  await sql(`DELETE FROM "Person" WHERE id = $1`, [SPEAKER]);
});

async function json<T = Json>(response: APIResponse): Promise<T> {
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  return (await response.json()) as T;
}

test("the release listing: filters, search, and pages that walk without duplicates", async ({ request }) => {
  const seen: string[] = [];
  let next: string | null = `/api/v1/releases?issuer=${encodeURIComponent(OFFICE)}&limit=2`;
  let pages = 0;
  while (next) {
    const response: APIResponse = await request.get(next);
    expect(response.status()).toBe(200);
    const page: List = await json<List>(response);
    expect(page.items.length).toBeLessThanOrEqual(2);
    seen.push(...page.items.map((i) => i.slug));
    if (page.links.next) expect(response.headers()["link"]).toContain(`<${page.links.next}>; rel="next"`);
    if (pages === 1) {
      // The way back from page 2 is page 1 again.
      const back = await json<List>(await request.get(page.links.prev!));
      expect(back.items.map((i) => i.slug)).toEqual(seen.slice(0, 2));
    }
    next = page.links.next;
    pages++;
    expect(pages).toBeLessThan(10);
  }
  expect(pages).toBe(3);
  expect(seen).toEqual([5, 4, 3, 2, 1].map((g) => `${tag}-pub${g}`));
  expect(new Set(seen).size).toBe(seen.length);

  const slugs = async (query: string) =>
    (await json<List>(await request.get(`/api/v1/releases?${query}`))).items.map((i) => i.slug);
  expect(await slugs(`issuer=${encodeURIComponent(OFFICE)}&country=GE`)).toEqual([`${tag}-pub4`, `${tag}-pub2`]);
  expect(await slugs(`issuer=${encodeURIComponent(OFFICE)}&type=TREATY`)).toEqual([`${tag}-pub1`]);
  expect(await slugs(`speaker=${SPEAKER}`)).toEqual([`${tag}-pub2`, `${tag}-pub1`]);
  expect(await slugs(`issuer=${encodeURIComponent(OFFICE)}&from=2002-01-01&to=2002-01-01`)).toHaveLength(PUBLISHED);
  expect(await slugs(`issuer=${encodeURIComponent(OFFICE)}&to=2001-12-31`)).toEqual([]);
  // Full-text search reaches agreement parties and quote text, like the search on /.
  expect(await slugs(`q=${encodeURIComponent(`"Party ${tag}"`)}`)).toEqual([`${tag}-pub1`]);
  expect((await slugs(`q=${tag}&limit=100`)).sort()).toEqual([1, 2, 3, 4, 5].map((g) => `${tag}-pub${g}`));
});

test("drafts, scheduled, embargoed and unpublished releases are in no listing and 404 by slug", async ({ request }) => {
  const listed = JSON.stringify(
    await json(await request.get(`/api/v1/releases?issuer=${encodeURIComponent(OFFICE)}&limit=100`)),
  );
  const searched = JSON.stringify(await json(await request.get(`/api/v1/releases?q=${tag}&limit=100`)));
  for (const name of HIDDEN) {
    expect(listed).not.toContain(`API hidden ${name}`);
    expect(searched).not.toContain(`API hidden ${name}`);
    for (const format of ["", "?format=ninjs"]) {
      const response = await request.get(`/api/v1/releases/${slugOf(name)}${format}`);
      expect(response.status(), `${name}${format}`).toBe(404);
      const text = await response.text();
      expect(text).not.toContain("Secret body");
      expect(JSON.parse(text)).toMatchObject({ error: { status: 404, code: "not_found" } });
    }
  }
  expect(listed).not.toContain("API withdrawn");
  // A withdrawn release keeps its URL: 410 with the reason, and a ninjs kill notice.
  const withdrawn = await request.get(`/api/v1/releases/${slugOf("withdrawn")}`);
  expect(withdrawn.status()).toBe(410);
  expect(await json(withdrawn)).toMatchObject({
    error: { status: 410, code: "withdrawn", message: expect.stringContaining("Issued in error") },
  });
  const kill = await json(await request.get(`/api/v1/releases/${slugOf("withdrawn")}?format=ninjs`));
  expect(kill).toMatchObject({ pubStatus: "canceled", headlines: [{ role: "main", value: `API withdrawn ${tag}` }] });
  expect(JSON.stringify(kill)).not.toContain("Withdrawn body");
});

test("one release with every structured field, and as IPTC ninjs", async ({ request, baseURL }) => {
  const response = await request.get(`/api/v1/releases/${SEED_SLUG}`);
  expect(response.status()).toBe(200);
  const release = await json(response);
  expect(release).toMatchObject({
    slug: SEED_SLUG,
    url: `${baseURL}/releases/${SEED_SLUG}`,
    headline: "Azerbaijan and China raise relations to strategic partnership",
    dateline: {
      place: null,
      at: "2024-07-04T09:00:00+04:00",
      utcOffset: "+04:00",
      text: "4 July 2024 09:00 (UTC+04:00)",
    },
    issuer: "Ministry of Foreign Affairs of the Republic of Azerbaijan",
    sourceCredit: "Azernews",
    mediaContact: null,
    countries: ["AZ", "CN"],
    publishedAt: "2024-07-04T05:00:00.000Z",
    links: {
      html: `${baseURL}/releases/${SEED_SLUG}`,
      self: `${baseURL}/api/v1/releases/${SEED_SLUG}`,
      ninjs: `${baseURL}/api/v1/releases/${SEED_SLUG}?format=ninjs`,
    },
  });
  expect(release.body).toMatch(/^The traditional friendly and cooperative relations/);
  expect((release.agreements as Json[]).map((a) => a.title)).toContain(
    "Joint Declaration on the Establishment of Strategic Partnership",
  );
  expect(release.agreements).toContainEqual({
    type: "AGREEMENT",
    title: "Agreement on unilaterally exempting Chinese citizens from entry visas",
    parties: [
      "Ministry of Foreign Affairs of the Republic of Azerbaijan",
      "Ministry of Foreign Affairs of the People's Republic of China",
    ],
    signedOn: null,
    note: "reciprocity at the next stage",
  });
  expect((release.quotes as Json[])[1]).toMatchObject({
    speaker: {
      name: "Aykhan Hajizade",
      slug: "aykhan-hajizade",
      role: "Press Secretary",
      url: `${baseURL}/people/aykhan-hajizade`,
      apiUrl: `${baseURL}/api/v1/people/aykhan-hajizade`,
    },
    url: `${baseURL}/releases/${SEED_SLUG}#quote-2`,
  });
  // Issue 13: the seed's title card, drawn at seed time, is its lead image.
  expect(release.media).toMatchObject({
    images: [{ role: "lead", alt: expect.stringContaining("Azerbaijan – China"), width: 1600 }],
    attachments: [],
  });
  // Nothing editorial: no ids, no workflow, no people who edited it.
  expect(Object.keys(release).sort()).toEqual(
    [
      "agreements",
      "body",
      "changes",
      "countries",
      "dateline",
      "edition",
      "headline",
      "issuer",
      // Issue 14: the version's language and its language versions (none for the seed).
      "language",
      "links",
      "media",
      "mediaContact",
      "publishedAt",
      "quotes",
      "slug",
      "sourceCredit",
      "summary",
      "topics",
      "translations",
      "updatedAt",
      "url",
    ].sort(),
  );
  expect(release.language).toBe("en");
  expect(release.translations).toEqual([]);
  expect(JSON.stringify(release)).not.toMatch(/Administrator|admin@|"id"|workflow|editionId/);

  const ninjs = await json(await request.get(`/api/v1/releases/${SEED_SLUG}?format=ninjs`));
  expect(ninjs).toMatchObject({
    uri: `${baseURL}/releases/${SEED_SLUG}`,
    standard: { name: "ninjs", version: "3.3" },
    type: "text",
    firstCreated: "2024-07-04T09:00:00+04:00",
    pubStatus: "usable",
    language: "en",
    headlines: [{ role: "main", value: "Azerbaijan and China raise relations to strategic partnership" }],
    genres: [{ name: "Press Release", uri: "http://cv.iptc.org/newscodes/genre/Press_Release" }],
    people: [
      {
        name: "Aykhan Hajizade",
        rel: "quoted as Press Secretary, Ministry of Foreign Affairs of the Republic of Azerbaijan",
        literal: "aykhan-hajizade",
      },
    ],
  });
  expect(ninjs.version).toBe(String(release.edition));
  expect((ninjs.bodies as Json[]).map((b) => b.contentType)).toEqual(["text/markdown", "text/html"]);
  expect(ninjs.infoSources).toContainEqual({
    name: "Ministry of Foreign Affairs of the Republic of Azerbaijan",
    role: "originator",
  });
  expect(ninjs.organisations).toContainEqual({ name: "People's Republic of China", rel: "party" });
  expect(ninjs.places).toContainEqual({ name: expect.stringContaining("China"), rel: "country", literal: "CN" });
});

test("agreements and people", async ({ request, baseURL }) => {
  const agreements = await json<{ items: Json[]; page: number; links: Json }>(
    await request.get("/api/v1/agreements?type=JOINT_DECLARATION&country=CN"),
  );
  expect(agreements.page).toBe(1);
  expect(agreements.items).toContainEqual({
    type: "JOINT_DECLARATION",
    title: "Joint Declaration on the Establishment of Strategic Partnership",
    parties: ["Republic of Azerbaijan", "People's Republic of China"],
    signedOn: null,
    note: null,
    release: {
      slug: SEED_SLUG,
      headline: "Azerbaijan and China raise relations to strategic partnership",
      url: `${baseURL}/releases/${SEED_SLUG}`,
      apiUrl: `${baseURL}/api/v1/releases/${SEED_SLUG}`,
      publishedAt: "2024-07-04T05:00:00.000Z",
    },
  });
  expect(agreements.items.every((a) => a.type === "JOINT_DECLARATION")).toBe(true);
  const byParty = await json<{ items: Array<{ title: string }> }>(
    await request.get(`/api/v1/agreements?party=${encodeURIComponent(`Party ${tag}`)}`),
  );
  expect(byParty.items.map((a) => a.title)).toEqual([`Treaty of ${tag}`]);

  const person = await json<{
    name: string;
    aliases: string[];
    quotes: Array<{ url: string; release: { slug: string } }>;
  }>(await request.get("/api/v1/people/aykhan-hajizade"));
  expect(person).toMatchObject({
    name: "Aykhan Hajizade",
    role: "Press Secretary",
    url: `${baseURL}/people/aykhan-hajizade`,
  });
  expect(person.aliases).toContain("A. Hajizade");
  expect(person.quotes.map((q) => q.url)).toEqual(
    expect.arrayContaining([`${baseURL}/releases/${SEED_SLUG}#quote-1`, `${baseURL}/releases/${SEED_SLUG}#quote-2`]),
  );
  const speaker = await json<{ quotes: Array<{ release: { slug: string } }> }>(
    await request.get(`/api/v1/people/${SPEAKER}`),
  );
  expect(speaker.quotes.map((q) => q.release.slug)).toEqual([`${tag}-pub2`, `${tag}-pub1`]);
  expect((await request.get("/api/v1/people/nobody-by-this-name")).status()).toBe(404);
});

test("conditional requests: 304 for If-None-Match and If-Modified-Since, with the cache policy", async ({
  request,
}) => {
  for (const path of [
    `/api/v1/releases/${SEED_SLUG}`,
    `/api/v1/releases/${SEED_SLUG}?format=ninjs`,
    `/api/v1/releases?issuer=${encodeURIComponent(OFFICE)}`,
    // This test's own agreement and person: what other tests publish meanwhile cannot change them
    // between the two requests (the seed's speaker is quoted again by e2e/import.spec.ts).
    `/api/v1/agreements?party=${encodeURIComponent(`Party ${tag}`)}`,
    `/api/v1/people/${SPEAKER}`,
  ]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const { etag, "last-modified": lastModified, "cache-control": cacheControl } = first.headers();
    expect(etag, path).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(lastModified, path).toMatch(/GMT$/);
    expect(cacheControl).toBe(PUBLIC_CACHE_CONTROL);

    const byTag = await request.get(path, { headers: { "If-None-Match": etag! } });
    expect(byTag.status(), path).toBe(304);
    expect((await byTag.body()).length).toBe(0);
    expect(byTag.headers()["etag"]).toBe(etag);
    expect(byTag.headers()["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);

    expect((await request.get(path, { headers: { "If-Modified-Since": lastModified! } })).status(), path).toBe(304);
    const earlier = new Date(Date.parse(lastModified!) - 60_000).toUTCString();
    expect((await request.get(path, { headers: { "If-Modified-Since": earlier } })).status(), path).toBe(200);
    expect((await request.get(path, { headers: { "If-None-Match": 'W/"something-else"' } })).status(), path).toBe(200);
  }
  // A release's Last-Modified is when readers last saw it change, as its updatedAt says.
  const seed = await request.get(`/api/v1/releases/${SEED_SLUG}`);
  expect(seed.headers()["last-modified"]).toBe(
    new Date(((await seed.json()) as { updatedAt: string }).updatedAt).toUTCString(),
  );
  const head = await request.head(`/api/v1/releases/${SEED_SLUG}`);
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toBeTruthy();
});

test("CORS: readable from any origin, with a preflight for the conditional headers", async ({ request }) => {
  const response = await request.get("/api/v1/releases?limit=1", {
    headers: { Origin: "https://newsroom.example.com" },
  });
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["access-control-expose-headers"]).toBe("ETag, Last-Modified, Link");

  const preflight = await request.fetch(`/api/v1/releases/${SEED_SLUG}`, {
    method: "OPTIONS",
    headers: {
      Origin: "https://newsroom.example.com",
      "Access-Control-Request-Method": "GET",
      "Access-Control-Request-Headers": "if-none-match",
    },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
  expect(preflight.headers()["access-control-allow-headers"]?.toLowerCase()).toContain("if-none-match");

  const error = await request.get("/api/v1/releases?from=garbage", {
    headers: { Origin: "https://newsroom.example.com" },
  });
  expect(error.headers()["access-control-allow-origin"]).toBe("*");
  const post = await request.post("/api/v1/releases", { data: { headline: "x" } });
  expect(post.status()).toBe(405);
  expect(await json(post)).toMatchObject({ error: { status: 405, code: "method_not_allowed" } });
});

test("bad input is a JSON 400 naming the parameter; unknown paths are JSON 404s; never a 500", async ({ request }) => {
  const cases: Array<[string, string]> = [
    ["/api/v1/releases?from=garbage", "from"],
    ["/api/v1/releases?to=2024-02-30", "to"],
    ["/api/v1/releases?limit=99999", "limit"],
    [`/api/v1/releases?q=${"x".repeat(5_000)}`, "q"],
    [`/api/v1/releases?issuer=${"i".repeat(2_000)}`, "issuer"],
    ["/api/v1/releases?after=%ZZ", "after"],
    ["/api/v1/releases?after=eyJub3QiOiJhIGN1cnNvciJ9", "after"],
    ["/api/v1/releases?country=ZZ", "country"],
    ["/api/v1/releases?type=NOPE", "type"],
    ["/api/v1/releases?q=%00%01the", "q"],
    ["/api/v1/releases?from=2024-08-01&to=2024-07-01", "from"],
    ["/api/v1/releases?sort=oldest", "sort"],
    [`/api/v1/releases/${SEED_SLUG}?format=xml`, "format"],
    ["/api/v1/agreements?page=-1", "page"],
  ];
  for (const [path, parameter] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = await json<{ error: { status: number; code: string; message: string; parameter: string } }>(response);
    expect(body.error, path).toMatchObject({ status: 400, parameter });
    expect(body.error.message).toContain(parameter);
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|prisma/i);
  }
  for (const path of [
    "/api/v1/releases/no-such-release",
    "/api/v1/releases/NOT%20A%20SLUG",
    "/api/v1/nope",
    "/api/v1/releases/a/b/c",
    "/api/v1/people/%F0%9F%92%A9",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await json(response)).toMatchObject({ error: { status: 404, code: "not_found" } });
  }
  const malformed = await request.get("/api/v1/releases/%ZZ");
  expect(malformed.status()).toBeLessThan(500);
});

test("the OpenAPI document describes what the API answers", async ({ request }) => {
  const doc = await json<{
    openapi: string;
    servers: Array<{ url: string }>;
    paths: Record<string, Json>;
    components: { schemas: Record<string, Json> };
  }>(await request.get("/api/v1/openapi.json"));
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/releases", "/releases/{slug}", "/agreements", "/people/{slug}"]),
  );
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const defs = JSON.parse(
    JSON.stringify(doc.components.schemas).replaceAll('"#/components/schemas/', '"#/$defs/'),
  ) as Json;
  const validate = (id: string, body: unknown) => {
    const check = ajv.compile({ $ref: `#/$defs/${id}`, $defs: defs });
    expect(check(body), `${id}: ${ajv.errorsText(check.errors)}`).toBe(true);
  };
  validate(
    "ReleaseList",
    await (await request.get(`/api/v1/releases?issuer=${encodeURIComponent(OFFICE)}&limit=2`)).json(),
  );
  validate("Release", await (await request.get(`/api/v1/releases/${SEED_SLUG}`)).json());
  validate("Ninjs", await (await request.get(`/api/v1/releases/${SEED_SLUG}?format=ninjs`)).json());
  validate("AgreementList", await (await request.get("/api/v1/agreements")).json());
  validate("Person", await (await request.get("/api/v1/people/aykhan-hajizade")).json());
  validate("Error", await (await request.get("/api/v1/releases?limit=0")).json());
});
