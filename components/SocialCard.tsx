import { ImageResponse } from "next/og";
import { SOCIAL_CARD_SIZE } from "@/lib/seo";
import { site } from "@/lib/site";

// Satori, which draws these cards, knows only inline styles and flexbox. The colours are the
// site's (see app/globals.css); the font is the one next/og bundles, as the build has no network.
const ACCENT = "#b3141e";
const INK = "#1a1a1a";

/** Long headlines get smaller type, so that every one fits the card in at most four lines. */
function headlineSize(headline: string): number {
  if (headline.length <= 50) return 76;
  if (headline.length <= 90) return 64;
  return 52;
}

/** The preview image social sites show: a kicker (the section), the headline, and the site's name. */
export function socialCard({ kicker, headline }: { kicker: string; headline: string }): ImageResponse {
  return new ImageResponse(
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
    </div>,
    SOCIAL_CARD_SIZE,
  );
}
