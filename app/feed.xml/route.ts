import { getPublishedArticles } from "@/lib/articles";
import { feedResponse } from "@/lib/feeds";

// Written once at build time to out/feed.xml.
export const dynamic = "force-static";

export function GET() {
  return feedResponse(getPublishedArticles(), "rss");
}
