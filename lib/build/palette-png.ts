// A social card is flat colour and text: white, the ink, the accent, a grey rule, and the
// anti-aliased edges between them. The renderer writes it as 8-bit RGBA (about 30 KB a card, two
// thirds of out/ on an archive without photos); as a 16-colour palette it is about a third of
// that, with no difference to see even at four times its size (measured on the fixture's cards:
// 31 KB -> 9.4 KB, PSNR 50 dB, every edge pixel within 40 of 255 of the original).
import sharp from "sharp";

// effort 1 is libimagequant's fastest setting: the slower ones save 3% of the bytes on a card
// and take twice the time. No dithering: a pattern of noise on flat colour compresses worse and
// looks worse.
export const PALETTE_SETTINGS = { palette: true, colours: 16, effort: 1, dither: 0, compressionLevel: 9 } as const;

/** The same picture as a palette PNG, for an image of a few flat colours drawn as true colour. */
export async function palettePng(png: ArrayBuffer): Promise<ArrayBuffer> {
  const quantised = await sharp(new Uint8Array(png)).removeAlpha().png(PALETTE_SETTINGS).toBuffer();
  return new Uint8Array(quantised).buffer;
}

/** What the bytes palettePng makes depend on, for a cache key: its settings and the libraries doing it. */
export const PALETTE_VERSION = { settings: PALETTE_SETTINGS, sharp: sharp.versions.sharp, vips: sharp.versions.vips, imagequant: sharp.versions.imagequant };
