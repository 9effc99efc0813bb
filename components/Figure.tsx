import type { FigureImage } from "@/lib/build/images";
import type { Labels } from "@/lib/i18n/labels";

/**
 * A story's picture, or one of its live updates', with its caption and who took it; sized so the
 * page does not shift. The story's own is the first thing a reader sees, so it is fetched first;
 * an update's is further down, so it is `lazy`: fetched as the reader nears it.
 */
export function Figure({ image, labels, lazy = false }: { image: FigureImage; labels: Labels; lazy?: boolean }) {
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
        {...(lazy ? { loading: "lazy" } : { fetchPriority: "high" })}
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
