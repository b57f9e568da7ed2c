-- Issue 17: an edition's body rendered to sanitised HTML when it goes live (lib/dal/releases/body-html.ts),
-- so the release page stops running the Markdown pipeline on every request. Null on drafts and on
-- editions live before this column existed: those are rendered on read, and the scheduler's backfill
-- fills them in. bodyHtmlKey names what the HTML was rendered with (renderer version, catalog, the
-- page language and the original language of a translation): HTML under another key is not served.
ALTER TABLE "Edition" ADD COLUMN "bodyHtml" TEXT,
ADD COLUMN "quoteIndexHtml" TEXT,
ADD COLUMN "bodyHtmlKey" TEXT;
