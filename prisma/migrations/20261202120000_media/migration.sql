-- Issue 13: photos and documents. A file is stored once per content (kind + SHA-256), its served
-- variants are rows of their own, and an edition uses files through EditionMedia rows (like its
-- agreements and quotes), so each edition carries its own set and history can restore it.
-- A used file cannot be deleted (RESTRICT): the media library deletes only unused ones.
-- MediaUploadAttempt counts uploads per user for the upload rate limit, pruned after a day.
-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('IMAGE', 'ATTACHMENT');

-- CreateEnum
CREATE TYPE "MediaVariantStatus" AS ENUM ('PENDING', 'READY', 'FAILED');

-- CreateEnum
CREATE TYPE "MediaFormat" AS ENUM ('AVIF', 'WEBP', 'JPEG');

-- CreateEnum
CREATE TYPE "EditionMediaRole" AS ENUM ('LEAD', 'GALLERY', 'ATTACHMENT');

-- CreateTable
CREATE TABLE "MediaAsset" (
    "id" TEXT NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "sha256" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "originalKey" TEXT NOT NULL,
    "variantStatus" "MediaVariantStatus" NOT NULL DEFAULT 'PENDING',
    "variantAttempts" INTEGER NOT NULL DEFAULT 0,
    "variantError" TEXT,
    "placeholder" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaAsset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaVariant" (
    "id" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,
    "format" "MediaFormat" NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,

    CONSTRAINT "MediaVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditionMedia" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "role" "EditionMediaRole" NOT NULL,
    "altText" TEXT NOT NULL DEFAULT '',
    "caption" TEXT,
    "credit" TEXT,
    "title" TEXT,

    CONSTRAINT "EditionMedia_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaUploadAttempt" (
    "id" BIGSERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaUploadAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_originalKey_key" ON "MediaAsset"("originalKey");

-- CreateIndex
CREATE INDEX "MediaAsset_variantStatus_idx" ON "MediaAsset"("variantStatus");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_kind_sha256_key" ON "MediaAsset"("kind", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "MediaVariant_key_key" ON "MediaVariant"("key");

-- CreateIndex
CREATE UNIQUE INDEX "MediaVariant_assetId_format_width_key" ON "MediaVariant"("assetId", "format", "width");

-- CreateIndex
CREATE INDEX "EditionMedia_assetId_idx" ON "EditionMedia"("assetId");

-- CreateIndex
CREATE UNIQUE INDEX "EditionMedia_editionId_position_key" ON "EditionMedia"("editionId", "position");

-- CreateIndex
CREATE INDEX "MediaUploadAttempt_userId_createdAt_idx" ON "MediaUploadAttempt"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaVariant" ADD CONSTRAINT "MediaVariant_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "MediaAsset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionMedia" ADD CONSTRAINT "EditionMedia_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionMedia" ADD CONSTRAINT "EditionMedia_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "MediaAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

