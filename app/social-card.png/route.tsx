import { socialCard } from "@/components/SocialCard";
import { site } from "@/lib/site";

// The home page's preview image, drawn at build time to out/social-card.png.
export const dynamic = "force-static";

export async function GET() {
  return socialCard({ kicker: "Latest reporting", headline: site.tagline });
}
