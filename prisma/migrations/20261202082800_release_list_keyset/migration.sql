-- The editor's releases list pages by keyset on (updatedAt, id), newest first (issue 12.4): the index
-- covers the whole key, so a page after a cursor is an index range scan however deep it is.
DROP INDEX "Release_updatedAt_idx";

CREATE INDEX "Release_updatedAt_id_idx" ON "Release"("updatedAt" DESC, "id" DESC);
