import { getPublishedArticles } from "@/lib/site-content";
import { sitemapXml } from "@/lib/publish/sitemaps";

// Written once at build time to out/sitemap.xml.
export const dynamic = "force-static";

export function GET() {
  return new Response(sitemapXml(getPublishedArticles()), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
