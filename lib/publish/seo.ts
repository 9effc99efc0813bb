// Every <head> tag the site emits is decided here, so pages stay thin and consistent. Relative
// URLs here are made absolute by Next.js from metadataBase, which comes from SITE_URL.
import type { Metadata } from "next";
import { z } from "zod";
import type { Article, ArticleVersion } from "../content/article";
import { machineDate } from "../content/dates";
import { editionOf, MAIN_EDITION } from "../content/editions";
import type { EditionView } from "../enrich/site-view";
import { defaultVersion } from "../enrich/translations";
import { editionName, labelsFor } from "../i18n/labels";
import { sectionName } from "../i18n/section-names";
import { absoluteUrl, articlePath, editionPath, editionSearchPath, site, sitePaths, socialCardPath } from "../site";

/** "Headline | Site name": the form search results and browser tabs show. */
export function pageTitle(title: string): string {
  return `${title} | ${site.name}`;
}

/** The size of the generated preview cards: the 1.91:1 that Facebook, X and LinkedIn crop to. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;
/** The publisher logo: Google wants a raster image at least 112 pixels square. */
export const LOGO_SIZE = { width: 512, height: 512 } as const;

export interface ShareImage {
  url: string;
  alt: string;
  width?: number;
  height?: number;
}

const siteCard: ShareImage = { url: absoluteUrl(sitePaths.socialCard), alt: site.name, ...SOCIAL_CARD_SIZE };

/**
 * Whether the build draws a card of the article's headline: for every story without a photo of
 * its own, in any language (lib/build/social-card.ts shapes every script the site's fonts draw).
 */
export function hasHeadlineCard(article: Pick<Article, "image">): boolean {
  return !article.image;
}

/** What a card shows: a kicker (the section) above a headline, in a language and its direction. */
export const cardText = z.object({ kicker: z.string(), headline: z.string(), lang: z.string(), dir: z.enum(["ltr", "rtl"]) });
export type CardText = z.infer<typeof cardText>;

/** The home page's card. */
export const siteCardText: CardText = { kicker: "Latest reporting", headline: site.tagline, lang: "en", dir: "ltr" };

/** An article's card: its section as its edition names it, and its headline as written. */
export function headlineCardText(article: Pick<Article, "section" | "title" | "language" | "dir">): CardText {
  return { kicker: sectionName(article.section, editionOf(article.language)), headline: article.title, lang: article.language, dir: article.dir };
}

/** A card and the address it is published at. */
export const socialCardAt = z.object({ address: z.string(), text: cardText });
export type SocialCardAt = z.infer<typeof socialCardAt>;

/** Every card a build of these articles draws, by address: the site's, and each that hasHeadlineCard's. */
export function socialCards(articles: Article[]): SocialCardAt[] {
  return [
    { address: sitePaths.socialCard, text: siteCardText },
    ...articles.filter(hasHeadlineCard).map((article) => ({ address: socialCardPath(article.slug), text: headlineCardText(article) })),
  ];
}

/** The copy of an article's image for social sites, and its size (lib/build/images.ts: shareCopy). */
export interface ShareCopy {
  src: string;
  width: number;
  height: number;
}

/**
 * What social sites and search engines show for an article: its own image (`copy`, when the build
 * made one for them), a card of its headline, or the site's card.
 */
export function articleImage(article: Article, copy?: ShareCopy): ShareImage {
  if (article.image && copy) return { url: absoluteUrl(copy.src), alt: article.image.alt, width: copy.width, height: copy.height };
  if (article.image) return { url: absoluteUrl(article.image.src), alt: article.image.alt };
  if (!hasHeadlineCard(article)) return siteCard;
  return { url: absoluteUrl(socialCardPath(article.slug)), alt: article.title, ...SOCIAL_CARD_SIZE };
}

// Feed readers discover the feeds from any page through these <link rel="alternate"> tags: the
// feeds of the edition the page is in.
function feedLinks(edition: string) {
  const name = edition === MAIN_EDITION ? site.name : `${site.name}, ${editionName(edition)}`;
  return {
    "application/rss+xml": [{ url: editionPath(edition, sitePaths.rss), title: `${name} (RSS)` }],
    "application/atom+xml": [{ url: editionPath(edition, sitePaths.atom), title: `${name} (Atom)` }],
    "application/feed+json": [{ url: editionPath(edition, sitePaths.jsonFeed), title: `${name} (JSON Feed)` }],
  };
}

/**
 * hreflang alternates: every version, itself included, and x-default (lib/enrich/translations.ts
 * chooses it). Search engines ignore links that are not returned, so every version lists the same set.
 */
export function languageAlternates(versions: readonly Pick<ArticleVersion, "language" | "edition" | "href" | "publishedAt">[]): Record<string, string> {
  const fallback = defaultVersion(versions);
  return Object.fromEntries([...versions.map((version) => [version.language, version.href]), ...(fallback ? [["x-default", fallback.href]] : [])]);
}

const twitter = { card: "summary_large_image" } as const;

/** Every page of an edition, unless the page says otherwise: the edition's front page and its feeds. */
export function editionMetadata(edition: string): Metadata {
  const home = editionPath(edition, "/");
  const { tagline } = labelsFor(edition);
  return {
    metadataBase: new URL(site.url),
    title: site.name,
    description: tagline,
    alternates: { canonical: home, types: feedLinks(edition) },
    openGraph: {
      type: "website",
      siteName: site.name,
      title: site.name,
      description: tagline,
      url: home,
      images: [siteCard],
    },
    twitter,
  };
}

export const siteMetadata = editionMetadata(MAIN_EDITION);

/** Each edition's front page as a version of "the front page", for its hreflang alternates. */
export function editionFronts(editions: readonly Pick<EditionView, "code" | "published">[]) {
  return editions.map(({ code, published }) => ({
    language: code,
    edition: code,
    href: editionPath(code, "/"),
    // The edition's first story: x-default falls to the edition published first when there is no English one.
    publishedAt: published.at(-1)?.publishedAt ?? "",
  }));
}

/** An edition's front page, with the other editions' front pages as its alternates (when it has any). */
export function frontPageMetadata(edition: string, fronts: Parameters<typeof languageAlternates>[0]): Metadata {
  if (fronts.length < 2) return {};
  return { alternates: { canonical: editionPath(edition, "/"), types: feedLinks(edition), languages: languageAlternates(fronts) } };
}

// No canonical URL: the 404 page stands for addresses that do not exist (Next.js adds noindex).
export const notFoundMetadata: Metadata = {
  metadataBase: new URL(site.url),
  title: pageTitle("Page not found"),
  alternates: { types: feedLinks(MAIN_EDITION) },
};

/** A page that lists stories: a section or a tag. */
export function listingMetadata(name: string, description: string, path: string, edition: string = MAIN_EDITION): Metadata {
  return {
    title: pageTitle(name),
    description,
    alternates: { canonical: path, types: feedLinks(edition) },
    openGraph: { type: "website", siteName: site.name, title: name, description, url: path, images: [siteCard] },
    twitter,
  };
}

/** An edition's search page: in its language, and, being a page of results, not one for search engines to list. */
export function searchMetadata(edition: string): Metadata {
  const { title, description } = labelsFor(edition).search;
  return { ...listingMetadata(title, description, editionSearchPath(edition), edition), robots: { index: false, follow: true } };
}

export function articleMetadata(article: Article, imageCopy?: ShareCopy): Metadata {
  const path = articlePath(article.slug);
  return {
    title: pageTitle(article.title),
    description: article.standfirst,
    alternates: {
      canonical: path,
      types: feedLinks(editionOf(article.language)),
      ...(article.versions.length > 0 && { languages: languageAlternates(article.versions) }),
    },
    openGraph: {
      type: "article",
      siteName: site.name,
      title: article.title,
      description: article.standfirst,
      url: path,
      images: [articleImage(article, imageCopy)],
      publishedTime: machineDate(article.publishedAt),
      modifiedTime: machineDate(article.modifiedAt),
      section: article.section,
      tags: article.tags,
    },
    twitter,
  };
}
