// Schema.org descriptions of the site and its articles (JSON-LD), as Google documents them for
// articles: https://developers.google.com/search/docs/appearance/structured-data/article
import type { BreadcrumbList, NewsArticle, NewsMediaOrganization, Organization, Person, WebSite, WithContext } from "schema-dts";
import type { Article } from "../content/article";
import { articleCredit, type Credit } from "./credit";
import { machineDate } from "../content/dates";
import { editionOf } from "../content/editions";
import { labelsFor } from "../i18n/labels";
import { sectionName } from "../i18n/section-names";
import { articleImage } from "./seo";
import { absoluteUrl, articlePath, editionPath, sectionPath, site, sitePaths } from "../site";

const home = absoluteUrl("/");

/** This site as a publisher: the Organization, with its logo, that Google credits articles to. */
export function publisher(): NewsMediaOrganization {
  return {
    "@type": "NewsMediaOrganization",
    "@id": `${home}#publisher`,
    name: site.name,
    url: home,
    logo: absoluteUrl(sitePaths.logo),
  };
}

function author({ name, url, kind }: Credit): Person | Organization {
  return { "@type": kind === "person" ? "Person" : "Organization", name, ...(url && { url }) };
}

export function newsArticleJsonLd(article: Article): WithContext<NewsArticle> {
  const url = absoluteUrl(articlePath(article.slug));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    headline: article.title,
    description: article.standfirst,
    image: [articleImage(article).url],
    datePublished: machineDate(article.publishedAt),
    dateModified: machineDate(article.modifiedAt),
    author: articleCredit(article).map(author),
    publisher: publisher(),
    articleSection: article.section,
    keywords: article.tags,
    inLanguage: article.language,
    ...(article.location && { dateline: article.location }),
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
export function webSiteJsonLd(edition: string): WithContext<WebSite> {
  const url = absoluteUrl(editionPath(edition, "/"));
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": `${url}#website`,
    name: site.name,
    description: labelsFor(edition).tagline,
    url,
    inLanguage: edition,
    publisher: publisher(),
  };
}
