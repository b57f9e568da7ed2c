import { IMAGE_SIZES, pictureSources, type ReaderMedia } from "@/lib/domain/media/reader";
import { GalleryKeys } from "./gallery-keys";
import { MediaPicture, type MediaHref } from "./media-picture";
import { MediaCaption } from "./release-lead-image";

/**
 * The gallery below a release's body: thumbnails that link to #image-N, where a lightbox shows the
 * image large (CSS :target, so it works without JavaScript; the "Full size" link is the plain image).
 * GalleryKeys adds the keyboard: Escape closes, arrows go to the next/previous image, and focus goes
 * into the lightbox and back to its thumbnail. No third-party script.
 */
export function ReleaseGallery({ images, href }: { images: ReaderMedia[]; href?: MediaHref }) {
  if (images.length === 0) return null;
  const count = images.length;
  return (
    <section aria-labelledby="gallery-heading" className="gallery">
      <h2 id="gallery-heading">Photos</h2>
      <ul className="gallery-grid">
        {images.map((image, i) => (
          <li key={i}>
            <a href={`#image-${i + 1}`} id={`thumb-${i + 1}`} className="gallery-thumb">
              <MediaPicture image={image} sizes={IMAGE_SIZES.thumbnail} href={href} />
            </a>
          </li>
        ))}
      </ul>
      {images.map((image, i) => {
        const n = i + 1;
        const full = pictureSources(image, href);
        const widest = full
          ? image.variants.filter((v) => v.format !== "jpeg").reduce((a, b) => (b.width > a.width ? b : a))
          : null;
        return (
          <div
            key={i}
            id={`image-${n}`}
            className="lightbox"
            role="dialog"
            aria-label={`Photo ${n} of ${count}${image.altText ? `: ${image.altText}` : ""}`}
          >
            <figure>
              <MediaPicture image={image} sizes={IMAGE_SIZES.lightbox} href={href} className="lightbox-picture" />
              <MediaCaption image={image} />
            </figure>
            <nav className="lightbox-nav" aria-label={`Photo ${n} of ${count}`}>
              {n > 1 ? (
                <a href={`#image-${n - 1}`} data-lightbox="prev">
                  Previous photo
                </a>
              ) : null}
              <a href={`#thumb-${n}`} data-lightbox="close">
                Close
              </a>
              {n < count ? (
                <a href={`#image-${n + 1}`} data-lightbox="next">
                  Next photo
                </a>
              ) : null}
              {widest ? <a href={href ? href(widest.url) : widest.url}>Full size</a> : null}
            </nav>
          </div>
        );
      })}
      <GalleryKeys count={count} />
    </section>
  );
}
