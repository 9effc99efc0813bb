// What a build shows, worked out from the content alone: the published articles for readers (and
// in the preview, drafts and scheduled ones too), linked to each other, grouped into one edition
// per language, each with its section and tag pages; the reporters' pages and the archive by month,
// which span every edition; and the newsroom's own pages.
import { isPublished, type Article } from "../content/article";
import { byEditionOrder, editionOf } from "../content/editions";
import type { Author, NewsroomPage } from "../content/newsroom-files";
import { groupByTerm, type Term } from "../content/taxonomy";
import { archiveMonths, type ArchiveMonth } from "./archive";
import { reporterPages, type ReporterPage } from "./authors";
import { link } from "./links";
import { linkTranslations } from "./translations";

/** One language's edition: its stories and its fronts. */
export interface EditionView {
  /** The edition's code (lib/content/editions.ts): en, fa, ps. */
  code: string;
  /** What this build shows of the edition, newest first. */
  site: Article[];
  /** Its published articles, newest first: what its feeds carry. */
  published: Article[];
  sections: Term<Article>[];
  tags: Term<Article>[];
}

export interface SiteView {
  published: Article[];
  /** What this build shows: the published articles, and in the preview drafts and scheduled ones too. */
  site: Article[];
  /** Each page looks its article up by slug: a map, so the build stays linear in the archive. */
  bySlug: Map<string, Article>;
  /** The editions with something to show, English first (lib/content/editions.ts). */
  editions: EditionView[];
  reporters: ReporterPage[];
  authors: Author[];
  months: ArchiveMonth[];
  pages: NewsroomPage[];
}

export function viewSite(articles: Article[], preview: boolean, newsroom: { authors: Author[]; pages: NewsroomPage[] } = { authors: [], pages: [] }): SiteView {
  const published = linkTranslations(link(articles, isPublished).filter(isPublished));
  const site = preview ? linkTranslations(link(articles, () => true)) : published;
  const codes = [...new Set(site.map((article) => editionOf(article.language)))].sort(byEditionOrder);
  return {
    published,
    site,
    bySlug: new Map(site.map((article) => [article.slug, article])),
    editions: codes.map((code) => editionView(code, site, published)),
    reporters: reporterPages(newsroom.authors, site),
    authors: newsroom.authors,
    months: archiveMonths(site),
    pages: newsroom.pages,
  };
}

/** An edition's view; an edition with no articles is empty (its pages say none are published yet). */
export function editionView(code: string, site: Article[], published: Article[]): EditionView {
  const inEdition = (article: Article) => editionOf(article.language) === code;
  const own = site.filter(inEdition);
  return {
    code,
    site: own,
    published: published.filter(inEdition),
    sections: groupByTerm(own, (a) => [a.section]),
    tags: groupByTerm(own, (a) => a.tags),
  };
}
