-- Issue 14: every edition is searched in the language of its release.
--
-- The search vector used to be built with the english configuration for every text. Now the trigger
-- reads the release language and uses its configuration (search_config below, the same table as
-- lib/domain/search-config.ts): english, russian, arabic, turkish, french, german, spanish,
-- portuguese, italian stem their words. Languages PostgreSQL has no stemmer for (Azerbaijani,
-- Kazakh, Uzbek, Ukrainian, Belarusian, Georgian, Persian, Hebrew, Urdu, Chinese, Japanese, Korean)
-- are indexed with simple, and their whole text is also kept in searchText with a pg_trgm index, so
-- the query side can find a word inside an inflected form or inside a run of Han characters that
-- has no spaces (ILIKE and trigram word similarity).
--
-- The rules of 20261128013537_public_search hold here too: no semicolon or single quote in a
-- comment, and PL/pgSQL bodies are E strings that spell their semicolons \x3B.

-- pg_trgm is a trusted extension (PostgreSQL 13 and later): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Edition" ADD COLUMN     "searchText" TEXT;

-- CreateIndex
CREATE INDEX "Edition_searchText_idx" ON "Edition" USING GIN ("searchText" gin_trgm_ops);

-- The configuration of a language code. An unknown or missing code is simple.
CREATE FUNCTION "search_config"(p_language text) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE p_language
    WHEN 'en' THEN 'english'
    WHEN 'ru' THEN 'russian'
    WHEN 'ar' THEN 'arabic'
    WHEN 'tr' THEN 'turkish'
    WHEN 'fr' THEN 'french'
    WHEN 'de' THEN 'german'
    WHEN 'es' THEN 'spanish'
    WHEN 'pt' THEN 'portuguese'
    WHEN 'it' THEN 'italian'
    ELSE 'simple'
  END)::regconfig
$$;

-- Weights as before: A headline, B summary and agreement titles and parties, C body and quote text.
CREATE FUNCTION "edition_search_vector"(p_edition_id text, p_config regconfig, p_headline text, p_summary text, p_body text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector(p_config, coalesce(p_headline, '')), 'A')
      || setweight(to_tsvector(p_config, coalesce(p_summary, '')), 'B')
      || setweight(to_tsvector(p_config, coalesce((
           SELECT string_agg(a.title || ' ' || array_to_string(a.parties, ' '), ' ' ORDER BY a.position)
           FROM "Agreement" a WHERE a."editionId" = p_edition_id), '')), 'B')
      || setweight(to_tsvector(p_config, coalesce(p_body, '')), 'C')
      || setweight(to_tsvector(p_config, coalesce((
           SELECT string_agg(q.text, ' ' ORDER BY q.position)
           FROM "Quote" q WHERE q."editionId" = p_edition_id), '')), 'C')
$$;

-- The same words as one text, for substring and trigram matching.
CREATE FUNCTION "edition_search_text"(p_edition_id text, p_headline text, p_summary text, p_body text)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws(' ', p_headline, p_summary,
    (SELECT string_agg(a.title || ' ' || array_to_string(a.parties, ' '), ' ' ORDER BY a.position)
     FROM "Agreement" a WHERE a."editionId" = p_edition_id),
    p_body,
    (SELECT string_agg(q.text, ' ' ORDER BY q.position) FROM "Quote" q WHERE q."editionId" = p_edition_id))
$$;

-- The one place both columns are computed: before an edition row is written. The release row always
-- exists first (a foreign key), so its language is known.
CREATE OR REPLACE FUNCTION "edition_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  v_config regconfig\x3B
BEGIN
  v_config := "search_config"((SELECT r.language FROM "Release" r WHERE r.id = NEW."releaseId"))\x3B
  NEW."searchVector" := "edition_search_vector"(NEW.id, v_config, NEW.headline, NEW.summary, NEW.body)\x3B
  NEW."searchText" := CASE WHEN v_config = ''simple''::regconfig
    THEN "edition_search_text"(NEW.id, NEW.headline, NEW.summary, NEW.body) END\x3B
  RETURN NEW\x3B
END';

-- Agreements and quotes: setting headline to itself fires the trigger above for the editions they
-- belong to, so nothing else repeats how the columns are made.
CREATE OR REPLACE FUNCTION "edition_children_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    UPDATE "Edition" e SET headline = e.headline WHERE e.id IN (SELECT "editionId" FROM new_rows)\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    UPDATE "Edition" e SET headline = e.headline WHERE e.id IN (SELECT "editionId" FROM old_rows)\x3B
  ELSE
    UPDATE "Edition" e SET headline = e.headline
    WHERE e.id IN (SELECT "editionId" FROM new_rows UNION SELECT "editionId" FROM old_rows)\x3B
  END IF\x3B
  RETURN NULL\x3B
END';

-- An original may change its language (the release form): its editions are indexed again.
CREATE FUNCTION "release_language_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Edition" e SET headline = e.headline WHERE e."releaseId" = NEW.id\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Release_language_search" AFTER UPDATE OF language ON "Release"
  FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language)
  EXECUTE FUNCTION "release_language_search_refresh"();

DROP FUNCTION "edition_search_vector"(text, text, text, text);

-- Existing editions, each in its release language.
UPDATE "Edition" SET headline = headline;
