-- Issue 11.2: a speaker's role and organisation belong to each quote (the snapshot its edition
-- carried), never to the shared Person row, which draft saves used to fill in and which public pages
-- then showed. Published quotes already hold their own snapshot, so nothing readers saw as published
-- is lost, and whatever a draft wrote onto a Person goes with the columns.
ALTER TABLE "Person" DROP COLUMN "role";
ALTER TABLE "Person" DROP COLUMN "organisation";
