// Bulk seeding: N published releases, each with 1–3 agreements and 1–2 quotes, generated inside
// PostgreSQL (INSERT … SELECT generate_series) from the vocabulary, in batches, so 100 000 releases take
// a minute or two rather than an hour of DAL calls.
//
// The rows are exactly what the app writes when a release is published (lib/dal/releases.ts): a
// Release whose liveEditionId points at its PUBLISHED edition number 1, both with publishedAt, the
// edition submitted by one user and approved by another. Public reads (publicWhere()) see them.
//
// Search vectors: the triggers of migration *_public_search would compute each edition's vector three
// times (on the edition insert, then again after the agreement and after the quote statement). The
// batch instead runs with session_replication_role = replica (no triggers, no foreign-key triggers:
// every reference is valid by construction) and then fills the column with the SAME function the
// triggers call, edition_search_vector(), once per edition, after its agreements and quotes exist.
// The result is identical to what the triggers would have stored; checkBulkSeed() verifies it.
//
// The body's plain text (Edition.bodyText, which search excerpts are cut from) is what publishing
// stores (markdownToText of the body, on one line): the generated bodies are plain sentences, so it is
// the body with its white space runs made one space, and checkBulkSeed() compares a sample with
// markdownToText itself. Without it every bulk-seeded search fell back to parsing the 20 bodies shown
// (about 17 ms of the app's CPU a search, ~0.9 ms a body), which no published archive does.
// The filter choices' summary (issue 17, kept by deferred triggers) is rebuilt once at the end.
import type pg from "pg";
import { markdownToText } from "../../lib/domain/markdown-text";
import type { BenchDatabase } from "./database";
import {
  AGREEMENT_KINDS,
  BODIES,
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  QUOTES,
  ROLES,
  SENTENCES,
  TOPICS,
  WORDS,
} from "./vocabulary";

const PEOPLE_PER_COUNTRY = 10;
const BATCH = 10_000;

const HEADLINES = [
  "{A} and {B} sign {K} on {T}",
  "{M} of {A} hosts talks with {B} on {T}",
  "{A} and {B} agree to expand cooperation in {T}",
  "{P} discusses {T} with delegation from {B}",
  "New {K} between {A} and {B} covers {T} and {T2}",
  "{A} and {B} launch joint programme on {T2}",
  "{A} and {B} review progress on {T} in {C}",
  "{M} of {A} and {B} step up work on {W1}",
];

interface Person {
  id: string;
  slug: string;
  name: string;
  role: string;
  organisation: string;
}

/** People quoted in the generated releases: PEOPLE_PER_COUNTRY per country, in COUNTRIES order. */
function benchPeople(): Person[] {
  const people: Person[] = [];
  const used = new Set<string>();
  let n = 0;
  for (const [c, country] of COUNTRIES.entries()) {
    for (let j = 0; j < PEOPLE_PER_COUNTRY; j++) {
      let name: string;
      do {
        name = `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[(n * 7 + Math.floor(n / LAST_NAMES.length)) % LAST_NAMES.length]}`;
        n++;
      } while (used.has(name));
      used.add(name);
      const index = c * PEOPLE_PER_COUNTRY + j + 1;
      people.push({
        id: `bench-person-${index}`,
        slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-bench-${index}`,
        name,
        role: ROLES[(c + j) % ROLES.length]!,
        organisation: `${BODIES[(c * 3 + j) % BODIES.length]} of ${country.name}`,
      });
    }
  }
  return people;
}

export async function seedPeople(sql: pg.Client): Promise<void> {
  const people = benchPeople();
  await sql.query(
    `INSERT INTO "Person" (id, slug, name, "createdAt", "updatedAt")
     SELECT * , now(), now() FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (id) DO NOTHING`,
    [people.map((p) => p.id), people.map((p) => p.slug), people.map((p) => p.name)],
  );
}

/** A deterministic pseudo-random non-negative number per release (and salt): the same seed, the same data. */
const h = (salt: string, extra = "") => `abs(hashtext('${salt}:' || g.i${extra})::bigint)`;

/** SQL that fills a template's slots from the generated row (aliases g = bench_gen, s = per-sentence values). */
function fill(template: string, perSentence = false): string {
  const slots: Array<[string, string]> = [
    ["{A}", "g.a_name"],
    ["{B}", "g.b_name"],
    ["{C}", "g.city"],
    ["{M}", "g.body_name"],
    ["{T2}", "g.topic2"],
    ["{T}", "g.topic"],
    ["{K}", "g.kind_label"],
    ["{P}", "g.person_name"],
    ["{R}", "g.person_role"],
    ["{Y}", "g.year::text"],
    ["{W1}", perSentence ? "s.w1" : "g.w1"],
    ["{W2}", perSentence ? "s.w2" : "g.w2"],
    ["{N}", perSentence ? "s.n::text" : "g.n::text"],
  ];
  return slots.reduce((expr, [slot, value]) => `replace(${expr}, '${slot}', ${value})`, template);
}

export interface SeedUsers {
  writerId: string;
  editorId: string;
}

/**
 * Releases number `from`..`to` (1 is the newest: published an hour before `base`, then one every
 * ~50 minutes further back, so 1 000 releases cover five weeks and 100 000 almost ten years).
 */
export async function bulkSeedReleases(
  sql: pg.Client,
  from: number,
  to: number,
  users: SeedUsers,
  base: Date,
  progress: (done: number) => void = () => {},
): Promise<void> {
  const people = benchPeople();
  const nc = COUNTRIES.length;
  const nt = TOPICS.length;
  for (let start = from; start <= to; start += BATCH) {
    const end = Math.min(to, start + BATCH - 1);
    await sql.query("BEGIN");
    try {
      await sql.query("SET LOCAL session_replication_role = replica");
      await sql.query(
        `CREATE TEMP TABLE bench_gen ON COMMIT DROP AS
         WITH idx AS (
           SELECT g.i,
             1 + ${h("a")} % ${nc} AS ai,
             1 + ${h("m")} % ${BODIES.length} AS mi,
             1 + ${h("t")} % ${nt} AS ti,
             ${h("b")} % ${nc - 1} AS b_off,
             ${h("t2")} % ${nt - 1} AS t2_off,
             1 + ${h("k")} % ${AGREEMENT_KINDS.length} AS ki,
             1 + ${h("hl")} % ${HEADLINES.length} AS hi,
             ${h("p")} % ${PEOPLE_PER_COUNTRY} AS p_off,
             ${h("q")} % ${PEOPLE_PER_COUNTRY} AS q_off,
             $3::timestamptz - ((g.i * 50 + ${h("j")} % 50) * interval '1 minute') - interval '10 minutes' AS published_at
           FROM generate_series($1::int, $2::int) AS g(i)
         ), idx2 AS (
           SELECT idx.*, 1 + (ai + b_off) % ${nc} AS bi, 1 + (ti + t2_off) % ${nt} AS t2i FROM idx
         )
         SELECT g.i,
           'bench-r-' || lpad(g.i::text, 7, '0') AS release_id,
           'bench-e-' || lpad(g.i::text, 7, '0') AS edition_id,
           ($4::text[])[g.ai] AS a_code, ($5::text[])[g.ai] AS a_name,
           ($4::text[])[g.bi] AS b_code, ($5::text[])[g.bi] AS b_name,
           ($6::text[])[g.ai] AS city, ($7::int[])[g.ai] AS offset_minutes,
           ($8::text[])[g.mi] AS body_name, g.mi,
           ($9::text[])[g.ti] AS topic, ($9::text[])[g.t2i] AS topic2,
           g.ki, ($12::text[])[g.ki] AS kind_label,
           ($10::text[])[g.hi] AS headline_template,
           'bench-person-' || ((g.ai - 1) * ${PEOPLE_PER_COUNTRY} + 1 + g.p_off) AS person_a,
           'bench-person-' || ((g.bi - 1) * ${PEOPLE_PER_COUNTRY} + 1 + g.q_off) AS person_b,
           ($13::text[])[(g.ai - 1) * ${PEOPLE_PER_COUNTRY} + 1 + g.p_off] AS person_name,
           ($14::text[])[(g.ai - 1) * ${PEOPLE_PER_COUNTRY} + 1 + g.p_off] AS person_role,
           ($11::text[])[1 + ${h("w1")} % ${WORDS.length}] AS w1,
           ($11::text[])[1 + ${h("w2")} % ${WORDS.length}] AS w2,
           5 + ${h("n")} % 495 AS n,
           extract(year FROM g.published_at)::int + 1 AS year,
           1 + ${h("na")} % 3 AS agreements,
           1 + ${h("nq")} % 2 AS quotes,
           6 + ${h("ns")} % 7 AS sentences,
           g.published_at
         FROM idx2 g`,
        [
          start,
          end,
          base,
          COUNTRIES.map((c) => c.code),
          COUNTRIES.map((c) => c.name),
          COUNTRIES.map((c) => c.capital),
          COUNTRIES.map((c) => c.offsetMinutes),
          BODIES,
          TOPICS,
          HEADLINES,
          WORDS,
          AGREEMENT_KINDS.map((k) => k.label),
          people.map((p) => p.name),
          people.map((p) => p.role),
        ],
      );
      const headline = fill("g.headline_template");
      await sql.query(
        `INSERT INTO "Release" (id, slug, version, "liveEditionId", "publishedAt", "createdById", "updatedById", "createdAt", "updatedAt")
         SELECT g.release_id,
           left(trim(BOTH '-' FROM lower(regexp_replace(${headline}, '[^A-Za-z0-9]+', '-', 'g'))), 70) || '-' || g.i,
           3, g.edition_id, g.published_at, $1, $2, g.published_at - interval '2 hours', g.published_at
         FROM bench_gen g`,
        [users.writerId, users.editorId],
      );
      await sql.query(
        `INSERT INTO "Edition" (id, "releaseId", number, status, headline, summary, body, "bodyText", "datelinePlace", "datelineAt",
           "datelineOffsetMinutes", issuer, "sourceCredit", countries, topics, "publishedAt", "submittedById", "submittedAt",
           "approvedById", "createdById", "updatedById", "createdAt", "updatedAt")
         SELECT g.edition_id, g.release_id, 1, 'PUBLISHED',
           upper(left(${headline}, 1)) || substr(${headline}, 2),
           ${fill("'The {M} of {A} and partners from {B} discussed {T} and {T2} in {C}.'")},
           b.body, btrim(regexp_replace(b.body, '\\s+', ' ', 'g')), g.city, g.published_at - interval '30 minutes', g.offset_minutes,
           g.body_name || ' of ' || g.a_name, 'Press service', ARRAY[g.a_code, g.b_code], ARRAY[replace(g.topic, ' ', '-')],
           g.published_at, $1, g.published_at - interval '1 hour', $2, $1, $2, g.published_at - interval '2 hours', g.published_at
         FROM bench_gen g
         CROSS JOIN LATERAL (
           SELECT string_agg(upper(left(${fill("s.template", true)}, 1)) || substr(${fill("s.template", true)}, 2),
                             CASE WHEN s.k % 3 = 1 THEN E'\\n\\n' ELSE ' ' END ORDER BY s.k) AS body
           FROM (
             SELECT k,
               ($3::text[])[1 + ${h("s", " || ':' || k")} % ${SENTENCES.length}] AS template,
               ($4::text[])[1 + ${h("sw1", " || ':' || k")} % ${WORDS.length}] AS w1,
               ($4::text[])[1 + ${h("sw2", " || ':' || k")} % ${WORDS.length}] AS w2,
               2 + ${h("sn", " || ':' || k")} % 298 AS n
             FROM generate_series(1, g.sentences) AS k
           ) s
         ) b`,
        [users.writerId, users.editorId, SENTENCES, WORDS],
      );
      await sql.query(
        `INSERT INTO "Agreement" (id, "editionId", position, type, title, parties, "signedOn")
         SELECT g.edition_id || '-a' || k, g.edition_id, k - 1,
           (($1::text[])[1 + (g.ki - 1 + k - 1) % ${AGREEMENT_KINDS.length}])::"AgreementType",
           ($2::text[])[1 + (g.ki - 1 + k - 1) % ${AGREEMENT_KINDS.length}] || ' on ' ||
             CASE k WHEN 1 THEN g.topic WHEN 2 THEN g.topic2 ELSE ($3::text[])[1 + ${h("at")} % ${nt}] END,
           ARRAY[g.body_name || ' of ' || g.a_name, ($4::text[])[1 + ${h("pm", " || ':' || k")} % ${BODIES.length}] || ' of ' || g.b_name],
           (g.published_at - interval '30 minutes')::date
         FROM bench_gen g CROSS JOIN generate_series(1, g.agreements) AS k`,
        [AGREEMENT_KINDS.map((k) => k.type), AGREEMENT_KINDS.map((k) => k.label), TOPICS, BODIES],
      );
      await sql.query(
        // Role and organisation are the quote's own (as the editor saves them), not the Person's.
        `INSERT INTO "Quote" (id, "editionId", position, "personId", text, "speakerRole", "speakerOrganisation")
         SELECT g.edition_id || '-q' || k, g.edition_id, k - 1, p.person,
           ${fill(`($1::text[])[1 + ${h("qt", " || ':' || k")} % ${QUOTES.length}]`)},
           ($3::text[])[array_position($2::text[], p.person)], ($4::text[])[array_position($2::text[], p.person)]
         FROM bench_gen g CROSS JOIN generate_series(1, g.quotes) AS k
           CROSS JOIN LATERAL (SELECT CASE k WHEN 1 THEN g.person_a ELSE g.person_b END AS person) AS p`,
        [QUOTES, people.map((p) => p.id), people.map((p) => p.role), people.map((p) => p.organisation)],
      );
      await sql.query(
        // Each release's language (en here), like the trigger of *_language_search: english has a
        // stemmer, so searchText stays null.
        `UPDATE "Edition" e SET "searchVector" = edition_search_vector(e.id, search_config(r.language), e.headline, e.summary, e.body)
         FROM bench_gen g JOIN "Release" r ON r.id = g.release_id WHERE e.id = g.edition_id`,
      );
      await sql.query("COMMIT");
    } catch (error) {
      await sql.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
    progress(end - from + 1);
  }
  // Issue 17: no trigger ran, so the filter choices' summary is computed again from every release.
  await sql.query(`SELECT public_facets_rebuild()`);
}

/** The stored vectors equal what the triggers compute and the stored body texts what publishing stores (samples). */
export async function checkBulkSeed(sql: pg.Client): Promise<void> {
  const { rows } = await sql.query<{ bad: string; missing: string }>(
    `SELECT count(*) FILTER (WHERE "searchVector" IS DISTINCT FROM
              edition_search_vector(e.id, search_config(r.language), e.headline, e.summary, e.body)) AS bad,
            count(*) FILTER (WHERE "searchVector" IS NULL) AS missing
     FROM (SELECT * FROM "Edition" WHERE id LIKE 'bench-e-%' ORDER BY md5(id) LIMIT 500) e
     JOIN "Release" r ON r.id = e."releaseId"`,
  );
  const row = rows[0]!;
  if (Number(row.bad) > 0 || Number(row.missing) > 0) {
    throw new Error(`Bulk seed: ${row.bad} search vectors differ from the trigger's, ${row.missing} missing`);
  }
  const { rows: texts } = await sql.query<{ id: string; body: string; bodyText: string | null }>(
    `SELECT id, body, "bodyText" FROM "Edition" WHERE id LIKE 'bench-e-%' ORDER BY md5(id) LIMIT 500`,
  );
  const differ = texts.filter((t) => t.bodyText !== markdownToText(t.body));
  if (differ.length > 0) {
    throw new Error(
      `Bulk seed: ${differ.length} of ${texts.length} stored body texts differ from markdownToText (${differ[0]!.id})`,
    );
  }
}

/** Releases `from`..`to` (bulk-loaded, checked, analysed), with progress lines for big ranges; seconds taken. */
export async function seedRange(
  db: BenchDatabase,
  users: { writerId: string; editorId: string },
  log: (line: string) => void,
  from: number,
  to: number,
  base: Date,
): Promise<number> {
  const t0 = Date.now();
  await bulkSeedReleases(db.sql, from, to, users, base, (done) => {
    if (to - from > 10_000)
      log(`  ${done.toLocaleString("en-US")} / ${(to - from + 1).toLocaleString("en-US")} releases`);
  });
  await checkBulkSeed(db.sql);
  await db.sql.query("VACUUM ANALYZE");
  return (Date.now() - t0) / 1000;
}
