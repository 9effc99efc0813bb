import type { Article } from "@/lib/articles";
import { formatPublicationDate } from "@/lib/dates";
import { articlePath } from "@/lib/site";

type Summary = Pick<Article, "slug" | "title" | "standfirst" | "section" | "publishedAt" | "language" | "dir">;

/** A list of stories, newest first, each a headline link with its summary and date. */
export function ArticleList({ articles }: { articles: Summary[] }) {
  if (articles.length === 0) return <p>No articles have been published yet.</p>;
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.slug} lang={article.language} dir={article.dir}>
          <article>
            <p className="kicker">{article.section}</p>
            <h2>
              <a href={articlePath(article.slug)}>{article.title}</a>
            </h2>
            <p className="summary">{article.standfirst}</p>
            <p className="dates">
              <time dateTime={article.publishedAt}>{formatPublicationDate(article.publishedAt)}</time>
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
