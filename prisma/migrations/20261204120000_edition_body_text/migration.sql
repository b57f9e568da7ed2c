-- Issue 17: an edition's body as plain text (what a reader sees of the Markdown), stored when it goes
-- live beside its HTML (lib/dal/releases/body-html.ts), so search excerpts stop running the Markdown
-- pipeline for every result of every search. Null on drafts and on editions live before this column
-- existed: their excerpts are made on read until the scheduler's backfill fills them in.
ALTER TABLE "Edition" ADD COLUMN "bodyText" TEXT;
