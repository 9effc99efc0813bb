// Schema.org descriptions of the site and its articles (JSON-LD), as Google documents them for
// articles: https://developers.google.com/search/docs/appearance/structured-data/article
import type { BlogPosting, BreadcrumbList, LiveBlogPosting, NewsArticle, NewsMediaOrganization, Organization, Person, ProfilePage, WebSite, WithContext } from "schema-dts";
import type { Article } from "../content/article";
import type { Author, NewsroomPage } from "../content/newsroom-files";
import { articleCredit, type Credit } from "./credit";
import { machineDate, publicationMoment } from "../content/dates";
import { config } from "../config";
import { editionOf } from "../content/editions";
import { labelsFor } from "../i18n/labels";
import { sectionName } from "../i18n/section-names";
import { articleImage } from "./seo";
import { absoluteUrl, articlePath, authorPath, editionPath, pagePath, policyPages, sectionPath, site, sitePaths, updatePath } from "../site";

const home = absoluteUrl("/");

/** What the JSON-LD can say of the newsroom beyond its articles. */
export interface Newsroom {
  authors: readonly Author[];
  pages: readonly Pick<NewsroomPage, "slug">[];
}

const noNewsroom: Newsroom = { authors: [], pages: [] };

/**
 * This site as a publisher: the NewsMediaOrganization, with its logo, that Google credits articles
 * to, and the pages saying how it works (lib/site.ts's policyPages) that this build has.
 */
export function publisher(pages: Newsroom["pages"] = []): NewsMediaOrganization {
  const have = new Set(pages.map((page) => page.slug));
  const policies = Object.fromEntries(
    Object.entries(policyPages).flatMap(([property, slug]) => (have.has(slug) ? [[property, absoluteUrl(pagePath(slug))]] : [])),
  );
  return {
    "@type": "NewsMediaOrganization",
    "@id": `${home}#publisher`,
    name: site.name,
    url: home,
    logo: absoluteUrl(sitePaths.logo),
    ...policies,
  };
}

function author({ name, url, sameAs, kind }: Credit): Person | Organization {
  return { "@type": kind === "person" ? "Person" : "Organization", name, ...(url && { url }), ...(sameAs && { sameAs }) };
}

/** A reporter as schema.org's Person: the author page's subject, and the author of their stories. */
export function personJsonLd(reporter: Author): Person {
  const url = absoluteUrl(authorPath(reporter.slug));
  return {
    "@type": "Person",
    "@id": `${url}#person`,
    name: reporter.name,
    url,
    ...(reporter.role && { jobTitle: reporter.role }),
    ...(reporter.image && { image: new URL(reporter.image.src, site.url).href }),
    ...(reporter.links.length > 0 && { sameAs: reporter.links }),
    worksFor: { "@id": `${home}#publisher` },
  };
}

/** The author page: a ProfilePage about the reporter, as Google documents it for profile pages. */
export function profilePageJsonLd(reporter: Author): WithContext<ProfilePage> {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: absoluteUrl(authorPath(reporter.slug)),
    mainEntity: personJsonLd(reporter),
  };
}

/** What the story's NewsArticle and, on a live story, its LiveBlogPosting both say of it. */
function storyFields(article: Article, newsroom: Newsroom, url: string) {
  return {
    url,
    mainEntityOfPage: { "@type": "WebPage" as const, "@id": url },
    headline: article.title,
    description: article.standfirst,
    image: [articleImage(article).url],
    datePublished: machineDate(article.publishedAt),
    dateModified: machineDate(article.modifiedAt),
    author: articleCredit(article, newsroom.authors).map(author),
    publisher: publisher(newsroom.pages),
    inLanguage: article.language,
  };
}

export function newsArticleJsonLd(article: Article, newsroom: Newsroom = noNewsroom): WithContext<NewsArticle> {
  const url = absoluteUrl(articlePath(article.slug));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    ...storyFields(article, newsroom, url),
    articleSection: article.section,
    keywords: article.tags,
    ...(article.location && { dateline: article.location }),
  };
}

/** A headline for an update that has none: its first words, as many as Google shows of a headline. */
const HEADLINE_CHARACTERS = 110;
function firstWords(words: string): string {
  const line = words.split("\n")[0];
  if (line.length <= HEADLINE_CHARACTERS) return line;
  const cut = line.slice(0, HEADLINE_CHARACTERS - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}

/**
 * A live story as Google documents live blogs: a LiveBlogPosting beside the page's NewsArticle,
 * with when the coverage started (publication) and ended, and each update a BlogPosting with its
 * own address (#update-<id>). Undefined for a story that is not live.
 */
export function liveBlogPostingJsonLd(article: Article, newsroom: Newsroom = noNewsroom): WithContext<LiveBlogPosting> | undefined {
  const { live } = article;
  if (!live) return undefined;
  const url = absoluteUrl(articlePath(article.slug));
  const updates: BlogPosting[] = live.updates.map((update) => {
    const address = absoluteUrl(updatePath(article.slug, update.id));
    return {
      "@type": "BlogPosting",
      "@id": address,
      url: address,
      headline: update.headline ?? firstWords(update.words),
      datePublished: machineDate(update.at),
      articleBody: update.words,
      ...(update.reporter && { author: { "@type": "Person", name: update.reporter } }),
      ...(update.image && { image: absoluteUrl(update.image.src) }),
    };
  });
  return {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    "@id": `${url}#live`,
    ...storyFields(article, newsroom, url),
    // A date-time, as Google asks: a story dated by its day alone went out at that day's first moment in the newsroom.
    coverageStartTime: new Date(publicationMoment(article.publishedAt, config.timeZone)).toISOString(),
    ...(live.ended !== undefined && { coverageEndTime: machineDate(live.ended) }),
    liveBlogUpdate: updates,
  };
}

/** Home > section > headline, in the article's edition: the trail Google shows in place of the bare URL. */
export function breadcrumbJsonLd(article: Article): WithContext<BreadcrumbList> {
  const edition = editionOf(article.language);
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      { "@type": "ListItem", position: 1, name: site.name, item: absoluteUrl(editionPath(edition, "/")) },
      { "@type": "ListItem", position: 2, name: sectionName(article.section, edition), item: absoluteUrl(sectionPath(article.section, edition)) },
      { "@type": "ListItem", position: 3, name: article.title, item: absoluteUrl(articlePath(article.slug)) },
    ],
  };
}

/** An edition's front page's description of the site, which gives Google the site name to show in results. */
export function webSiteJsonLd(edition: string, pages: Newsroom["pages"] = []): WithContext<WebSite> {
  const url = absoluteUrl(editionPath(edition, "/"));
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": `${url}#website`,
    name: site.name,
    description: labelsFor(edition).tagline,
    url,
    inLanguage: edition,
    publisher: publisher(pages),
  };
}
