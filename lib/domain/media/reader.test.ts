import { describe, expect, it } from "vitest";
import { GALLERY, LEAD, PDF, PENDING, SAMPLE_MEDIA } from "@/test/support/reader-media";
import {
  attachmentTitle,
  attachmentsOf,
  fileTypeLabel,
  formatBytes,
  galleryImages,
  leadImage,
  leadImageShare,
  pictureSources,
  srcsetOf,
} from "./reader";

describe("issue 13: images for readers (srcset helpers)", () => {
  it("picks the lead image, the gallery and the attachments; an image without variants is left out", () => {
    expect(leadImage(SAMPLE_MEDIA)).toBe(LEAD);
    expect(galleryImages(SAMPLE_MEDIA)).toEqual([GALLERY]);
    expect(attachmentsOf(SAMPLE_MEDIA)).toEqual([PDF]);
    // A pending lead with no placeholder yet shows nothing; with a placeholder it shows that.
    expect(leadImage([{ ...PENDING, role: "LEAD" }])).toBeNull();
    const blurred = { ...PENDING, role: "LEAD" as const, placeholder: "data:image/webp;base64,AA" };
    expect(leadImage([blurred])).toBe(blurred);
    expect(leadImage([{ ...LEAD, status: "FAILED" as const, placeholder: null, variants: [] }])).toBeNull();
  });

  it("writes one srcset per format, narrowest first, and a JPEG fallback with the intrinsic size", () => {
    const hash = "a".repeat(64);
    expect(srcsetOf(LEAD.variants, "avif")).toBe(
      `/media/img/${hash}-480w-v1.avif 480w, /media/img/${hash}-960w-v1.avif 960w, /media/img/${hash}-1600w-v1.avif 1600w`,
    );
    const sources = pictureSources(LEAD)!;
    expect(sources.webp).toContain(`/media/img/${hash}-1600w-v1.webp 1600w`);
    expect(sources.fallback).toMatchObject({ format: "jpeg", width: 960, url: `/media/img/${hash}-960w-v1.jpg` });
    expect([sources.width, sources.height]).toEqual([1600, 800]);
    expect(pictureSources(PENDING)).toBeNull();
    // Previews rewrite every address (token-checked /preview/<token>/media/…).
    const preview = pictureSources(LEAD, (url) => `/preview/t${url}`)!;
    expect(preview.avif.split(", ").every((s) => s.startsWith("/preview/t/media/img/"))).toBe(true);
    expect(preview.fallback.url).toBe(`/preview/t/media/img/${hash}-960w-v1.jpg`);
  });

  it("shares the lead image's JPEG with absolute URL, size and alt text", () => {
    expect(leadImageShare(SAMPLE_MEDIA, "https://press.example.org")).toEqual({
      url: `https://press.example.org/media/img/${"a".repeat(64)}-960w-v1.jpg`,
      width: 960,
      height: 480,
      type: "image/jpeg",
      bytes: 96_000,
      alt: "Two ministers sign the memorandum",
      caption: "The signing in Baku",
      credit: "Press service",
    });
    expect(leadImageShare([GALLERY, PDF], "https://press.example.org")).toBeNull();
  });

  it("lists attachments by title, type and size", () => {
    expect(attachmentTitle(PDF)).toBe("Signed memorandum");
    expect(attachmentTitle({ ...PDF, title: null })).toBe("memorandum.pdf");
    expect(fileTypeLabel("application/pdf")).toBe("PDF");
    expect(fileTypeLabel("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe(
      "Word document",
    );
    expect(fileTypeLabel("application/x-unknown")).toBe("File");
    expect(formatBytes(1_234_567)).toBe("1.2 MB");
    expect(formatBytes(5_300)).toBe("5.3 KB");
    expect(formatBytes(53_000)).toBe("53 KB");
    expect(formatBytes(999_990)).toBe("1 MB");
    expect(formatBytes(900)).toBe("900 bytes");
    expect(formatBytes(20_000_000)).toBe("20 MB");
  });
});
