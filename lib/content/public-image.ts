// An article image in public/, as the build and browsers will read it: there, not reached through
// a symbolic link, and really an image of a kind both can read, whatever its name says.
import path from "node:path";
import { describeNonImage, IMAGE_EXTENSIONS, imageKind, SNIFF_BYTES } from "./image-kind";
import { imageNameProblem } from "./image-name";
import { caseInsensitiveMatch, publicFile, publicLink, readPublicFile } from "./public-files";
import { isRecord } from "./records";
import { isSitePath } from "./schema";

const KINDS = Object.keys(IMAGE_EXTENSIONS)
  .map((extension) => `.${extension}`)
  .join(", ")
  .replace(/, (?=[^,]*$)/, " or ");

/**
 * What is wrong with the image at site path `src`, as the message an editor reads; undefined when
 * nothing is. `standIn` is a name for the file when nothing of its own is web-safe (the story's slug).
 */
export function publicImageProblem(publicDir: string, src: string, standIn: string): string | undefined {
  const file = publicFile(publicDir, src);
  if (!file) {
    const link = publicLink(publicDir, src);
    if (link) return `public${src} is reached through a symbolic link (${path.relative(publicDir, link)}): replace the link with the file itself`;
    const real = caseInsensitiveMatch(publicDir, src);
    if (real) return `no file public${src}, but there is public${real}: web servers tell capitals apart, so write src: ${real}`;
    return `no file public${src}: add the image there, or correct the path`;
  }
  return imageNameProblem(publicDir, file, standIn) ?? imageContentProblem(src, readPublicFile(file, SNIFF_BYTES));
}

/**
 * What is wrong with an image at site path `src` whose file begins with `start` (its first
 * SNIFF_BYTES bytes): a name that is not an image's, or bytes no browser or build can read.
 * The desk asks it of a photo being uploaded, before the file is written.
 */
export function imageContentProblem(src: string, start: Uint8Array): string | undefined {
  const named = IMAGE_EXTENSIONS[path.extname(src).slice(1).toLowerCase()];
  if (!named) return `public${src} is not an image: use a ${KINDS} file`;
  // A JPEG named .png is shown and resized all the same: only what no browser or build can read is refused.
  if (imageKind(start)) return undefined;
  return `public${src} is named like a ${named} image but is ${describeNonImage(start)}: save it as a JPEG, PNG, WebP, AVIF or GIF image and use that file`;
}

/**
 * The photos in public/ a story's frontmatter `data` names, as read from the file, before any
 * check: its own `image.src` and each live update's, each with its field path, so that every check
 * of a story's photo looks at its updates' photos too.
 */
export function sitePhotoFields(data: Record<string, unknown>): { field: PropertyKey[]; src: string }[] {
  const updates: unknown[] = Array.isArray(data.updates) ? data.updates : [];
  const images = [{ at: ["image"], image: data.image }, ...updates.map((update, index) => ({ at: ["updates", index, "image"], image: isRecord(update) ? update.image : undefined }))];
  return images.flatMap(({ at, image }) => {
    const src = isRecord(image) ? image.src : undefined;
    return typeof src === "string" && isSitePath(src) ? [{ field: [...at, "src"], src }] : [];
  });
}
