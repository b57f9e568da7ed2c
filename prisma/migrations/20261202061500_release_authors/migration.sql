-- Writers edit only the releases they created or co-author (issue 11.7)
CREATE TABLE "ReleaseAuthor" (
    "releaseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReleaseAuthor_pkey" PRIMARY KEY ("releaseId","userId")
);

CREATE INDEX "ReleaseAuthor_userId_idx" ON "ReleaseAuthor"("userId");

ALTER TABLE "ReleaseAuthor" ADD CONSTRAINT "ReleaseAuthor_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReleaseAuthor" ADD CONSTRAINT "ReleaseAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "ReleaseAuthor" ("releaseId", "userId") SELECT id, "createdById" FROM "Release" WHERE "createdById" IS NOT NULL;
