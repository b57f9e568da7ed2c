-- Public full-text search over an edition's headline, summary, body, agreements and quotes.
--
-- The vector is kept by triggers rather than by application code: editions, agreements and quotes
-- are written by several paths (save, restore, import, seed, the scheduler, future ones), and a
-- trigger runs in the same transaction as each of them, so the index can never lag or be forgotten.
-- Prisma knows the column (Unsupported("tsvector")) and the GIN index, so later `migrate diff`s keep
-- them. It does not track functions or triggers, which therefore live only here.
--
-- NB: @prisma/adapter-pg's executeScript splits a migration on EVERY semicolon (comments and function
-- bodies included). So no comment here may contain one, and the PL/pgSQL bodies are E'' strings that
-- spell their semicolons \x3B (PostgreSQL turns that back into a semicolon when it reads the string).

-- AlterTable
ALTER TABLE "Edition" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Edition_searchVector_idx" ON "Edition" USING GIN ("searchVector");

-- Weights: A headline, B summary + agreement titles and parties, C body + quote text. 'english'
-- stems ("signed" finds "signing"). Children are read from their tables, so the function is STABLE.
CREATE FUNCTION "edition_search_vector"(p_edition_id text, p_headline text, p_summary text, p_body text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(p_headline, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(p_summary, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce((
           SELECT string_agg(a.title || ' ' || array_to_string(a.parties, ' '), ' ' ORDER BY a.position)
           FROM "Agreement" a WHERE a."editionId" = p_edition_id), '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(p_body, '')), 'C')
      || setweight(to_tsvector('english'::regconfig, coalesce((
           SELECT string_agg(q.text, ' ' ORDER BY q.position)
           FROM "Quote" q WHERE q."editionId" = p_edition_id), '')), 'C')
$$;

-- The edition's own text: recomputed before the row is written (no second UPDATE needed).
CREATE FUNCTION "edition_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."searchVector" := "edition_search_vector"(NEW.id, NEW.headline, NEW.summary, NEW.body)\x3B
  RETURN NEW\x3B
END';

CREATE TRIGGER "Edition_search_vector"
  BEFORE INSERT OR UPDATE OF headline, summary, body ON "Edition"
  FOR EACH ROW EXECUTE FUNCTION "edition_search_vector_refresh"();

-- Agreements and quotes: the DAL replaces them with one deleteMany and one createMany per save, so a
-- statement-level trigger (one UPDATE of the affected editions per statement, not one per child row)
-- is enough. PostgreSQL allows transition tables only on single-event triggers, hence three per table.
-- On a cascade from a deleted edition the UPDATE simply finds no row.
CREATE FUNCTION "edition_children_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    UPDATE "Edition" e SET "searchVector" = "edition_search_vector"(e.id, e.headline, e.summary, e.body)
    WHERE e.id IN (SELECT "editionId" FROM new_rows)\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    UPDATE "Edition" e SET "searchVector" = "edition_search_vector"(e.id, e.headline, e.summary, e.body)
    WHERE e.id IN (SELECT "editionId" FROM old_rows)\x3B
  ELSE
    UPDATE "Edition" e SET "searchVector" = "edition_search_vector"(e.id, e.headline, e.summary, e.body)
    WHERE e.id IN (SELECT "editionId" FROM new_rows UNION SELECT "editionId" FROM old_rows)\x3B
  END IF\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Agreement_search_insert" AFTER INSERT ON "Agreement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "edition_children_search_refresh"();
CREATE TRIGGER "Agreement_search_update" AFTER UPDATE ON "Agreement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "edition_children_search_refresh"();
CREATE TRIGGER "Agreement_search_delete" AFTER DELETE ON "Agreement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "edition_children_search_refresh"();

CREATE TRIGGER "Quote_search_insert" AFTER INSERT ON "Quote"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "edition_children_search_refresh"();
CREATE TRIGGER "Quote_search_update" AFTER UPDATE ON "Quote"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "edition_children_search_refresh"();
CREATE TRIGGER "Quote_search_delete" AFTER DELETE ON "Quote"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "edition_children_search_refresh"();

-- Existing editions.
UPDATE "Edition" SET "searchVector" = "edition_search_vector"(id, headline, summary, body);
