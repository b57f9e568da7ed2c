-- Issue 17: the filter choices of the public lists (countries, issuers, languages) from a summary kept
-- by the database, instead of a scan over every published release on every uncached read.
--
-- "PublicFacetSource" holds, per release that is in some public list, what it gives the choices: the
-- instant from which it is visible (the latest of its own publication, its live edition publication
-- and, for a translation, those of its original), its language, whether it is an original, and the
-- countries and issuer of its live edition. "PublicFacet" holds one row per choice and listing (scope
-- is a language code for the versions written in it, or the empty text for the originals, the default
-- listing, and for the language choices), with the earliest instant any release makes it a choice. A
-- reader asks for the rows whose instant has come: exactly the scan it replaces, also for a release
-- published at a later instant (the tests compare both), and a few hundred rows at most.
--
-- Kept by deferred constraint triggers on "Release" and "Edition": at commit, each release a
-- transaction touched (and the translations of an original) is computed again from the view
-- "PublicFacetState" and the difference applied. Deferred, so a publish (several statements) is seen
-- once it is whole, and the global advisory lock taken there is the last lock such a transaction
-- takes, so it cannot deadlock with the row locks of the workflow. Publishes are rare: serialising
-- their few microseconds of summary work costs nothing.
--
-- Writes with session_replication_role = replica (the bench bulk seed) fire no trigger: they call
-- "public_facets_rebuild"() afterwards, as this migration does for the rows already there.
--
-- As in 20261128013537_public_search: no semicolon or single quote in a comment, and PL/pgSQL bodies
-- are E strings that spell their semicolons \x3B.

-- CreateTable
CREATE TABLE "PublicFacetSource" (
    "releaseId" TEXT NOT NULL,
    "visibleFrom" TIMESTAMPTZ(3) NOT NULL,
    "language" TEXT NOT NULL,
    "original" BOOLEAN NOT NULL,
    "countries" TEXT[],
    "issuer" TEXT NOT NULL,

    CONSTRAINT "PublicFacetSource_pkey" PRIMARY KEY ("releaseId")
);

-- CreateTable
CREATE TABLE "PublicFacet" (
    "scope" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "firstVisibleAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PublicFacet_pkey" PRIMARY KEY ("scope","kind","value")
);

-- CreateIndex
CREATE INDEX "PublicFacetSource_countries_idx" ON "PublicFacetSource" USING GIN ("countries");

-- CreateIndex
CREATE INDEX "PublicFacetSource_issuer_visibleFrom_idx" ON "PublicFacetSource"("issuer", "visibleFrom");

-- CreateIndex
CREATE INDEX "PublicFacetSource_language_visibleFrom_idx" ON "PublicFacetSource"("language", "visibleFrom");

-- The rule of visibleSql() and originalPublicSql() in lib/dal/public/search.ts with the instant left
-- open: a release is in the lists from visibleFrom on.
CREATE VIEW "PublicFacetState" AS
  SELECT r.id AS "releaseId",
    GREATEST(r."publishedAt", e."publishedAt", o."publishedAt", oe."publishedAt") AS "visibleFrom",
    r.language, r."translationOfId" IS NULL AS original, e.countries, e.issuer
  FROM "Release" r
  JOIN "Edition" e ON e.id = r."liveEditionId"
  LEFT JOIN "Release" o ON o.id = r."translationOfId"
  LEFT JOIN "Edition" oe ON oe.id = o."liveEditionId"
  WHERE r."publishedAt" IS NOT NULL AND e.status = 'PUBLISHED' AND e."publishedAt" IS NOT NULL
    AND (r."translationOfId" IS NULL OR (o."translationOfId" IS NULL AND o."publishedAt" IS NOT NULL
      AND oe.status = 'PUBLISHED' AND oe."publishedAt" IS NOT NULL));

-- The choices one release gives: its countries and issuer in its language listing, and in the
-- originals listing when it is an original, and its language.
CREATE FUNCTION "public_facet_keys"(p_language text, p_original boolean, p_countries text[], p_issuer text)
RETURNS TABLE(scope text, kind text, value text) LANGUAGE sql IMMUTABLE AS $$
  SELECT s.scope, k.kind, k.value
  FROM (SELECT p_language AS scope UNION SELECT '' WHERE p_original) s,
    (SELECT DISTINCT 'country' AS kind, c AS value FROM unnest(p_countries) c UNION SELECT 'issuer', p_issuer) k
  UNION
  SELECT '', 'language', p_language
$$;

-- The earliest instant of a choice among the releases that still give it, or null when none does.
CREATE FUNCTION "public_facet_first"(p_scope text, p_kind text, p_value text) RETURNS timestamptz
LANGUAGE plpgsql STABLE AS E'
BEGIN
  IF p_kind = ''language'' THEN
    RETURN (SELECT min(s."visibleFrom") FROM "PublicFacetSource" s WHERE s.language = p_value)\x3B
  ELSIF p_kind = ''country'' THEN
    RETURN (SELECT min(s."visibleFrom") FROM "PublicFacetSource" s
      WHERE s.countries @> ARRAY[p_value] AND (CASE WHEN p_scope = '''' THEN s.original ELSE s.language = p_scope END))\x3B
  END IF\x3B
  RETURN (SELECT min(s."visibleFrom") FROM "PublicFacetSource" s
    WHERE s.issuer = p_value AND (CASE WHEN p_scope = '''' THEN s.original ELSE s.language = p_scope END))\x3B
END';

-- One release again: its stored contribution is replaced by what the view says now.
CREATE FUNCTION "public_facets_refresh"(p_release text) RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  v_old "PublicFacetSource"%ROWTYPE\x3B
  v_new "PublicFacetSource"%ROWTYPE\x3B
  v_key record\x3B
  v_first timestamptz\x3B
BEGIN
  PERFORM pg_advisory_xact_lock(1346764801, 0)\x3B
  SELECT * INTO v_old FROM "PublicFacetSource" WHERE "releaseId" = p_release\x3B
  SELECT * INTO v_new FROM "PublicFacetState" WHERE "releaseId" = p_release\x3B
  IF v_old IS NOT DISTINCT FROM v_new THEN
    RETURN\x3B
  END IF\x3B
  IF v_old."releaseId" IS NOT NULL THEN
    DELETE FROM "PublicFacetSource" WHERE "releaseId" = p_release\x3B
    FOR v_key IN SELECT * FROM "public_facet_keys"(v_old.language, v_old.original, v_old.countries, v_old.issuer) ORDER BY 1, 2, 3 LOOP
      PERFORM 1 FROM "PublicFacet" f
        WHERE (f.scope, f.kind, f.value) = (v_key.scope, v_key.kind, v_key.value) AND f."firstVisibleAt" >= v_old."visibleFrom"\x3B
      IF FOUND THEN
        v_first := "public_facet_first"(v_key.scope, v_key.kind, v_key.value)\x3B
        IF v_first IS NULL THEN
          DELETE FROM "PublicFacet" f WHERE (f.scope, f.kind, f.value) = (v_key.scope, v_key.kind, v_key.value)\x3B
        ELSE
          UPDATE "PublicFacet" f SET "firstVisibleAt" = v_first
            WHERE (f.scope, f.kind, f.value) = (v_key.scope, v_key.kind, v_key.value)\x3B
        END IF\x3B
      END IF\x3B
    END LOOP\x3B
  END IF\x3B
  IF v_new."releaseId" IS NOT NULL THEN
    INSERT INTO "PublicFacetSource" SELECT v_new.*\x3B
    INSERT INTO "PublicFacet" (scope, kind, value, "firstVisibleAt")
      SELECT k.scope, k.kind, k.value, v_new."visibleFrom"
      FROM "public_facet_keys"(v_new.language, v_new.original, v_new.countries, v_new.issuer) k ORDER BY 1, 2, 3
      ON CONFLICT (scope, kind, value) DO UPDATE
        SET "firstVisibleAt" = LEAST("PublicFacet"."firstVisibleAt", EXCLUDED."firstVisibleAt")\x3B
  END IF\x3B
END';

-- Everything again from the view (this migration, the bench bulk seed, a repair).
CREATE FUNCTION "public_facets_rebuild"() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM pg_advisory_xact_lock(1346764801, 0)\x3B
  DELETE FROM "PublicFacet"\x3B
  DELETE FROM "PublicFacetSource"\x3B
  INSERT INTO "PublicFacetSource" SELECT * FROM "PublicFacetState"\x3B
  INSERT INTO "PublicFacet" (scope, kind, value, "firstVisibleAt")
    SELECT k.scope, k.kind, k.value, min(s."visibleFrom")
    FROM "PublicFacetSource" s, "public_facet_keys"(s.language, s.original, s.countries, s.issuer) k
    GROUP BY 1, 2, 3\x3B
END';

-- A release and, when it is an original, its translations (their visibility follows it).
CREATE FUNCTION "public_facets_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  v_release text\x3B
BEGIN
  IF TG_TABLE_NAME = ''Edition'' THEN
    v_release := NEW."releaseId"\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    v_release := OLD.id\x3B
  ELSE
    v_release := NEW.id\x3B
  END IF\x3B
  PERFORM "public_facets_refresh"(v_release)\x3B
  PERFORM "public_facets_refresh"(t.id) FROM "Release" t WHERE t."translationOfId" = v_release\x3B
  RETURN NULL\x3B
END';

CREATE CONSTRAINT TRIGGER "Release_public_facets_insert_delete" AFTER INSERT OR DELETE ON "Release"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "public_facets_changed"();

CREATE CONSTRAINT TRIGGER "Release_public_facets_update"
  AFTER UPDATE OF "liveEditionId", "publishedAt", language, "translationOfId" ON "Release"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."liveEditionId" IS DISTINCT FROM NEW."liveEditionId" OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt"
    OR OLD.language IS DISTINCT FROM NEW.language OR OLD."translationOfId" IS DISTINCT FROM NEW."translationOfId")
  EXECUTE FUNCTION "public_facets_changed"();

-- Only a change that can matter: to or from PUBLISHED, or the publication, countries or issuer of a
-- published edition. Drafts, saves and the search columns never come here.
CREATE CONSTRAINT TRIGGER "Edition_public_facets_update"
  AFTER UPDATE OF status, "publishedAt", countries, issuer ON "Edition"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED') AND (OLD.status IS DISTINCT FROM NEW.status
    OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt" OR OLD.countries IS DISTINCT FROM NEW.countries
    OR OLD.issuer IS DISTINCT FROM NEW.issuer))
  EXECUTE FUNCTION "public_facets_changed"();

SELECT "public_facets_rebuild"();
