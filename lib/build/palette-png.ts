// A social card is flat colour and text: white, the ink, the accent, a grey rule, and the
// anti-aliased edges between them. As 8-bit RGB it is 36-39 KB a card (two thirds of out/ on an
// archive without photos); as a 16-colour palette it is about 11 KB, with no difference to see
// even at four times its size (PSNR 47-50 dB against the original). lib/build/social-card.ts
// writes each card with these settings.
import sharp from "sharp";

// effort 1 is libimagequant's fastest setting, and zlib's default level the cheapest that keeps
// the bytes: effort 10 saves 3% of them and level 9 another 3%, each for 40-50% more CPU (the
// palette costs about 15 ms of a card's 25). No dithering: a pattern of noise on flat colour
// compresses worse and looks worse.
export const PALETTE_SETTINGS = { palette: true, colours: 16, effort: 1, dither: 0 } as const;

/** What the bytes these settings make depend on, for a cache key: the settings and the libraries doing it. */
export const PALETTE_VERSION = { settings: PALETTE_SETTINGS, sharp: sharp.versions.sharp, vips: sharp.versions.vips, imagequant: sharp.versions.imagequant };
