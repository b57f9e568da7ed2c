// `npx tsx scripts/make-icons.ts`: draws the site's icons from app/icon.svg (the one source), so a
// change to the drawing is one edit and a re-run. The PNGs and favicon.ico are committed: nothing
// renders them at build or request time.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

const root = path.resolve(__dirname, "..");
const svg = readFileSync(path.join(root, "app", "icon.svg"), "utf8");
const ACCENT = "#0b57d0";

function png(size: number, background?: string): Buffer {
  return new Resvg(svg, { fitTo: { mode: "width", value: size }, background }).render().asPng();
}

/** An .ico holding PNG images (every browser that asks for /favicon.ico reads PNG entries). */
function ico(images: Array<{ size: number; data: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // width (0 means 256)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

// Apple draws its own rounded corners and shows transparency as black: a full square of the accent.
writeFileSync(path.join(root, "app", "apple-icon.png"), png(180, ACCENT));
writeFileSync(path.join(root, "app", "favicon.ico"), ico([16, 32, 48].map((size) => ({ size, data: png(size) }))));
// The web app manifest's icons (app/manifest.ts names them).
for (const size of [192, 512]) writeFileSync(path.join(root, "public", `icon-${size}.png`), png(size));
