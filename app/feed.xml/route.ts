import { getEdition } from "@/lib/site-content";
import { feedResponse } from "@/lib/publish/feeds";

// Written once at build time to out/feed.xml.
export const dynamic = "force-static";

export function GET() {
  return feedResponse(getEdition().published, "rss");
}
