import type { MetadataRoute } from "next";
import { getPublishedArticles } from "@/lib/articles";
import { sitemapEntries } from "@/lib/sitemaps";

// Written once at build time to out/sitemap.xml.
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getPublishedArticles());
}
