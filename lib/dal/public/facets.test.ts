// Issue 17: the filter choices (listPublicFacets) come from a summary kept by the database, not from a
// scan of every published release. These tests compare the summary with that scan (the statement the
// function used to send, kept here as the reference) after every kind of change that moves a release
// in or out of the public lists, at several instants (a release published "later" is not a choice yet).
// Runs against the real test database of test/global-setup.ts, like search.test.ts.
import { describe, expect, it } from "vitest";
import { Prisma } from "@prisma/client";
import { db } from "../../db";
import type { ReleaseFormValues } from "../../validation/release";
import { createRelease, publishEdition, transitionRelease, updateRelease } from "../releases";
import { createTranslation } from "../releases/translations";
import { listPublicFacets, visibleSql } from "./search";
import { TEST_OVERRIDE, releaseInput } from "@/test/factories";
import { makeUser, publishReviewed, suffix } from "@/test/dal";

type Facets = { countries: string[]; issuers: string[]; languages: string[] };

/** The scan listPublicFacets used to run over every visible release (before issue 17), the reference. */
async function scanFacets(language: string | null, now: Date): Promise<Facets> {
  const visible = visibleSql(now, { language });
  const originalPublic = Prisma.sql`(r."translationOfId" IS NULL OR EXISTS (
    SELECT 1 FROM "Release" o JOIN "Edition" oe ON oe.id = o."liveEditionId"
    WHERE o.id = r."translationOfId" AND o."translationOfId" IS NULL AND o."publishedAt" <= ${now}
      AND oe.status = 'PUBLISHED' AND oe."publishedAt" <= ${now}))`;
  const rows = await db().$queryRaw<Array<{ kind: string; value: string }>>`
    SELECT kind, value FROM (
      SELECT DISTINCT 'country' AS kind, c AS value
      FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId", unnest(e.countries) c
      WHERE ${visible}
      UNION
      SELECT DISTINCT 'issuer', e.issuer
      FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
      WHERE ${visible}
      UNION
      SELECT DISTINCT 'language', r.language
      FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
      WHERE ${visibleSql(now, { translations: true })} AND ${originalPublic}
    ) facets
    ORDER BY kind = 'issuer', value LIMIT 1000`;
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
  return { countries: of("country"), issuers: of("issuer"), languages: of("language") };
}

const SCOPES = [null, "en", "ru", "az", "de"];

/** The summary answers exactly as the scan, for every listing and at every instant given. */
async function expectSameAsScan(instants: Date[]) {
  for (const at of instants) {
    for (const language of SCOPES) {
      expect(await listPublicFacets(language, at), `${language ?? "originals"} at ${at.toISOString()}`).toEqual(
        await scanFacets(language, at),
      );
    }
  }
}

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

async function publishAt(id: string, version: number, at: Date): Promise<number> {
  const writer = await makeUser("WRITER");
  const editor = await makeUser("EDITOR");
  expect(
    await transitionRelease(writer, id, version, { action: "submit", consistencyOverride: TEST_OVERRIDE }, at),
  ).toMatchObject({ status: "ok" });
  expect(await publishEdition(editor, id, version + 1, { consistencyOverride: TEST_OVERRIDE }, at)).toMatchObject({
    status: "ok",
  });
  return version + 2;
}

async function draft(overrides: Partial<ReleaseFormValues>) {
  const writer = await makeUser("WRITER");
  return createRelease(writer, releaseInput({ headline: `Facets ${suffix()}`, ...overrides }));
}

describe("issue 17: the filter choices come from a summary kept by the database", () => {
  it("the summary holds one row per choice, not one per release", async () => {
    const issuer = `Summary Office ${suffix()}`;
    const made = await draft({ issuer, countries: "LI" });
    await publishReviewed(made.id, 1);
    const rows = await db().$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM "PublicFacet" WHERE kind = 'issuer' AND value = ${issuer}`;
    // Originals (every language) and the release's own language.
    expect(rows[0]?.n).toBe(2);
    expect((await listPublicFacets()).issuers).toContain(issuer);
    await expectSameAsScan([new Date()]);
  });

  it("publish, correction (countries, issuer, language), withdraw: the same choices as the scan", async () => {
    const issuer = `Facet Ministry ${suffix()}`;
    const before = new Date(Date.now() - 1000);
    const made = await draft({ issuer, countries: "LI, MC" });
    let version = await publishReviewed(made.id, 1);
    await expectSameAsScan([before, new Date()]);
    expect((await listPublicFacets("en")).issuers).toContain(issuer);
    expect((await listPublicFacets()).countries).toEqual(expect.arrayContaining(["LI", "MC"]));

    // A correction: other countries and issuer, published; the old issuer is no choice any more.
    const corrected = `Corrected Ministry ${suffix()}`;
    const editor = await makeUser("EDITOR");
    const saved = await updateRelease(editor, made.id, version, releaseInput({ issuer: corrected, countries: "SM" }));
    expect(saved).toMatchObject({ status: "ok" });
    await expectSameAsScan([new Date()]); // a draft correction changes nothing public yet
    expect((await listPublicFacets()).issuers).toContain(issuer);
    version = await publishReviewed(made.id, (saved as { version: number }).version);
    await expectSameAsScan([before, new Date()]);
    const afterCorrection = await listPublicFacets();
    expect(afterCorrection.issuers).toContain(corrected);
    expect(afterCorrection.issuers).not.toContain(issuer);

    // The original's language changes (the release form): its choices move to the German listing.
    const german = await updateRelease(
      editor,
      made.id,
      version,
      releaseInput({ issuer: corrected, countries: "SM", language: "de" }),
    );
    expect(german).toMatchObject({ status: "ok" });
    version = (german as { version: number }).version;
    await expectSameAsScan([new Date()]);
    expect((await listPublicFacets("de")).issuers).toContain(corrected);
    expect((await listPublicFacets("en")).issuers).not.toContain(corrected);
    expect((await listPublicFacets()).languages).toContain("de");

    expect(
      await transitionRelease(editor, made.id, version, { action: "withdraw", reason: "Issued in error." }),
    ).toMatchObject({ status: "ok" });
    await expectSameAsScan([before, new Date()]);
    expect((await listPublicFacets()).issuers).not.toContain(corrected);
  });

  it("unpublish, a translation, and its original unpublished: the same choices as the scan", async () => {
    const issuer = `Translated Office ${suffix()}`;
    const made = await draft({ issuer, countries: "AD" });
    const version = await publishReviewed(made.id, 1);
    const translator = await makeUser("WRITER");
    const translation = await createTranslation(translator, made.id, "ru");
    if (!translation.ok) throw new Error(`translation refused: ${translation.refusal}`);
    const ruIssuer = `Министерство ${suffix()}`;
    expect(
      await updateRelease(
        translator,
        translation.id,
        1,
        releaseInput({ headline: `Министры ${suffix()}`, issuer: ruIssuer, countries: "AD" }),
      ),
    ).toMatchObject({ status: "ok" });
    await expectSameAsScan([new Date()]);
    await publishReviewed(translation.id, 2);
    await expectSameAsScan([new Date()]);
    expect((await listPublicFacets("ru")).issuers).toContain(ruIssuer);
    // Translations are no choice of the originals' listing.
    expect((await listPublicFacets()).issuers).not.toContain(ruIssuer);

    const editor = await makeUser("EDITOR");
    expect(await transitionRelease(editor, made.id, version, { action: "unpublish" })).toMatchObject({ status: "ok" });
    await expectSameAsScan([new Date()]);
    expect((await listPublicFacets("ru")).issuers).not.toContain(ruIssuer);
    expect((await listPublicFacets()).issuers).not.toContain(issuer);
  });

  it("a release published at a later instant is a choice from that instant on, also after the earliest goes", async () => {
    const issuer = `Later Office ${suffix()}`;
    const early = await draft({ issuer, countries: "VA" });
    const late = await draft({ issuer, countries: "VA" });
    const earlyVersion = await publishAt(early.id, 1, minutes(10));
    await publishAt(late.id, 1, minutes(20));
    await expectSameAsScan([new Date(), minutes(15), minutes(25)]);
    expect((await listPublicFacets(null, new Date())).issuers).not.toContain(issuer);
    expect((await listPublicFacets(null, minutes(15))).issuers).toContain(issuer);

    // The earliest goes: the choice now starts with the later one.
    const editor = await makeUser("EDITOR");
    expect(await transitionRelease(editor, early.id, earlyVersion, { action: "unpublish" }, minutes(30))).toMatchObject(
      { status: "ok" },
    );
    await expectSameAsScan([minutes(15), minutes(25)]);
    expect((await listPublicFacets(null, minutes(15))).issuers).not.toContain(issuer);
    expect((await listPublicFacets(null, minutes(25))).issuers).toContain(issuer);
  });

  it("rows written by plain SQL (the bench's bulk seed, a cleanup) are counted and uncounted too", async () => {
    const tag = `facetsql${suffix()}`;
    await db().$executeRawUnsafe(
      `INSERT INTO "Release" (id, slug, language, "updatedAt", "publishedAt")
       SELECT $1 || g, $1 || '-' || g, 'az', now(), timestamptz '1990-01-01' FROM generate_series(1, 50) g`,
      tag,
    );
    await db().$executeRawUnsafe(
      `INSERT INTO "Edition" (id, "releaseId", number, status, headline, body, "datelineAt", "datelineOffsetMinutes", issuer, countries, "updatedAt", "publishedAt")
       SELECT $1 || 'e' || g, $1 || g, 1, 'PUBLISHED', 'Headline ' || g, 'Body', now(), 0, $1 || ' issuer ' || (g % 3),
              ARRAY['TV'], now(), timestamptz '1990-01-01' FROM generate_series(1, 50) g`,
      tag,
    );
    try {
      await db().$executeRawUnsafe(
        `UPDATE "Release" SET "liveEditionId" = $1 || 'e' || substr(id, length($1) + 1) WHERE id LIKE $1 || '%'`,
        tag,
      );
      await expectSameAsScan([new Date()]);
      expect((await listPublicFacets("az")).issuers).toEqual(expect.arrayContaining([`${tag} issuer 0`]));
    } finally {
      await db().$executeRawUnsafe(`DELETE FROM "Release" WHERE id LIKE $1 || '%'`, tag);
    }
    await expectSameAsScan([new Date()]);
    expect((await listPublicFacets("az")).issuers).not.toContain(`${tag} issuer 0`);
  });
});
