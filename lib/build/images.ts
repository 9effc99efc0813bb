// Responsive images for a static site. A static export has no image server, so the build writes
// each article image in public/ at a few narrower widths beside the original
// (/images/photo.jpg -> /images/photo-800w.jpg), and the page offers them all with srcset; the
// original's width and height go on the <img>, so the page keeps its place while it loads.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { decodedPath, publicFile, readPublicFile } from "../content/public-files";
import { isSitePath, type ArticleImage } from "../content/schema";

/** The widths written below the original's: phones, then 2x phones and the desktop column, then 2x desktop. */
export const IMAGE_WIDTHS = [400, 800, 1200, 1600] as const;

/** Resized by the build; anything else (SVG, GIF) is shown as it is. */
const RESIZABLE = /\.(jpe?g|png|webp|avif)$/i;

/** The rendered width: the body column on wide screens, else the screen less its margins. */
export const FIGURE_SIZES = "(min-width: 64rem) 38rem, (min-width: 42rem) 40rem, calc(100vw - 2rem)";

export interface FigureImage extends ArticleImage {
  width?: number;
  height?: number;
  srcSet?: string;
  sizes?: string;
}

/** Where the build writes the `width`-pixel copy of `src`. */
export function variantPath(src: string, width: number): string {
  return src.replace(/(\.[^./]+)$/, `-${width}w$1`);
}

/** The widths the build writes for an image `width` pixels wide: those narrower than it. */
export const variantWidths = (width: number) => IMAGE_WIDTHS.filter((candidate) => candidate < width);

// Every read goes through readPublicFile: publicFile found no link on the way, and O_NOFOLLOW
// refuses one put in the file's place since, so nothing outside public/ is read or published.
async function dimensions(bytes: Buffer): Promise<{ width: number; height: number } | undefined> {
  const metadata = await sharp(bytes).metadata();
  // autoOrient: the size as shown, after the camera's EXIF rotation.
  const { width, height } = metadata.autoOrient ?? metadata;
  return width && height ? { width, height } : undefined;
}

/**
 * What the page needs to show an article's image: its size and, for an image in public/, the
 * srcset of the copies the build writes. An https image elsewhere is shown as it is: its size is
 * not known without fetching it. `withVariants` is false in preview, which serves public/ only.
 */
export async function describeImage(image: ArticleImage, publicDir: string, withVariants = true): Promise<FigureImage> {
  const file = isSitePath(image.src) ? publicFile(publicDir, image.src) : undefined;
  const size = file ? await dimensions(readPublicFile(file)) : undefined;
  if (!size) return image;
  const widths = RESIZABLE.test(image.src) && withVariants ? variantWidths(size.width) : [];
  if (widths.length === 0) return { ...image, ...size };
  const srcSet = [...widths.map((width) => `${variantPath(image.src, width)} ${width}w`), `${image.src} ${size.width}w`].join(", ");
  return { ...image, ...size, srcSet, sizes: FIGURE_SIZES };
}

/**
 * Writes the copies describeImage promises into `outDir` (the exported site), and the original
 * too when `publicDir` is not the project's public/ (which Next.js copies itself). Returns the
 * files written, relative to `outDir`.
 */
export async function writeImageVariants(sources: string[], publicDir: string, outDir: string): Promise<string[]> {
  const written: string[] = [];
  const copyOriginals = path.resolve(publicDir) !== path.resolve("public");
  for (const src of new Set(sources)) {
    const file = isSitePath(src) ? publicFile(publicDir, src) : undefined;
    if (!file) continue;
    const target = (relative: string) => {
      const to = path.join(outDir, decodedPath(relative));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      written.push(path.relative(outDir, to));
      return to;
    };
    const bytes = readPublicFile(file);
    if (copyOriginals) fs.writeFileSync(target(src), bytes);
    const size = RESIZABLE.test(src) ? await dimensions(bytes) : undefined;
    for (const width of size ? variantWidths(size.width) : []) {
      // rotate() applies the EXIF orientation, so the copies stand the way the original is shown.
      await sharp(bytes).rotate().resize({ width }).toFile(target(variantPath(src, width)));
    }
  }
  return written;
}

