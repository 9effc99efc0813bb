// The site's feeds (RSS 2.0, Atom 1.0, JSON Feed 1), made by the `feed` library so that escaping
// and each format's rules are its job. Items carry the full article body as HTML, and the
// standfirst as the summary, so feed readers can show the whole story.
import { Feed } from "feed";
import { toHtml } from "hast-util-to-html";
import type { Article } from "../content/article";
import { articleCredit } from "./credit";
import { xmlSafe } from "../content/characters";
import { publicationTime } from "../content/dates";
import { MAIN_EDITION } from "../content/editions";
import { editionName, labelsFor } from "../i18n/labels";
import { absoluteUrl, articlePath, editionPath, site, sitePaths } from "../site";

export type FeedFormat = "rss" | "atom" | "json";

/** The newest articles a feed carries; older ones stay on the site and in the sitemap. */
export const FEED_LENGTH = 50;

const asDate = (value: string) => new Date(publicationTime(value));

// In RSS and Atom the library writes titles, summaries and bodies in CDATA, and readers take
// them as HTML (Atom says so: type="html"). So plain text is escaped as HTML, or a headline
// with <script> in it would be markup to the reader; and HTML has "]]>" written "]]&gt;", which
// means the same to HTML, since CDATA ends at "]]>" and the library splits only the first one.
// Every text also loses the characters XML forbids (the check refuses them; this makes each feed
// well-formed by construction, whatever reaches it).
const escapeHtml = (text: string) => xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cdataSafe = (html: string) => xmlSafe(html).replaceAll("]]>", "]]&gt;");

/** The body as one HTML document: each section's subheading, then its sanitised paragraphs. */
export function bodyHtml(article: Pick<Article, "sections">): string {
  return article.sections
    .map(({ heading, html }) =>
      heading ? toHtml({ type: "element", tagName: "h2", properties: {}, children: [{ type: "text", value: heading.text }] }) + html : html,
    )
    .join("");
}

/**
 * An edition's feed in one format, newest article first (`articles`, the edition's, come newest
 * first from lib/site-content.ts).
 */
export function siteFeed(articles: Article[], format: FeedFormat, edition: string = MAIN_EDITION): string {
  const items = articles.slice(0, FEED_LENGTH);
  const [text, html] = format === "json" ? [xmlSafe, xmlSafe] : [escapeHtml, cdataSafe];
  const updated = items.map((article) => publicationTime(article.modifiedAt)).sort((a, b) => b - a)[0];
  const home = absoluteUrl(editionPath(edition, "/"));
  const feedUrl = (path: string) => absoluteUrl(editionPath(edition, path));
  const feed = new Feed({
    id: home,
    link: home,
    title: edition === MAIN_EDITION ? site.name : `${site.name}, ${editionName(edition)}`,
    description: labelsFor(edition).tagline,
    language: edition,
    // Without articles there is no last change to report, and the library then uses the build time.
    ...(updated !== undefined && { updated: new Date(updated) }),
    author: { name: site.name, link: home },
    image: absoluteUrl(sitePaths.logo),
    favicon: absoluteUrl("/icon.svg"),
    copyright: `© ${site.name}`,
    generator: false,
    feedLinks: { rss: feedUrl(sitePaths.rss), atom: feedUrl(sitePaths.atom), json: feedUrl(sitePaths.jsonFeed) },
  });
  for (const article of items) {
    const credit = articleCredit(article).map(({ name, url }) => ({ name: xmlSafe(name), ...(url && { link: url }) }));
    feed.addItem({
      title: text(article.title),
      id: absoluteUrl(articlePath(article.slug)),
      link: absoluteUrl(articlePath(article.slug)),
      date: asDate(article.modifiedAt),
      published: asDate(article.publishedAt),
      description: text(article.standfirst),
      content: html(bodyHtml(article)),
      category: [article.section, ...article.tags].map(xmlSafe).map((name) => ({ name, term: name })),
      // RSS's <author> must be an e-mail address, which we do not publish: there the credit goes
      // in Dublin Core's <dc:creator> instead (the library declares its namespace).
      ...(format === "rss"
        ? { extensions: [{ name: "dc:creator", objects: { _text: credit.map(({ name }) => name).join(", ") } }] }
        : { author: credit }),
    });
  }
  return format === "rss" ? feed.rss2() : format === "atom" ? feed.atom1() : feed.json1();
}

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** What a feed's route answers; in the static export only the body is kept, as a file. */
export function feedResponse(articles: Article[], format: FeedFormat, edition: string = MAIN_EDITION): Response {
  return new Response(siteFeed(articles, format, edition), { headers: { "Content-Type": CONTENT_TYPES[format] } });
}
