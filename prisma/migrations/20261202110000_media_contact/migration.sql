-- A media contact per edition (issue 12.6): who journalists call about this release. Part of the
-- edition like every other content field, so a draft's new contact stays private until it goes live.
ALTER TABLE "Edition" ADD COLUMN "mediaContactName" TEXT;
ALTER TABLE "Edition" ADD COLUMN "mediaContactEmail" TEXT;
ALTER TABLE "Edition" ADD COLUMN "mediaContactPhone" TEXT;
