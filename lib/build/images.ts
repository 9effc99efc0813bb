// Responsive images for a static site. A static export has no image server, so the build writes
// each article image in public/ at a few narrower widths beside the original
// (/images/photo.jpg -> /images/photo-800w.jpg), and the page offers them all with srcset; the
// original's width and height go on the <img>, so the page keeps its place while it loads. An
// original larger than MAX_PUBLISHED_SIDE is published shrunk to it (the file in public/ stays as
// it is), and social sites are given a copy at most SHARE_WIDTH wide.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { cachedDrawing } from "./cache";
import { decodedPath, publicFile, readPublicFile } from "../content/public-files";
import type { Article } from "../content/article";
import { isSitePath, type ArticleImage } from "../content/schema";
import type { ShareCopy } from "../publish/seo";

/** The widths written below the original's: phones, then 2x phones and the desktop column, then 2x desktop. */
export const IMAGE_WIDTHS = [400, 800, 1200, 1600] as const;

/**
 * The most pixels an image in public/ is published with, across or down (docs/editors-guide.md):
 * the page shows it at most 608 pixels wide, 1,216 on a sharp screen, so 2400 leaves room to zoom,
 * while a phone's 6000-pixel photo (7 MB and more) would cost a reader on a slow connection minutes.
 */
export const MAX_PUBLISHED_SIDE = 2400;

/** The width of the copy social sites are given (og:image): the widest they show, one of IMAGE_WIDTHS. */
export const SHARE_WIDTH = 1200;

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

/** The size an image of `size` is published at: within MAX_PUBLISHED_SIDE either way, its shape kept. */
function publishedSize(size: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, MAX_PUBLISHED_SIDE / Math.max(size.width, size.height));
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/**
 * What the page needs to show an article's image: its size and, for an image in public/, the
 * srcset of the copies the build writes. An https image elsewhere is shown as it is: its size is
 * not known without fetching it. `withVariants` is false in preview, which serves public/ only.
 */
export async function describeImage(image: ArticleImage, publicDir: string, withVariants = true): Promise<FigureImage> {
  const file = isSitePath(image.src) ? publicFile(publicDir, image.src) : undefined;
  const original = file ? await dimensions(readPublicFile(file)) : undefined;
  if (!original) return image;
  const resized = RESIZABLE.test(image.src) && withVariants;
  const size = resized ? publishedSize(original) : original;
  const widths = resized ? variantWidths(size.width) : [];
  if (widths.length === 0) return { ...image, ...size };
  const srcSet = [...widths.map((width) => `${variantPath(image.src, width)} ${width}w`), `${image.src} ${size.width}w`].join(", ");
  return { ...image, ...size, srcSet, sizes: FIGURE_SIZES };
}

/** A story's photos as describeImage describes them: its own, and each live update's by the update's id. */
export interface StoryFigures {
  figure?: FigureImage;
  updates: ReadonlyMap<string, FigureImage>;
}

export async function describeStoryPhotos({ image, live }: Pick<Article, "image" | "live">, publicDir: string, withVariants = true): Promise<StoryFigures> {
  const describe = (photo: ArticleImage) => describeImage(photo, publicDir, withVariants);
  const updates = await Promise.all((live?.updates ?? []).flatMap(({ id, image: photo }) => (photo ? [describe(photo).then((figure) => [id, figure] as const)] : [])));
  return { figure: image && (await describe(image)), updates: new Map(updates) };
}

/**
 * The copy of a described image that social sites are given, with its size: the SHARE_WIDTH copy
 * when the build wrote one, else the image itself. Undefined when its size is not known.
 */
export function shareCopy(figure: FigureImage): ShareCopy | undefined {
  const { src, width, height } = figure;
  if (!width || !height) return undefined;
  if (!figure.srcSet || width <= SHARE_WIDTH) return { src, width, height };
  return { src: variantPath(src, SHARE_WIDTH), width: SHARE_WIDTH, height: Math.round((height * SHARE_WIDTH) / width) };
}

/**
 * Writes the copies describeImage promises into `outDir` (the exported site) for each of `sources`, and the original of those and of `portraits`
 * (over Next.js's copy of the project's public/), without its metadata and shrunk if need be; an
 * image sharp cannot resize is copied as it is when `publicDir` is not the project's public/.
 * Each file sharp writes is kept in the build cache by the source's bytes (lib/build/cache.ts): a
 * photo is encoded again only when it changed, not for every build of every story that shows it.
 * Returns the files written, relative to `outDir`.
 */
export async function writeImageVariants(sources: string[], publicDir: string, outDir: string, portraits: string[] = []): Promise<string[]> {
  const written: string[] = [];
  const copyOriginals = path.resolve(publicDir) !== path.resolve("public");
  const withCopies = new Set(sources);
  // A reporter's photo is shown small, from its original: no narrower copies, but no metadata either.
  for (const src of new Set([...sources, ...portraits])) {
    const file = isSitePath(src) ? publicFile(publicDir, src) : undefined;
    if (!file) continue;
    const target = (relative: string) => {
      const to = path.join(outDir, decodedPath(relative));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      written.push(path.relative(outDir, to));
      return to;
    };
    const bytes = readPublicFile(file);
    const original = RESIZABLE.test(src) ? await dimensions(bytes) : undefined;
    const size = original && publishedSize(original);
    const source = createHash("sha256").update(bytes).digest("hex");
    // A photo is published as sharp writes it, never as the camera did: that drops its metadata
    // (where it was taken, the phone's serial number), which can lead to a source. rotate() applies
    // the EXIF orientation first, so every copy stands the way the original is shown.
    if (original && size) {
      // Every frame of an animated image, not its first alone.
      const published = () => sharp(bytes, { animated: true }).rotate();
      await encoded(target(src), { source, copy: "original", size: size.width === original.width ? "as it is" : size }, () =>
        size.width === original.width ? published() : published().resize({ ...size, fit: "fill" }),
      );
    } else if (copyOriginals) fs.writeFileSync(target(src), bytes);
    for (const width of size && withCopies.has(src) ? variantWidths(size.width) : []) {
      await encoded(target(variantPath(src, width)), { source, copy: "narrower", width }, () => sharp(bytes).rotate().resize({ width }));
    }
  }
  return written;
}

/**
 * Writes to `to` what `pipeline` encodes, taken from the build cache when an earlier build encoded
 * the same `operation` (the source's SHA-256 and what is done to it) with the same sharp. The file's
 * extension, which decides the format sharp writes, is part of the key.
 */
async function encoded(to: string, operation: object, pipeline: () => ReturnType<typeof sharp>): Promise<void> {
  const inputs = { ...operation, extension: path.extname(to), libraries: sharp.versions };
  const bytes = await cachedDrawing("images", inputs, async () => {
    await pipeline().toFile(to);
    return new Uint8Array(fs.readFileSync(to)).buffer;
  });
  fs.writeFileSync(to, bytes);
}
