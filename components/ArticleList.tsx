import type { Article } from "@/lib/content/article";
import { formatPublicationDate } from "@/lib/i18n/date-format";
import { editionOf } from "@/lib/content/editions";
import { labelsFor } from "@/lib/i18n/labels";
import { sectionName } from "@/lib/i18n/section-names";
import { articlePath } from "@/lib/site";
import { LiveNow } from "./LiveLabel";

type Summary = Pick<Article, "slug" | "title" | "standfirst" | "section" | "publishedAt" | "updatedAt" | "language" | "dir"> &
  Partial<Pick<Article, "readingMinutes" | "status" | "live">>;

/**
 * Stories, newest first, as a front page: the first leads, with the largest headline; the rest
 * follow in columns on wide screens. Each is in its own language, dates and labels included.
 */
export function ArticleList({ articles, empty = labelsFor("en").noArticles }: { articles: Summary[]; empty?: string }) {
  if (articles.length === 0) return <p>{empty}</p>;
  return (
    <ol className="article-list">
      {articles.map((article, index) => {
        const labels = labelsFor(article.language);
        return (
          <li key={article.slug} lang={article.language} dir={article.dir} className={index === 0 ? "lead-story" : undefined}>
            <article>
              <p className="kicker">
                {/* As the story's own page says it, while its coverage is open: a reader looking for the latest finds it in the list. */}
                {article.live && article.live.ended === undefined && <LiveNow labels={labels} inline />}
                {sectionName(article.section, editionOf(article.language))}
                {/* Only the preview lists drafts and scheduled stories: marked, so no one mistakes them for published. */}
                {article.status && article.status !== "published" && (
                  <strong className="preview-mark" lang="en">
                    {article.status === "draft" ? "Draft" : "Scheduled"}
                  </strong>
                )}
              </p>
              <h2>
                <a href={articlePath(article.slug)}>{article.title}</a>
              </h2>
              <p className="summary">{article.standfirst}</p>
              <p className="dates">
                <time dateTime={article.publishedAt}>{formatPublicationDate(article.publishedAt, labels.dates)}</time>
                {article.updatedAt && (
                  <span className="updated">
                    <strong>{labels.updated}</strong> <time dateTime={article.updatedAt}>{formatPublicationDate(article.updatedAt, labels.dates)}</time>
                  </span>
                )}
                {article.readingMinutes !== undefined && <span>{labels.readingTime(article.readingMinutes)}</span>}
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
