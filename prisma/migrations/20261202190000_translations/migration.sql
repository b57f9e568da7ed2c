-- Issue 14: translations. A release is written in one language (its original, BCP 47), and a translation
-- is a release of its own (its own editions, workflow, history and review) that points at the
-- original. Structure is copied from the original when the translation is made and its words are
-- translated. translationSourceEdition is the number of the edition of the original the translation was
-- last brought up to date with (made, published or confirmed): when the live edition of the original is
-- newer, the translation is outdated. One translation per language of an original.
ALTER TABLE "Release" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Release" ADD COLUMN "translationOfId" TEXT;
ALTER TABLE "Release" ADD COLUMN "translationSourceEdition" INTEGER;

ALTER TABLE "Release" ADD CONSTRAINT "Release_translationOfId_fkey"
  FOREIGN KEY ("translationOfId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE UNIQUE INDEX "Release_translationOfId_language_key" ON "Release"("translationOfId", "language");
