-- Issue 17: an edition's search vector is kept in its row, compressed, instead of out of line in the
-- TOAST table. A search tests the vector of every release it walks (the opening walk, a walked time
-- slice) and ranks every match it keeps, and an out-of-line vector cost each of those a lookup in the
-- TOAST index and a read of its chunk: 8 blocks a walked release instead of 4 (EXPLAIN at 1 000 000
-- releases, 6 December 2026). With STORAGE MAIN the table's larger texts (the body, its HTML and text,
-- the substring search's text) leave the row first, and the vector goes out of line only when it does
-- not fit compressed (a very long release). The vector is still compressed, and found by the same GIN
-- index.
ALTER TABLE "Edition" ALTER COLUMN "searchVector" SET STORAGE MAIN;
-- Vectors stored before keep their place until written again. The live ones, which searches read, are
-- written again now (a new value, so PostgreSQL stores it the new way, and no trigger fires for this column).
UPDATE "Edition" SET "searchVector" = "searchVector" || ''::tsvector
WHERE "searchVector" IS NOT NULL AND id IN (SELECT "liveEditionId" FROM "Release" WHERE "liveEditionId" IS NOT NULL);
