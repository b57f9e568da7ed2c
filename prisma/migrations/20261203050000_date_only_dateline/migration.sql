-- Issue 15: a date-only dateline has no UTC offset (the text gave no time), so the offset may be null.
ALTER TABLE "Edition" ALTER COLUMN "datelineOffsetMinutes" DROP NOT NULL;
