-- AlterTable
ALTER TABLE "Edition" ADD COLUMN     "forcePublishedById" TEXT;
