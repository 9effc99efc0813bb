// The links between articles: a timeline event to the article about it, and back ("also in the
// timeline of"). Which articles may be linked depends on who is reading: readers get published
// ones only; editors in preview get drafts too.
import type { Article, TimelineMention } from "../content/article";
import { articlePath } from "../site";

/** Links between articles (timeline events, "also in the timeline of"), only to those `linkable`. */
export function link(articles: Article[], linkable: (article: Article) => boolean): Article[] {
  const targets = new Set(articles.filter(linkable).map((article) => article.slug));
  // One pass over every timeline, so linking stays linear in the size of the archive.
  const mentions = new Map<string, TimelineMention[]>();
  for (const article of articles) {
    if (!targets.has(article.slug)) continue;
    for (const slug of new Set(article.timeline.map((event) => event.article))) {
      if (!slug || slug === article.slug) continue;
      const mention = { title: article.title, href: articlePath(article.slug) };
      const list = mentions.get(slug);
      if (list) list.push(mention);
      else mentions.set(slug, [mention]);
    }
  }
  return articles.map((article) => ({
    ...article,
    timeline: article.timeline.map((event) =>
      event.article && !event.isThisArticle && targets.has(event.article) ? { ...event, href: articlePath(event.article) } : event,
    ),
    mentionedIn: mentions.get(article.slug) ?? [],
  }));
}

