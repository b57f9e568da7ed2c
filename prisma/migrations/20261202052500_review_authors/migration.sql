-- The review's authors: the submitter and everyone who saved a change after submission (two-person rule)
ALTER TABLE "Edition" ADD COLUMN "reviewAuthorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

UPDATE "Edition" SET "reviewAuthorIds" = ARRAY["submittedById"] WHERE "submittedById" IS NOT NULL;
