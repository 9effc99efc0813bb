import type { MetadataRoute } from "next";
import { getPublishedArticles } from "@/lib/site-content";
import { sitemapEntries } from "@/lib/publish/sitemaps";

// Written once at build time to out/sitemap.xml.
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getPublishedArticles());
}
