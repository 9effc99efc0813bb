import { getArchiveMonths, getNewsroomPages, getPublishedArticles, getReporterPages } from "@/lib/site-content";
import { sitemapEntries as entriesOf } from "@/lib/publish/sitemaps";
import { archivePath, authorPath, pagePath } from "@/lib/site";

/** Every public page, in the order the sitemap's files list them (sitemap.xml and sitemaps/<n>.xml). */
export function sitemapEntries() {
  const published = getPublishedArticles();
  const months = getArchiveMonths();
  return entriesOf(published, [
    ...getNewsroomPages().map((page) => ({ path: pagePath(page.slug), articles: [] })),
    ...getReporterPages().map(({ author, stories }) => ({ path: authorPath(author.slug), articles: stories, paged: true })),
    ...(months.length > 0 ? [{ path: archivePath(), articles: published }] : []),
    ...months.map(({ year, month, stories }) => ({ path: archivePath(year, month), articles: stories })),
  ]);
}
