// Who an article is credited to, for every format that names an author (JSON-LD, feeds).
import type { Article } from "../content/article";
import { reporterFinder, type Author } from "../content/newsroom-files";
import { absoluteUrl, authorPath, site } from "../site";

export interface Credit {
  name: string;
  url?: string;
  /** A reporter's own profiles elsewhere, from their file in content/authors/. */
  sameAs?: string[];
  kind: "person" | "organization";
}

/**
 * Its bylined authors (with their page here, when they have a file in content/authors/); else the
 * outlet the reporting is credited to (the launch article has no byline and is credited to
 * Afghanistan International); else this newsroom itself.
 */
export function articleCredit(article: Pick<Article, "byline" | "source">, authors: readonly Author[] = []): Credit[] {
  const find = reporterFinder(authors);
  if (article.byline.length > 0) {
    return article.byline.map((name) => {
      const author = find(name);
      if (!author) return { name, kind: "person" };
      return { name, url: absoluteUrl(authorPath(author.slug)), ...(author.links.length > 0 && { sameAs: author.links }), kind: "person" };
    });
  }
  if (article.source) return [{ ...article.source, kind: "organization" }];
  return [{ name: site.name, url: absoluteUrl("/"), kind: "organization" }];
}
