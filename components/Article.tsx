import type { Article as ArticleData } from "@/lib/articles";
import { ArticleBody } from "./ArticleBody";
import { CreditLine } from "./CreditLine";
import { Standfirst } from "./Standfirst";
import { Timeline } from "./Timeline";

/**
 * One article. DOM order is reading order (headline, standfirst, credit, body, timeline); the
 * stylesheet's grid moves the timeline beside the body on wide screens.
 */
export function Article({ article }: { article: ArticleData }) {
  return (
    <article className="article">
      <header className="article-header">
        <p className="kicker">{article.section}</p>
        <h1>{article.title}</h1>
        <Standfirst>{article.standfirst}</Standfirst>
        <CreditLine {...article} />
      </header>
      <ArticleBody sections={article.sections} />
      <Timeline events={article.timeline} />
    </article>
  );
}
