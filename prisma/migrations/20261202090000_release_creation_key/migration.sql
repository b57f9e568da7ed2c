-- The editor form's key for the release it creates (issue 12.1): the first autosave of a new release
-- and its Save draft may race, or a create may be sent again after its answer was lost. The unique
-- index makes a second release from the same form impossible.
ALTER TABLE "Release" ADD COLUMN "creationKey" TEXT;
CREATE UNIQUE INDEX "Release_creationKey_key" ON "Release"("creationKey");
