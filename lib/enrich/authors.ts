// Each reporter's stories, and the page a byline name links to. A name with no file in
// content/authors/ stays a plain name.
import type { Article } from "../content/article";
import { reporterFinder, type Author } from "../content/newsroom-files";
import { authorPath } from "../site";

export interface ReporterPage {
  author: Author;
  /** Every story of theirs in this build, newest first. */
  stories: Article[];
}

/** Each reporter with their stories among `articles` (newest first, as given). */
export function reporterPages(authors: readonly Author[], articles: readonly Article[]): ReporterPage[] {
  const find = reporterFinder(authors);
  const stories = new Map<string, Article[]>(authors.map((author) => [author.slug, []]));
  for (const article of articles) {
    const slugs = new Set(article.byline.flatMap((name) => find(name)?.slug ?? []));
    for (const slug of slugs) stories.get(slug)?.push(article);
  }
  return authors.map((author) => ({ author, stories: stories.get(author.slug) ?? [] }));
}

/** The page of the reporter a byline name is, if they have one: what the credit line links. */
export function reporterPaths(authors: readonly Author[]): (name: string) => string | undefined {
  const find = reporterFinder(authors);
  return (name) => {
    const author = find(name);
    return author && authorPath(author.slug);
  };
}
