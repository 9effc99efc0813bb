import type { Article as ArticleData } from "@/lib/content/article";
import type { FigureImage } from "@/lib/build/images";
import { labelsFor } from "@/lib/i18n/labels";
import { absoluteUrl, articlePath, sectionPath } from "@/lib/site";
import { ArticleBody } from "./ArticleBody";
import { Corrections } from "./Corrections";
import { CreditLine } from "./CreditLine";
import { Figure } from "./Figure";
import { PreviewBanner } from "./PreviewBanner";
import { Share } from "./Share";
import { Standfirst } from "./Standfirst";
import { Timeline } from "./Timeline";
import { Topics } from "./Topics";

/**
 * One article. DOM order is reading order (headline, standfirst, credit, share, picture, body,
 * corrections, topics, timeline); the stylesheet's grid moves the timeline beside the body on
 * wide screens. `figure` is the article's image as lib/build/images.ts describes it, when it has one.
 */
export function Article({
  article,
  figure,
  reporterPath,
}: {
  article: ArticleData;
  figure?: FigureImage;
  /** A byline name's page, when the reporter has one. */
  reporterPath?: (name: string) => string | undefined;
}) {
  const labels = labelsFor(article.language);
  const image = figure ?? article.image;
  return (
    // data-pagefind-*: what the search index holds (scripts/search-index.ts): the headline,
    // standfirst and body; the kicker and the credit line give each result its section and date.
    <article className="article" data-pagefind-body="">
      <header className="article-header">
        <PreviewBanner {...article} />
        <p className="kicker" data-pagefind-ignore="">
          <a href={sectionPath(article.section)} data-pagefind-meta="section">
            {article.section}
          </a>
        </p>
        <h1>{article.title}</h1>
        <Standfirst>{article.standfirst}</Standfirst>
        <CreditLine {...article} labels={labels} reporterPath={reporterPath} />
        <Share url={absoluteUrl(articlePath(article.slug))} title={article.title} labels={labels} />
      </header>
      <div className="article-main">
        {image && <Figure image={image} labels={labels} />}
        <ArticleBody sections={article.sections} />
        <Corrections corrections={article.corrections} labels={labels} />
        <Topics tags={article.tags} labels={labels} />
      </div>
      <Timeline events={article.timeline} mentionedIn={article.mentionedIn} labels={labels} />
    </article>
  );
}
