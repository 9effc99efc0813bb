// Who an article is credited to, for every format that names an author (JSON-LD, feeds).
import type { Article } from "../content/article";
import { absoluteUrl, site } from "../site";

export interface Credit {
  name: string;
  url?: string;
  kind: "person" | "organization";
}

/**
 * Its bylined authors; else the outlet the reporting is credited to (the launch article has no
 * byline and is credited to Afghanistan International); else this newsroom itself.
 */
export function articleCredit(article: Pick<Article, "byline" | "source">): Credit[] {
  if (article.byline.length > 0) return article.byline.map((name) => ({ name, kind: "person" }));
  if (article.source) return [{ ...article.source, kind: "organization" }];
  return [{ name: site.name, url: absoluteUrl("/"), kind: "organization" }];
}
