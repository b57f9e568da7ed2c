import type { CSSProperties } from "react";
import { pictureSources, type ReaderMedia } from "@/lib/domain/media/reader";

/** Rewrites a /media/ path (previews serve a draft's files under their token). */
export type MediaHref = (url: string) => string;

const same: MediaHref = (url) => url;

/**
 * One image as a <picture>: AVIF and WebP at every width, a JPEG <img> for the rest, width and height
 * so the browser reserves its box before a byte arrives (no layout shift), and the blurred placeholder
 * as the box's background until the image paints over it (CSS only). While the variants are still
 * being made, readers get the placeholder alone, or nothing: the original is for editors only.
 */
export function MediaPicture({
  image,
  sizes,
  priority = false,
  href = same,
  className,
}: {
  image: ReaderMedia;
  sizes: string;
  /** The lead image: fetched first and never lazily. Everything else loads when it nears the viewport. */
  priority?: boolean;
  href?: MediaHref;
  className?: string;
}) {
  const sources = pictureSources(image, href);
  const background: CSSProperties | undefined = image.placeholder
    ? { backgroundImage: `url("${image.placeholder}")` }
    : undefined;
  if (!sources) {
    if (!image.placeholder || !image.width || !image.height) return null;
    return (
      <span
        role="img"
        aria-label={image.altText}
        className={`media-placeholder ${className ?? ""}`.trim()}
        style={{ ...background, aspectRatio: `${image.width} / ${image.height}` }}
      />
    );
  }
  return (
    <picture className={className}>
      {sources.avif ? <source type="image/avif" srcSet={sources.avif} sizes={sizes} /> : null}
      {sources.webp ? <source type="image/webp" srcSet={sources.webp} sizes={sizes} /> : null}
      {/* A plain <img>: the variants are made at upload; next/image would encode them again. */}
      <img
        src={sources.fallback.url}
        alt={image.altText}
        width={sources.width}
        height={sources.height}
        loading={priority ? "eager" : "lazy"}
        decoding="async"
        fetchPriority={priority ? "high" : "auto"}
        className="media-img"
        style={background}
      />
    </picture>
  );
}
