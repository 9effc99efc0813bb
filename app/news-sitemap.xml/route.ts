import { getPublishedArticles } from "@/lib/site-content";
import { newsSitemapXml } from "@/lib/publish/sitemaps";

// Written once at build time to out/news-sitemap.xml: "the last two days" are the two days
// before the build, so the site must be rebuilt (at least daily) for old articles to drop out.
export const dynamic = "force-static";

export function GET() {
  return new Response(newsSitemapXml(getPublishedArticles(), Date.now()), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
