import type { Article as ArticleData } from "@/lib/articles";
import { sectionPath } from "@/lib/site";
import { ArticleBody } from "./ArticleBody";
import { Corrections } from "./Corrections";
import { CreditLine } from "./CreditLine";
import { PreviewBanner } from "./PreviewBanner";
import { Standfirst } from "./Standfirst";
import { Timeline } from "./Timeline";
import { Topics } from "./Topics";

/**
 * One article. DOM order is reading order (headline, standfirst, credit, body, corrections,
 * topics, timeline); the
 * stylesheet's grid moves the timeline beside the body on wide screens.
 */
export function Article({ article }: { article: ArticleData }) {
  return (
    <article className="article">
      <header className="article-header">
        <PreviewBanner {...article} />
        <p className="kicker">
          <a href={sectionPath(article.section)}>{article.section}</a>
        </p>
        <h1>{article.title}</h1>
        <Standfirst>{article.standfirst}</Standfirst>
        <CreditLine {...article} />
      </header>
      <div className="article-main">
        <ArticleBody sections={article.sections} />
        <Corrections corrections={article.corrections} />
        <Topics tags={article.tags} />
      </div>
      <Timeline events={article.timeline} mentionedIn={article.mentionedIn} />
    </article>
  );
}
