// Sample files for the media tests (issue 13), made on the spot: nothing downloaded.
import { randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";
import sharp from "sharp";

/** A random colour: each sample is new bytes, so no earlier upload of the same file is found instead. */
const randomColour = () => `#${randomBytes(3).toString("hex")}`;

/** A JPEG photo carrying a camera make and a GPS position in its EXIF, as phones write them. */
export async function jpegWithGps(width = 2000, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: randomColour() } })
    .withExif({
      IFD0: { Make: "PressroomTestCam", Copyright: "Pressroom test" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 22/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "49/1 50/1 0/1" },
    })
    .jpeg()
    .toBuffer();
}

/** Whether EXIF bytes point to a GPS section (tag 0x8825, in either byte order). */
export function hasGpsTag(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));
}

/** A real 16 × 16 PNG whose header claims width × height pixels: a decompression bomb's header. */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: randomColour() } })
    .png()
    .toBuffer();
  // IHDR: length (4) "IHDR" (4) width (4) height (4) … at byte 8, its CRC after 13 data bytes.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** What `file` on Linux would call an ELF executable: its header and some padding. */
export function elfProgram(): Buffer {
  return Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(500, 0x90)]);
}

/** A minimal PDF; a note (in a PDF comment) makes its bytes, hence its asset, new. */
export const tinyPdf = (note = "") =>
  Buffer.from(`%PDF-1.4\n%${note}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n`);

export { randomColour };
