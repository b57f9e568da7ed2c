-- AlterTable
ALTER TABLE "Edition" ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "forcePublishReason" TEXT,
ADD COLUMN     "needsReview" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publishAt" TIMESTAMPTZ(3),
ADD COLUMN     "publishZone" TEXT,
ADD COLUMN     "reviewRemark" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMPTZ(3),
ADD COLUMN     "submittedById" TEXT;

-- AlterTable
ALTER TABLE "Release" ADD COLUMN     "withdrawnAt" TIMESTAMPTZ(3),
ADD COLUMN     "withdrawnReason" TEXT;

-- CreateIndex
CREATE INDEX "Edition_status_publishAt_idx" ON "Edition"("status", "publishAt");

-- AddForeignKey
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
