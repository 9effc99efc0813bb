// The preview image social sites show: a kicker (the section), the headline, and the site's name,
// on white under the accent's band. Drawn by sharp's text rendering (Pango shaping with HarfBuzz),
// which joins Arabic-script letters, keeps the zero-width non-joiner, lays out right to left and
// mixes scripts in a line; next/og, which drew the cards before, did none of that, and downloaded a
// font for any letter outside Latin. The fonts are the site's own, and only they (card-fonts.ts).
import sharp from "sharp";
import { type CardText, SOCIAL_CARD_SIZE } from "../publish/seo";
import { site } from "../site";
import { cachedDrawing } from "./cache";
import { CARD_FONT_FAMILY, cardFontsDigest, useCardFonts } from "./card-fonts";
import { PALETTE_VERSION, PALETTE_SETTINGS } from "./palette-png";
import { RgbCanvas, type RgbaImage } from "./rgb-canvas";

// Every measure of the card, in pixels, and its colours (app/globals.css's). The drawing reads them
// from here alone, and they are part of its cache key: a change to any draws the cards again. The
// margins and gaps are set so that the lines sit where next/og's drawing put them.
const LAYOUT = {
  version: 1,
  accent: "#b3141e",
  ink: "#1a1a1a",
  rule: "#d6d3cd",
  band: 16,
  margin: { top: 64, side: 72, bottom: 42 },
  kicker: { size: 30, lineHeight: 1.2, letterSpacing: 2 },
  // Arabic script reaches further above and below the line than Latin: its lines are set wider apart.
  headline: { gap: 39, lineHeight: { ltr: 1.15, rtl: 1.45 }, sizes: [76, 64, 52, 44] },
  footer: { size: 32, lineHeight: 1.2, rule: 2, gap: 24 },
} as const;

const WIDTH = SOCIAL_CARD_SIZE.width - 2 * LAYOUT.margin.side;

/** Long headlines start smaller, so that most fit in four lines at the first size tried. */
function firstSize(headline: string): number {
  if (headline.length <= 50) return 0;
  if (headline.length <= 90) return 1;
  return 2;
}

const escapeMarkup = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

const LEFT_TO_RIGHT_MARK = "\u200e";
const RIGHT_TO_LEFT_MARK = "\u200f";

/** A text drawn on its own, and the height of its lines. */
interface DrawnText {
  image: RgbaImage;
  lineHeight: number;
}

/**
 * `text` in one colour and size, wrapped at the card's width, its lines `lineHeight` times the
 * size apart. sharp crops what it draws to the ink, so where the letters sit in the picture would
 * depend on which letters they are (a line of capitals, one of lower case); a line above the text
 * holding one invisible letter fixes its top: the text's first line starts a line height below it.
 */
async function drawText(text: string, { lang, dir }: CardText, size: number, colour: string, lineHeight: number, extra = ""): Promise<DrawnText> {
  // Pango takes a paragraph's direction from its first letter: the mark gives each the story's, so
  // that a Dari headline opening with a Latin name still reads from the right.
  const mark = dir === "rtl" ? RIGHT_TO_LEFT_MARK : LEFT_TO_RIGHT_MARK;
  const height = Math.round(size * lineHeight);
  // Pango's markup. The language picks the font's forms for it (Persian digits, Pashto letters);
  // the line height is in Pango units (1024 a pixel at 72 dpi): a plain factor would be of the
  // font's own line height, not of its size. White space is collapsed, as on the story's page.
  const markup =
    `<span lang="${escapeMarkup(lang)}" foreground="${colour}" line_height="${height * 1024}"${extra}>` +
    `<span alpha="1">${mark}|</span>\n${mark}${escapeMarkup(text.replace(/\s+/g, " ").trim())}</span>`;
  const { data, info } = await sharp({
    // "left" is where a paragraph starts: Pango swaps it for one that reads from the right. A word
    // wider than the card (a long address) is broken where it reaches the edge.
    text: { text: markup, font: `${CARD_FONT_FAMILY} ${size}`, width: WIDTH, dpi: 72, rgba: true, wrap: "word-char", align: "left" },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { image: { data, width: info.width, height: info.height }, lineHeight: height };
}

/** Lays `text` on the card with its first line's top at `top`, and at most `room` pixels of it. */
function place(card: RgbCanvas, { image, lineHeight }: DrawnText, { dir }: CardText, top: number, room = Infinity): void {
  // At the margin on the side the text starts from.
  const left = dir === "rtl" ? SOCIAL_CARD_SIZE.width - LAYOUT.margin.side - image.width : LAYOUT.margin.side;
  // Whole lines: a headline longer than the room ends at the last line that fits.
  card.blend({ ...image, height: Math.min(image.height, lineHeight * (1 + Math.floor(room / lineHeight))) }, left, top - lineHeight);
}

/** How high the text's lines are, without the invisible line above them. */
const textHeight = ({ image, lineHeight }: DrawnText) => image.height - lineHeight;

async function draw(text: CardText): Promise<ArrayBuffer> {
  useCardFonts();
  const { kicker, headline, footer, margin } = LAYOUT;
  const rtl = text.dir === "rtl";
  // Latin capitals are spaced out; Arabic script has no capitals, and spacing would break its joins.
  const kickerText = rtl ? text.kicker : text.kicker.toLocaleUpperCase(text.lang);
  const kickerDrawn = await drawText(kickerText, text, kicker.size, LAYOUT.accent, kicker.lineHeight, rtl ? "" : ` letter_spacing="${kicker.letterSpacing * 1024}"`);
  const name = await drawText(site.name, text, footer.size, LAYOUT.ink, footer.lineHeight);
  const nameTop = SOCIAL_CARD_SIZE.height - margin.bottom - name.lineHeight;
  const ruleTop = nameTop - footer.gap - footer.rule;
  const kickerTop = LAYOUT.band + margin.top;
  const headlineTop = kickerTop + kickerDrawn.lineHeight + headline.gap;
  const room = ruleTop - footer.gap - headlineTop;
  // The largest size, from the first tried, at which the headline fits; cut at the room there is at the smallest.
  let drawn: DrawnText | undefined;
  for (const size of headline.sizes.slice(firstSize(text.headline))) {
    drawn = await drawText(text.headline, text, size, LAYOUT.ink, headline.lineHeight[text.dir]);
    if (textHeight(drawn) <= room) break;
  }
  if (!drawn) throw new Error("the social card's layout has no headline size");
  const card = new RgbCanvas(SOCIAL_CARD_SIZE.width, SOCIAL_CARD_SIZE.height, "#ffffff");
  card.fill(0, 0, SOCIAL_CARD_SIZE.width, LAYOUT.band, LAYOUT.accent);
  // One line of it: the headline starts below that.
  place(card, kickerDrawn, text, kickerTop, kickerDrawn.lineHeight);
  place(card, drawn, text, headlineTop, room);
  card.fill(margin.side, ruleTop, WIDTH, footer.rule, LAYOUT.rule);
  place(card, name, text, nameTop);
  const png = await sharp(card.data, { raw: { ...SOCIAL_CARD_SIZE, channels: 3 } })
    .png(PALETTE_SETTINGS)
    .toBuffer();
  return new Uint8Array(png).buffer;
}

/** What a drawing depends on besides its text: the layout, the fonts, and the libraries that shape, draw and compress it. */
const rendererVersion = () => ({ layout: LAYOUT, size: SOCIAL_CARD_SIZE, site: site.name, fonts: cardFontsDigest(), palette: PALETTE_VERSION, libraries: sharp.versions });

/** The card's PNG, drawn only if no earlier build kept a drawing of the same text by the same renderer. */
export async function socialCardPng(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
  return cachedDrawing("social-cards", [text, rendererVersion()], () => draw(text));
}
