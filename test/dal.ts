// Helpers of the unit tests that work on releases in the test database (test/global-setup.ts).
import { randomUUID } from "node:crypto";
import type { Role } from "@prisma/client";
import { expect } from "vitest";
import { now as clockNow } from "../lib/clock";
import { db } from "../lib/db";
import { getPublicRelease, publicWhere } from "../lib/dal/public/releases";
import { visibleSql } from "../lib/dal/public/search";
import { listEditionSelect, toListItem, type ReleaseListItem } from "../lib/dal/releases/shape";
import { getReleaseForEditor, publishEdition, transitionRelease, type ReleaseDTO } from "../lib/dal/releases";
import type { SessionUser } from "../lib/dal/users";
import { TEST_OVERRIDE } from "./factories";

/** Eight random characters, to make names no other test (or run) uses. */
export const suffix = () => randomUUID().slice(0, 8);

/** A user of the given role, made for one test. */
export async function makeUser(role: Role = "EDITOR"): Promise<SessionUser> {
  const tag = randomUUID();
  return db().user.create({
    data: {
      email: `dal-test-${tag}@pressroom.test`,
      name: `DAL tester ${tag.slice(0, 8)}`,
      role,
      passwordHash: "not-a-real-hash",
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** A headline no other test (or run) uses, so slugs never collide by accident. */
export const uniqueHeadline = (text: string) => `${text} ${suffix()}`;

/** The release as the editor sees it; fails the test when it is not there. */
export async function loadRelease(id: string): Promise<ReleaseDTO> {
  const release = await getReleaseForEditor(id);
  if (!release) throw new Error(`release ${id} not found`);
  return release;
}

export const revisionCount = (releaseId: string) => db().revision.count({ where: { releaseId } });

/** The review workflow: a writer submits, a second person (an editor) publishes. Returns the new version. */
export async function publishReviewed(id: string, version: number): Promise<number> {
  const writer = await makeUser("WRITER");
  const editor = await makeUser("EDITOR");
  expect(
    await transitionRelease(writer, id, version, { action: "submit", consistencyOverride: TEST_OVERRIDE }),
  ).toMatchObject({
    status: "ok",
    version: version + 1,
  });
  expect(await publishEdition(editor, id, version + 1, { consistencyOverride: TEST_OVERRIDE })).toMatchObject({
    status: "ok",
    version: version + 2,
  });
  return version + 2;
}

/** Ids of every visible release per the raw-SQL rule of public search (compared with publicWhere()). */
export async function visibleReleaseIds(now = clockNow()): Promise<string[]> {
  const rows = await db().$queryRaw<Array<{ id: string }>>`
    SELECT r.id FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId" WHERE ${visibleSql(now)}`;
  return rows.map((r) => r.id);
}

/** The live edition readers see at /releases/<slug> (getPublicRelease), or null (a draft, an embargo, a withdrawal). */
export async function getPublishedRelease(slug: string): Promise<ReleaseDTO | null> {
  const page = await getPublicRelease(slug);
  return page?.kind === "live" ? page.release : null;
}

/** Published releases, newest first, by the DAL's public rule (publicWhere). */
export async function listPublishedReleases(limit = 50): Promise<ReleaseListItem[]> {
  const rows = await db().release.findMany({
    where: publicWhere(),
    select: { id: true, slug: true, publishedAt: true, liveEdition: { select: listEditionSelect } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.flatMap((r) => (r.liveEdition ? [toListItem(r, r.liveEdition)] : []));
}

/** The id of the release that holds `slug`, or null. */
export async function findReleaseIdBySlug(slug: string): Promise<string | null> {
  const row = await db().release.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}

/** The reader's view of a live release (in a language), failing the test when it is not live. */
export async function liveRelease(slug: string, language: string | null = null) {
  const page = await getPublicRelease(slug, undefined, language);
  if (page?.kind !== "live") throw new Error(`${slug} is not live`);
  return page.release;
}

/**
 * `count` published releases holding the word `tag`, ids `${tag}${g}` for g = 1 … count: the g-th
 * first published at the SQL expression `at`, its live edition at `editionAt`, headed `headline`, with
 * the body `body`, issued by `issuer` (SQL expressions of g; `$1` is the tag). Plain SQL, so that
 * search tests can make thousands at once; the caller deletes them (removeMatches).
 */
export async function insertMatches(
  tag: string,
  count: number,
  {
    at,
    editionAt = at,
    headline = `'Talks ' || g`,
    body = `'The body mentions ' || $1 || ' once.'`,
    issuer = `'Ministry'`,
  }: { at: string; editionAt?: string; headline?: string; body?: string; issuer?: string },
) {
  await db().$executeRawUnsafe(
    `INSERT INTO "Release" (id, slug, "updatedAt", "publishedAt")
     SELECT $1 || g, $1 || '-' || g, now(), ${at} FROM generate_series(1, ${count}) g`,
    tag,
  );
  await db().$executeRawUnsafe(
    `INSERT INTO "Edition" (id, "releaseId", number, status, headline, body, "datelineAt", "datelineOffsetMinutes", issuer, "updatedAt", "publishedAt")
     SELECT $1 || 'e' || g, $1 || g, 1, 'PUBLISHED', ${headline}, ${body},
            now(), 0, ${issuer}, now(), ${editionAt}
     FROM generate_series(1, ${count}) g`,
    tag,
  );
  await db().$executeRawUnsafe(
    `UPDATE "Release" SET "liveEditionId" = $1 || 'e' || substr(id, length($1) + 1) WHERE id LIKE $1 || '%'`,
    tag,
  );
}

/** Removes the releases of insertMatches() (their editions go with them). */
export const removeMatches = (tag: string) =>
  db().$executeRawUnsafe(`DELETE FROM "Release" WHERE id LIKE $1 || '%'`, tag);
