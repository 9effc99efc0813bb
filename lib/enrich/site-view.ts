// What a build shows, worked out from the articles alone: the published ones for readers (and in
// the preview, drafts and scheduled ones too), linked to each other, and grouped into the
// section and tag pages.
import { isPublished, type Article } from "../content/article";
import { groupByTerm, type Term } from "../content/taxonomy";
import { link } from "./links";

export interface SiteView {
  published: Article[];
  /** What this build shows: the published articles, and in the preview drafts and scheduled ones too. */
  site: Article[];
  /** Each page looks its article up by slug: a map, so the build stays linear in the archive. */
  bySlug: Map<string, Article>;
  sections: Term<Article>[];
  tags: Term<Article>[];
}

export function viewSite(articles: Article[], preview: boolean): SiteView {
  const published = link(articles, isPublished).filter(isPublished);
  const site = preview ? link(articles, () => true) : published;
  return {
    published,
    site,
    bySlug: new Map(site.map((article) => [article.slug, article])),
    sections: groupByTerm(site, (a) => [a.section]),
    tags: groupByTerm(site, (a) => a.tags),
  };
}
