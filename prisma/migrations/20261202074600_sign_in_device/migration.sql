-- Sign-in attempts made from a known browser carry its device id (issue 11.6): they skip the
-- account-wide delay and are limited per device instead.
ALTER TABLE "SignInAttempt" ADD COLUMN "device" TEXT;
