import type { Article as ArticleData } from "@/lib/content/article";
import type { StoryFigures } from "@/lib/build/images";
import { labelsFor } from "@/lib/i18n/labels";
import { editionOf } from "@/lib/content/editions";
import { sectionName } from "@/lib/i18n/section-names";
import { absoluteUrl, articlePath, sectionPath } from "@/lib/site";
import { ArticleBody } from "./ArticleBody";
import { Corrections } from "./Corrections";
import { CreditLine } from "./CreditLine";
import { Figure } from "./Figure";
import { LiveLabel } from "./LiveLabel";
import { LiveUpdates } from "./LiveUpdates";
import { OtherVersions } from "./OtherVersions";
import { PreviewBanner } from "./PreviewBanner";
import { Share } from "./Share";
import { Standfirst } from "./Standfirst";
import { Timeline } from "./Timeline";
import { Topics } from "./Topics";
import { WhatWeKnow } from "./WhatWeKnow";

/**
 * One article. DOM order is reading order (headline, standfirst, credit, share, picture, body,
 * corrections, topics, timeline); the stylesheet's grid moves the timeline beside the body on
 * wide screens. A live story has its label above the headline, and "What we know" and its
 * updates before the body, which is then the background. `figures` are the story's photos (its own
 * and its updates') as lib/build/images.ts describes them;
 * `goesOut`, when a scheduled article goes out, in words, for the preview's banner.
 */
export function Article({
  article,
  figures,
  goesOut,
  reporterPath,
}: {
  article: ArticleData;
  figures?: StoryFigures;
  goesOut?: string;
  /** A byline name's page, when the reporter has one. */
  reporterPath?: (name: string) => string | undefined;
}) {
  const labels = labelsFor(article.language);
  const image = figures?.figure ?? article.image;
  const edition = editionOf(article.language);
  return (
    // data-pagefind-*: what the search index holds (scripts/build/search-index.ts): the headline,
    // standfirst and body; the kicker and the credit line give each result its section and date.
    <article className="article" data-pagefind-body="">
      <header className="article-header">
        <PreviewBanner {...article} goesOut={goesOut} />
        <OtherVersions versions={article.versions} slug={article.slug} labels={labels} />
        <p className="kicker" data-pagefind-ignore="">
          <a href={sectionPath(article.section, edition)} data-pagefind-meta="section">
            {sectionName(article.section, edition)}
          </a>
        </p>
        {article.live && <LiveLabel live={article.live} labels={labels} />}
        <h1>{article.title}</h1>
        <Standfirst>{article.standfirst}</Standfirst>
        <CreditLine {...article} labels={labels} reporterPath={reporterPath} />
        <Share url={absoluteUrl(articlePath(article.slug))} title={article.title} labels={labels} />
      </header>
      <div className="article-main">
        {image && <Figure image={image} labels={labels} />}
        {article.live && <WhatWeKnow summary={article.live.summary} labels={labels} />}
        {article.live && <LiveUpdates slug={article.slug} live={article.live} figures={figures?.updates} labels={labels} />}
        <ArticleBody sections={article.sections} />
        <Corrections corrections={article.corrections} labels={labels} />
        <Topics tags={article.tags} labels={labels} edition={edition} />
      </div>
      <Timeline events={article.timeline} mentionedIn={article.mentionedIn} labels={labels} />
    </article>
  );
}
