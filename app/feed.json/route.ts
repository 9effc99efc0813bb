import { getPublishedArticles } from "@/lib/articles";
import { feedResponse } from "@/lib/feeds";

// Written once at build time to out/feed.json.
export const dynamic = "force-static";

export function GET() {
  return feedResponse(getPublishedArticles(), "json");
}
