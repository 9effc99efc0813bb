// The versions of one story in several languages, found by their shared translationKey. Which
// versions may be linked depends on who is reading, as with the timeline's links: readers get
// published ones only, editors in preview drafts too.
import type { Article, ArticleVersion } from "../content/article";
import { publicationTime } from "../content/dates";
import { byEditionOrder, editionOf, MAIN_EDITION } from "../content/editions";
import { articlePath } from "../site";

/** Each article with its versions among `articles` (the content check allows one per edition). */
export function linkTranslations(articles: Article[]): Article[] {
  const byKey = new Map<string, ArticleVersion[]>();
  for (const article of articles) {
    if (article.translationKey === undefined) continue;
    const version = {
      slug: article.slug,
      language: article.language,
      edition: editionOf(article.language),
      href: articlePath(article.slug),
      publishedAt: article.publishedAt,
    };
    byKey.set(article.translationKey, [...(byKey.get(article.translationKey) ?? []), version]);
  }
  return articles.map((article) => {
    const versions = article.translationKey === undefined ? [] : (byKey.get(article.translationKey) ?? []);
    return versions.length < 2 ? article : { ...article, versions: [...versions].sort((a, b) => byEditionOrder(a.edition, b.edition)) };
  });
}

/**
 * The version for readers whose language has none (hreflang's x-default): the English one where
 * there is one, else the first published.
 */
export function defaultVersion<T extends Pick<ArticleVersion, "edition" | "publishedAt">>(versions: readonly T[]): T | undefined {
  return (
    versions.find((version) => version.edition === MAIN_EDITION) ??
    [...versions].sort((a, b) => publicationTime(a.publishedAt) - publicationTime(b.publishedAt))[0]
  );
}
