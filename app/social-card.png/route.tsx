import { socialCard } from "@/lib/build/social-card";
import { siteCardText } from "@/lib/publish/seo";

// The home page's preview image, drawn at build time to out/social-card.png.
export const dynamic = "force-static";

export async function GET() {
  return socialCard(siteCardText);
}
