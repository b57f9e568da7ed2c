// Reading a rendered share card (lib/share-image) back as pixels, to tell drawn glyphs from the boxes a
// renderer draws for characters no font has ("tofu"). Every missing character gets the same glyph, the
// font's .notdef: a hollow rectangle. So a card is checked glyph by glyph: the headline's ink is cut
// into lines (runs of inked rows) and each line into blobs (runs of inked pixel columns), and a blob
// that is, pixel for pixel, the .notdef box is a character that was not drawn.
import sharp from "sharp";

/** A binary image: true where the pixel is dark (ink). */
export interface InkBitmap {
  width: number;
  height: number;
  ink: Uint8Array;
}

/** The card's area between the site name and the dateline rule: where the headline is drawn. */
const HEADLINE_ROWS = { from: 130, to: 445 } as const;
/** Below the rule: the dateline and issuer lines. */
export const FOOTER_ROWS = { from: 465, to: 620 } as const;

/**
 * The card as ink: pixels darker than `threshold` (0-255 grey). The default suits the headline's
 * near-black; the grey dateline's thin, anti-aliased strokes need a lighter one to stay whole.
 */
export async function inkOf(png: Buffer, threshold = 128): Promise<InkBitmap> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const ink = new Uint8Array(info.width * info.height);
  for (let i = 0; i < ink.length; i++) ink[i] = data[i]! < threshold ? 1 : 0;
  return { width: info.width, height: info.height, ink };
}

/** One glyph-like piece of a line: the inked pixels between two empty columns, cropped to their box. */
export interface Blob {
  /** Left column in the card. */
  x: number;
  width: number;
  height: number;
  /** Row-major, width × height. */
  pixels: Uint8Array;
  inked: number;
}

const at = (b: InkBitmap, x: number, y: number) => b.ink[y * b.width + x]!;

/** Runs of indexes whose count is above zero. */
function runs(counts: number[], offset: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  counts.forEach((count, i) => {
    if (count > 0 && start < 0) start = i;
    if (count === 0 && start >= 0) {
      out.push([start + offset, i - 1 + offset]);
      start = -1;
    }
  });
  if (start >= 0) out.push([start + offset, counts.length - 1 + offset]);
  return out;
}

/** Ink per pixel column of the headline area (the column profile compared between renders). */
export function headlineColumns(b: InkBitmap): number[] {
  const columns: number[] = [];
  for (let x = 0; x < b.width; x++) {
    let count = 0;
    for (let y = HEADLINE_ROWS.from; y <= HEADLINE_ROWS.to; y++) count += at(b, x, y);
    columns.push(count);
  }
  return columns;
}

/** The headline's blobs, line by line, left to right (`rows`: another band of the card). */
export function headlineBlobs(b: InkBitmap, rows: { from: number; to: number } = HEADLINE_ROWS): Blob[] {
  const rowCounts: number[] = [];
  for (let y = rows.from; y <= rows.to; y++) {
    let count = 0;
    for (let x = 0; x < b.width; x++) count += at(b, x, y);
    rowCounts.push(count);
  }
  const blobs: Blob[] = [];
  for (const [top, bottom] of runs(rowCounts, rows.from)) {
    const columnCounts: number[] = [];
    for (let x = 0; x < b.width; x++) {
      let count = 0;
      for (let y = top; y <= bottom; y++) count += at(b, x, y);
      columnCounts.push(count);
    }
    for (const [left, right] of runs(columnCounts, 0)) blobs.push(crop(b, left, right, top, bottom));
  }
  return blobs;
}

function crop(b: InkBitmap, left: number, right: number, top: number, bottom: number): Blob {
  let y0 = bottom;
  let y1 = top;
  for (let y = top; y <= bottom; y++)
    for (let x = left; x <= right; x++)
      if (at(b, x, y)) {
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
  const width = right - left + 1;
  const height = y1 - y0 + 1;
  const pixels = new Uint8Array(width * height);
  let inked = 0;
  for (let y = y0; y <= y1; y++)
    for (let x = left; x <= right; x++) {
      const v = at(b, x, y);
      pixels[(y - y0) * width + (x - left)] = v;
      inked += v;
    }
  return { x: left, width, height, pixels, inked };
}

/** The share of a's inked pixels that have an inked pixel of b at most one pixel away (top-left corners laid together). */
function covered(a: Blob, b: Blob): number {
  let near = 0;
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++) {
      if (!a.pixels[y * a.width + x]) continue;
      let found = false;
      for (let dy = -1; dy <= 1 && !found; dy++)
        for (let dx = -1; dx <= 1 && !found; dx++) {
          const bx = x + dx;
          const by = y + dy;
          found = bx >= 0 && by >= 0 && bx < b.width && by < b.height && b.pixels[by * b.width + bx] === 1;
        }
      if (found) near++;
    }
  return a.inked === 0 ? 0 : near / a.inked;
}

/**
 * How alike two blobs are, from 0 to 1: the smaller share of either's ink that the other covers
 * within one pixel (anti-aliasing puts a thin stroke one pixel over from one place to the next);
 * 0 when their sizes differ by more than 2 px.
 */
export function likeness(a: Blob, b: Blob): number {
  if (Math.abs(a.width - b.width) > 2 || Math.abs(a.height - b.height) > 2) return 0;
  return Math.min(covered(a, b), covered(b, a));
}

/** The blobs that are the missing-glyph box `box` (boxes score 1; the closest glyphs, 0 and U, about 0.9). */
export const boxesIn = (blobs: Blob[], box: Blob) => blobs.filter((blob) => likeness(blob, box) >= 0.97);

/** How many different shapes the blobs have (boxes for every character: one). */
export function distinctShapes(blobs: Blob[]): number {
  const shapes: Blob[] = [];
  for (const blob of blobs) if (!shapes.some((s) => likeness(s, blob) >= 0.97)) shapes.push(blob);
  return shapes.length;
}
