// Issue 13: a file's type comes from its bytes, never from its name. Samples are made here: images
// with sharp, documents as minimal containers (test/support/zip.ts), programs as their headers.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeZip, ooxml } from "@/test/support/zip";
import { sniffFile } from "./sniff-file";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pressroom-sniff-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes the bytes under a misleading name (the name must not matter) and sniffs them. */
async function sniff(bytes: Buffer, name = "upload.png") {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  await writeFile(file, bytes);
  return sniffFile(file, bytes.length);
}

const pixels = () => sharp({ create: { width: 8, height: 6, channels: 3, background: "#3366aa" } });

describe("issue 13: file types decided from the bytes", () => {
  it("recognises JPEG, PNG, WebP, AVIF, GIF and SVG images whatever their name", async () => {
    expect(await sniff(await pixels().jpeg().toBuffer(), "photo.pdf")).toMatchObject({ mime: "image/jpeg" });
    expect(await sniff(await pixels().png().toBuffer(), "photo.jpg")).toMatchObject({ mime: "image/png" });
    expect(await sniff(await pixels().webp().toBuffer())).toMatchObject({ mime: "image/webp", kind: "IMAGE" });
    expect(await sniff(await pixels().avif().toBuffer())).toMatchObject({ mime: "image/avif", kind: "IMAGE" });
    expect(await sniff(await pixels().gif().toBuffer())).toMatchObject({ mime: "image/gif" });
    const svg =
      '<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    expect(await sniff(Buffer.from(svg), "logo.txt")).toMatchObject({ mime: "image/svg+xml", kind: "IMAGE" });
    expect(await sniff(Buffer.from('<svg viewBox="0 0 1 1"></svg>'))).toMatchObject({ mime: "image/svg+xml" });
  });

  it("tells PDF, DOCX, XLSX, PPTX, ODT and ZIP apart, the Office ones by their entries", async () => {
    expect(await sniff(Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"))).toMatchObject({
      mime: "application/pdf",
      kind: "ATTACHMENT",
    });
    expect(await sniff(ooxml("word/document.xml"))).toMatchObject({ extension: "docx" });
    expect(await sniff(ooxml("xl/workbook.xml"))).toMatchObject({ extension: "xlsx" });
    expect(await sniff(ooxml("ppt/presentation.xml"))).toMatchObject({ extension: "pptx" });
    const odt = makeZip([
      ["mimetype", "application/vnd.oasis.opendocument.text"],
      ["content.xml", "<office:document-content/>"],
      ["META-INF/manifest.xml", "<manifest/>"],
    ]);
    expect(await sniff(odt)).toMatchObject({ mime: "application/vnd.oasis.opendocument.text" });
    expect(await sniff(makeZip([["press-kit/photo-credits.txt", "Credits"]]))).toMatchObject({
      mime: "application/zip",
    });
  });

  it("takes valid UTF-8 without NUL bytes as text, and a regular table as CSV", async () => {
    expect(await sniff(Buffer.from("Embargo: 10:00 UTC\nContact: press office — Bakı\n"))).toMatchObject({
      mime: "text/plain; charset=utf-8",
    });
    expect(await sniff(Buffer.from("country,amount\nAZ,10\nCN,20\n"))).toMatchObject({
      mime: "text/csv; charset=utf-8",
    });
    // Text for 100 KB, then a NUL byte: not text.
    expect(await sniff(Buffer.concat([Buffer.alloc(100_000, "a"), Buffer.from([0, 1, 2])]))).toMatchObject({
      ok: false,
    });
  });

  it("refuses programs and web pages named as images, saying what they look like", async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
    expect(await sniff(elf, "photo.png")).toEqual({ ok: false, looksLike: "a Linux program" });
    expect(await sniff(Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]), "photo.jpg")).toMatchObject({
      looksLike: "a Windows program",
    });
    expect(await sniff(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), "logo.png")).toMatchObject({ ok: false });
    expect(await sniff(Buffer.from("#!/bin/sh\nrm -rf ~\n"), "photo.png")).toMatchObject({
      looksLike: "a script (a program in text form)",
    });
    expect(await sniff(Buffer.from("<!DOCTYPE html><html><script>alert(1)</script>"), "a.svg")).toMatchObject({
      looksLike: "a web page",
    });
    expect(
      await sniff(
        makeZip([
          ["AndroidManifest.xml", "x"],
          ["classes.dex", "x"],
        ]),
        "kit.zip",
      ),
    ).toMatchObject({
      looksLike: "an Android app",
    });
    expect(await sniff(Buffer.alloc(0))).toMatchObject({ looksLike: "an empty file" });
  });

  it("names an iPhone HEIC photo so the message can say what to do", async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic\0\0\0\0mif1heic"), Buffer.alloc(64)]);
    expect(await sniff(heic, "IMG_0001.jpg")).toMatchObject({ ok: false, looksLike: expect.stringMatching(/HEIC/) });
  });
});
