-- Issue 17: a search's time slice reads, through the GIN index, only the words of the months it
-- covers. A GIN index finds every release holding a word, not the releases of a time, so a slice of
-- the last year asked for "renewable energy" read all 49 121 matches of the archive at 1 000 000
-- releases to keep the 548 of that year (lib/dal/public/search-candidates.ts). The index now holds the
-- month of the edition's publication beside its words (btree_gin), so a slice bounded by month reads
-- the months' entries and steps through the words' posting trees to them (6.5 against 14.5 ms a
-- slice, EXPLAIN at 1 000 000 releases, 6 December 2026). A search with no time bound reads the words
-- alone, as before, from the same index, which replaces the one on the words only.
CREATE EXTENSION IF NOT EXISTS btree_gin;
-- The month as a number (year * 12 + month - 1, in UTC): immutable, so it can be indexed, and an
-- inlined SQL function, so a query's publication_month(x) is the index's expression.
CREATE FUNCTION publication_month(at timestamptz) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
  AS $$ SELECT (date_part('year', timezone('UTC', at)) * 12 + date_part('month', timezone('UTC', at)) - 1)::integer $$;
CREATE INDEX "Edition_publicationMonth_searchVector_idx" ON "Edition"
  USING GIN (publication_month("publishedAt"), "searchVector") WITH (fastupdate = off);
DROP INDEX "Edition_searchVector_idx";
ANALYZE "Edition";
