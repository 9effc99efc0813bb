import { getEdition } from "@/lib/site-content";
import { feedResponse } from "@/lib/publish/feeds";

// Written once at build time to out/feed.json.
export const dynamic = "force-static";

export function GET() {
  return feedResponse(getEdition().published, "json");
}
