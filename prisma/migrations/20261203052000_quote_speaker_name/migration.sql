-- Issue 14: a translation names the quoted person as its language writes the name.
ALTER TABLE "Quote" ADD COLUMN "speakerName" TEXT;
