import { getArchiveMonths, getNewsroomPages, getPublishedArticles, getReporterPages } from "@/lib/site-content";
import { sitemapXml } from "@/lib/publish/sitemaps";
import { archivePath, authorPath, pagePath } from "@/lib/site";

// Written once at build time to out/sitemap.xml.
export const dynamic = "force-static";

export function GET() {
  const published = getPublishedArticles();
  const months = getArchiveMonths();
  const xml = sitemapXml(published, [
    ...getNewsroomPages().map((page) => ({ path: pagePath(page.slug), articles: [] })),
    ...getReporterPages().map(({ author, stories }) => ({ path: authorPath(author.slug), articles: stories })),
    ...(months.length > 0 ? [{ path: archivePath(), articles: published }] : []),
    ...months.map(({ year, month, stories }) => ({ path: archivePath(year, month), articles: stories })),
  ]);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
