import type { FigureImage } from "@/lib/build/images";
import type { Labels } from "@/lib/i18n/labels";

/** The article's picture, with its caption and who took it; sized so the page does not shift. */
export function Figure({ image, labels }: { image: FigureImage; labels: Labels }) {
  return (
    <figure className="figure">
      {/* Static export: no image server, so the build writes the srcset's sizes (lib/build/images.ts). */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        srcSet={image.srcSet}
        sizes={image.sizes}
        fetchPriority="high"
        decoding="async"
      />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.caption && image.credit && " "}
          {image.credit && (
            <span className="figure-credit">
              {labels.photo}: {image.credit}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
