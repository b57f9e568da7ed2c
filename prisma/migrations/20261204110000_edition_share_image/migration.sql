-- Issue 17: a live edition's share card (og:image), rendered once when it goes live and stored in the
-- media storage under a key holding the SHA-256 of the PNG (lib/dal/releases/share-image.ts).
-- shareImageFit names what it was drawn with (renderer version, site name, language): a card under
-- another fit is not linked. The index answers /media/share/<sha256>.png, which checks that the key
-- belongs to the live edition of a public release (takedown works as for other media files).
ALTER TABLE "Edition" ADD COLUMN "shareImageKey" TEXT,
ADD COLUMN "shareImageFit" TEXT;

CREATE INDEX "Edition_shareImageKey_idx" ON "Edition"("shareImageKey");
