import { getPublishedArticles } from "@/lib/site-content";
import { sitemapFiles, sitemapIndexXml } from "@/lib/publish/sitemap-index";
import { sitemapEntries } from "@/lib/publish/sitemaps";

// Written once at build time to out/sitemap.xml: the index of the files in out/sitemaps/.
export const dynamic = "force-static";

export function GET() {
  return new Response(sitemapIndexXml(sitemapFiles(sitemapEntries(getPublishedArticles()))), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
