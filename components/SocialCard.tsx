import nextPackage from "next/package.json";
import { ImageResponse } from "next/og";
import { Children, isValidElement, type ReactNode } from "react";
import { cachedDrawing } from "@/lib/build/cache";
import { PALETTE_VERSION, palettePng } from "@/lib/build/palette-png";
import { type CardText, SOCIAL_CARD_SIZE } from "@/lib/publish/seo";
import { site } from "@/lib/site";

// Satori, which draws these cards, knows only inline styles and flexbox. The colours are the
// site's (see app/globals.css); the font is the one next/og bundles (Geist, Latin letters).
const ACCENT = "#b3141e";
const INK = "#1a1a1a";

/** Long headlines get smaller type, so that every one fits the card in at most four lines. */
function headlineSize(headline: string): number {
  if (headline.length <= 50) return 76;
  if (headline.length <= 90) return 64;
  return 52;
}

// Letters the bundled font has. For any other, next/og downloads a font, and with no network it
// leaves the letter out: such a card is drawn afresh on every build rather than kept, so that a
// build that can download draws it whole.
const BUNDLED_FONT_TEXT = /^[\u0020-\u024f\u2010-\u2027\u2030-\u205e\u20ac]*$/;

/** Whether a card's drawing is kept between builds: not when it has letters next/og would download a font for. */
export function isKeptCard(text: CardText): boolean {
  return BUNDLED_FONT_TEXT.test(text.kicker + text.headline);
}

/** The preview image social sites show: a kicker (the section), the headline, and the site's name. */
export async function socialCard(text: CardText): Promise<Response> {
  return new Response(await socialCardPng(text), { headers: { "Content-Type": "image/png" } });
}

/**
 * The card's PNG, drawn only if no earlier drawing is kept for it. The build draws cards ahead of
 * Next.js, in threads (scripts/build/social-cards.ts), so that its route finds them kept.
 */
export async function socialCardPng(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const card = cardLayout(text);
  // Made small inside the drawing, so that a card kept from an earlier build costs nothing again.
  const draw = async () => palettePng(await new ImageResponse(card, SOCIAL_CARD_SIZE).arrayBuffer());
  // Drawn again only when the card's layout, its size, next/og (the renderer and its font) or the
  // palette's settings change.
  return isKeptCard(text)
    ? cachedDrawing("social-cards", [describeElement(card), SOCIAL_CARD_SIZE, nextPackage.version, PALETTE_VERSION], draw)
    : new Uint8Array(await draw());
}

/** What a layout draws (tags, styles and text), as data to hash, so that any change to it draws the card again. */
function describeElement(node: ReactNode): unknown {
  if (!isValidElement<Record<string, unknown>>(node)) return node;
  // A component's output would not be seen here, and a change to it would not draw the card again.
  if (typeof node.type !== "string") throw new TypeError("the social card's layout must be plain elements, for its cache key to see all of it");
  const { children, ...props } = node.props;
  return [node.type, props, Children.toArray(children as ReactNode).map(describeElement)];
}

function cardLayout({ kicker, headline }: CardText) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 72px 48px",
        background: "#fff",
        borderTop: `16px solid ${ACCENT}`,
        color: INK,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 30, letterSpacing: 2, textTransform: "uppercase", color: ACCENT }}>{kicker}</div>
        <div style={{ marginTop: 24, fontSize: headlineSize(headline), lineHeight: 1.15, lineClamp: 4 }}>{headline}</div>
      </div>
      <div style={{ display: "flex", paddingTop: 24, borderTop: "2px solid #d6d3cd", fontSize: 32 }}>{site.name}</div>
    </div>
  );
}
