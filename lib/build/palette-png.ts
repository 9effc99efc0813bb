// A social card is flat colour and text: white, the ink, the accent, a grey rule, and the
// anti-aliased edges between them. The renderer writes it as 8-bit RGBA (36-39 KB a card, two
// thirds of out/ on an archive without photos); as a 16-colour palette it is about 11 KB, with no
// difference to see even at four times its size (PSNR 47-50 dB against the original).
import sharp from "sharp";

// effort 1 is libimagequant's fastest setting, and zlib's default level the cheapest that keeps
// the bytes: effort 10 saves 3% of them and level 9 another 3%, each for 40-50% more CPU
// (a card costs about 15 ms of CPU here, half of it reading the renderer's PNG). No dithering: a
// pattern of noise on flat colour compresses worse and looks worse.
export const PALETTE_SETTINGS = { palette: true, colours: 16, effort: 1, dither: 0 } as const;

/** The same picture as a palette PNG, for an image of a few flat colours drawn as true colour. */
export async function palettePng(png: ArrayBuffer): Promise<ArrayBuffer> {
  const quantised = await sharp(new Uint8Array(png)).png(PALETTE_SETTINGS).toBuffer();
  return new Uint8Array(quantised).buffer;
}

/** What the bytes palettePng makes depend on, for a cache key: its settings and the libraries doing it. */
export const PALETTE_VERSION = { settings: PALETTE_SETTINGS, sharp: sharp.versions.sharp, vips: sharp.versions.vips, imagequant: sharp.versions.imagequant };
