import type { MetadataRoute } from "next";
import { getArchiveMonths, getNewsroomPages, getPublishedArticles, getReporterPages } from "@/lib/site-content";
import { sitemapEntries } from "@/lib/publish/sitemaps";
import { archivePath, authorPath, pagePath } from "@/lib/site";

// Written once at build time to out/sitemap.xml.
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const published = getPublishedArticles();
  const months = getArchiveMonths();
  return sitemapEntries(published, [
    ...getNewsroomPages().map((page) => ({ path: pagePath(page.slug), articles: [] })),
    ...getReporterPages().map(({ author, stories }) => ({ path: authorPath(author.slug), articles: stories })),
    ...(months.length > 0 ? [{ path: archivePath(), articles: published }] : []),
    ...months.map(({ year, month, stories }) => ({ path: archivePath(year, month), articles: stories })),
  ]);
}
