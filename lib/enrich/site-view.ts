// What a build shows, worked out from the content alone: the published articles for readers (and
// in the preview, drafts and scheduled ones too), linked to each other, and grouped into the
// section, tag, reporter and monthly archive pages; and the newsroom's own pages.
import { isPublished, type Article } from "../content/article";
import type { Author, NewsroomPage } from "../content/newsroom-files";
import { groupByTerm, type Term } from "../content/taxonomy";
import { archiveMonths, type ArchiveMonth } from "./archive";
import { reporterPages, type ReporterPage } from "./authors";
import { link } from "./links";

export interface SiteView {
  published: Article[];
  /** What this build shows: the published articles, and in the preview drafts and scheduled ones too. */
  site: Article[];
  /** Each page looks its article up by slug: a map, so the build stays linear in the archive. */
  bySlug: Map<string, Article>;
  sections: Term<Article>[];
  tags: Term<Article>[];
  reporters: ReporterPage[];
  authors: Author[];
  months: ArchiveMonth[];
  pages: NewsroomPage[];
}

export function viewSite(articles: Article[], preview: boolean, newsroom: { authors: Author[]; pages: NewsroomPage[] }): SiteView {
  const published = link(articles, isPublished).filter(isPublished);
  const site = preview ? link(articles, () => true) : published;
  return {
    published,
    site,
    bySlug: new Map(site.map((article) => [article.slug, article])),
    sections: groupByTerm(site, (a) => [a.section]),
    tags: groupByTerm(site, (a) => a.tags),
    reporters: reporterPages(newsroom.authors, site),
    authors: newsroom.authors,
    months: archiveMonths(site),
    pages: newsroom.pages,
  };
}
