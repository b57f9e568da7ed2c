-- Issue 17: the GIN indexes that public searches and filters read take every new entry at once.
-- With fastupdate on (PostgreSQL's default) new entries wait in a pending list that every scan of
-- the index reads in full, until a vacuum, an autoanalyze or a 4 MB list merges them. With autovacuum
-- off (as on this project's machines), a database that had just published and backfilled 1 000
-- releases kept 309 pending pages, and each search spent ~9 ms reading them. Writes are few here (a
-- save, a publish) and reads many, so a save pays the merge instead (lib/dal/public/search-index.test.ts).
ALTER INDEX "Edition_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "Edition_searchText_idx" SET (fastupdate = off);
ALTER INDEX "PublicFacetSource_countries_idx" SET (fastupdate = off);
-- What is pending now is merged (turning fastupdate off leaves the list to the next vacuum).
SELECT gin_clean_pending_list('"Edition_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Edition_searchText_idx"'::regclass);
SELECT gin_clean_pending_list('"PublicFacetSource_countries_idx"'::regclass);
