import { IMAGE_SIZES, type ReaderMedia } from "@/lib/domain/media/reader";
import { MediaPicture, type MediaHref } from "./media-picture";

/** The lead image at the top of a release: fetched first, with its caption and credit. */
export function ReleaseLeadImage({ image, href }: { image: ReaderMedia; href?: MediaHref }) {
  return (
    <figure className="lead-image">
      <MediaPicture image={image} sizes={IMAGE_SIZES.lead} priority href={href} />
      <MediaCaption image={image} />
    </figure>
  );
}

/** "Caption. Photo: Credit" under an image, when there is either. */
export function MediaCaption({ image, id }: { image: Pick<ReaderMedia, "caption" | "credit">; id?: string }) {
  if (!image.caption && !image.credit) return null;
  return (
    <figcaption id={id}>
      {image.caption ? <span className="media-caption">{image.caption}</span> : null}
      {image.caption && image.credit ? " " : null}
      {image.credit ? <span className="media-credit">Photo: {image.credit}</span> : null}
    </figcaption>
  );
}
