import { sitemapFiles, sitemapIndexXml } from "@/lib/publish/sitemap-index";
import { sitemapEntries } from "../sitemap-entries";

// Written once at build time to out/sitemap.xml: the index of the files in out/sitemaps/.
export const dynamic = "force-static";

export function GET() {
  return new Response(sitemapIndexXml(sitemapFiles(sitemapEntries())), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
