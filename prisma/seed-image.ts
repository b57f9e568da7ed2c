// The seed release's lead image (issue 13): a title card drawn at seed time from an SVG with sharp
// (nothing downloaded), stored through the storage interface like an upload, its variants made on
// the spot by the variant job's own body, so a fresh install shows the whole media path at once.
import { createHash } from "node:crypto";
import sharp from "sharp";
import { createAsset, findAssetByHash } from "../lib/dal/media/assets";
import { originalKey } from "../lib/domain/media/keys";
import { makeVariants } from "../lib/jobs/media-variants";
import { mediaStorage } from "../lib/storage";

export const TITLE_CARD = {
  title: "Azerbaijan – China",
  date: "4 July 2024",
  alt: "Title card: “Azerbaijan – China”, strategic partnership, 4 July 2024",
  caption: "Azerbaijan and China raise relations to strategic partnership",
  filename: "azerbaijan-china-title-card.png",
  width: 1600,
  height: 900,
} as const;

function titleCardSvg(): string {
  const { width, height, title, date } = TITLE_CARD;
  // Fonts from the system (DejaVu Sans on most Linux installs); sans-serif is the fallback.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0b3d91"/>
      <stop offset="1" stop-color="#0a1f44"/>
    </linearGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#bg)"/>
  <rect x="120" y="300" width="12" height="300" fill="#e8b931"/>
  <g font-family="DejaVu Sans, Lato, Liberation Sans, sans-serif" fill="#ffffff">
    <text x="180" y="420" font-size="120" font-weight="bold">${title}</text>
    <text x="180" y="510" font-size="56" fill="#cfd8e6">Strategic partnership</text>
    <text x="180" y="590" font-size="44" fill="#e8b931">${date}</text>
  </g>
</svg>`;
}

/** The title card's asset id, made (or found, when the same bytes were stored before) with its variants. */
export async function seedTitleCard(createdById: string): Promise<string> {
  const png = await sharp(Buffer.from(titleCardSvg())).png().toBuffer();
  const sha256 = createHash("sha256").update(png).digest("hex");
  const existing = await findAssetByHash("IMAGE", sha256);
  if (existing?.status === "READY") return existing.id;
  const key = originalKey("IMAGE", sha256, "png");
  await mediaStorage().put(key, png, "image/png");
  const asset =
    existing ??
    (await createAsset({
      kind: "IMAGE",
      sha256,
      mime: "image/png",
      bytes: png.length,
      filename: TITLE_CARD.filename,
      width: TITLE_CARD.width,
      height: TITLE_CARD.height,
      originalKey: key,
      createdById,
    }));
  // The job's body, run here: the page shows the card as soon as the seed ends. (The queued job, if
  // the queue exists, finds the image READY and does nothing.)
  await makeVariants(asset.id, { number: 1, max: 1 });
  return asset.id;
}
