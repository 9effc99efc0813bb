// What an image file really is, from its first bytes: a file named .png that is a text file, a
// web page or a HEIC photo from a phone would otherwise reach the build, which cannot read it, or
// the reader's browser, which cannot show it.
export type ImageKind = "JPEG" | "PNG" | "WebP" | "AVIF" | "GIF";

/** The kinds an article image may be, by file name; the build measures and resizes all but GIF. */
export const IMAGE_EXTENSIONS: Record<string, ImageKind> = { jpg: "JPEG", jpeg: "JPEG", png: "PNG", webp: "WebP", avif: "AVIF", gif: "GIF" };

/** How many bytes imageKind needs. */
export const SNIFF_BYTES = 16;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The kind of image `start` (a file's first SNIFF_BYTES bytes) begins, if it is one the site shows. */
export function imageKind(start: Uint8Array): ImageKind | undefined {
  if (start[0] === 0xff && start[1] === 0xd8 && start[2] === 0xff) return "JPEG";
  if (ascii(start, 0, 8) === "\x89PNG\r\n\x1a\n") return "PNG";
  if (ascii(start, 0, 4) === "RIFF" && ascii(start, 8, 12) === "WEBP") return "WebP";
  if (ascii(start, 4, 8) === "ftyp" && ["avif", "avis"].includes(ascii(start, 8, 12))) return "AVIF";
  if (["GIF87a", "GIF89a"].includes(ascii(start, 0, 6))) return "GIF";
  return undefined;
}

/** A few words on what a file that is no image the site shows seems to be, for the message. */
export function describeNonImage(start: Uint8Array): string {
  const head = ascii(start, 0, start.length);
  if (start.length === 0) return "an empty file";
  if (ascii(start, 4, 8) === "ftyp") return `a ${ascii(start, 8, 12).trim()} file (HEIC and other camera formats do not show in every browser)`;
  if (/^\s*<(\?xml|svg)/i.test(head)) return "an SVG or XML file";
  if (/^\s*<(!doctype|html)/i.test(head)) return "a web page";
  if (head.startsWith("%PDF")) return "a PDF";
  if (/^[\x09\x0a\x0d\x20-\x7e]*$/.test(head)) return "a text file";
  return "not an image the site can show";
}
