// Every <head> tag the site emits is decided here, so pages stay thin and consistent. Relative
// URLs here are made absolute by Next.js from metadataBase, which comes from SITE_URL.
import type { Metadata } from "next";
import type { Article } from "../content/article";
import { machineDate } from "../content/dates";
import { absoluteUrl, articlePath, site, sitePaths, socialCardPath } from "../site";

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
 * Whether the build draws a card of the article's headline. next/og's bundled font has Latin
 * letters only, and the build cannot download others, nor does its layout engine lay out right-
 * to-left text: a Persian or Pashto headline would come out as empty boxes.
 */
export function hasHeadlineCard(article: Pick<Article, "image" | "dir">): boolean {
  return !article.image && article.dir === "ltr";
}

/** What social sites and search engines show for an article: its own image, a card of its headline, or the site's card. */
export function articleImage(article: Article): ShareImage {
  if (article.image) return { url: absoluteUrl(article.image.src), alt: article.image.alt };
  if (!hasHeadlineCard(article)) return siteCard;
  return { url: absoluteUrl(socialCardPath(article.slug)), alt: article.title, ...SOCIAL_CARD_SIZE };
}

// Feed readers discover the feeds from any page through these <link rel="alternate"> tags.
const feedLinks = {
  "application/rss+xml": [{ url: sitePaths.rss, title: `${site.name} (RSS)` }],
  "application/atom+xml": [{ url: sitePaths.atom, title: `${site.name} (Atom)` }],
  "application/feed+json": [{ url: sitePaths.jsonFeed, title: `${site.name} (JSON Feed)` }],
};

const twitter = { card: "summary_large_image" } as const;

export const siteMetadata: Metadata = {
  metadataBase: new URL(site.url),
  title: site.name,
  description: site.tagline,
  alternates: { canonical: "/", types: feedLinks },
  openGraph: {
    type: "website",
    siteName: site.name,
    title: site.name,
    description: site.tagline,
    url: "/",
    images: [siteCard],
  },
  twitter,
};

// No canonical URL: the 404 page stands for addresses that do not exist (Next.js adds noindex).
export const notFoundMetadata: Metadata = {
  metadataBase: new URL(site.url),
  title: pageTitle("Page not found"),
  alternates: { types: feedLinks },
};

/** A page that lists stories: a section or a tag. */
export function listingMetadata(name: string, description: string, path: string): Metadata {
  return {
    title: pageTitle(name),
    description,
    alternates: { canonical: path, types: feedLinks },
    openGraph: { type: "website", siteName: site.name, title: name, description, url: path, images: [siteCard] },
    twitter,
  };
}

export function articleMetadata(article: Article): Metadata {
  const path = articlePath(article.slug);
  return {
    title: pageTitle(article.title),
    description: article.standfirst,
    alternates: { canonical: path, types: feedLinks },
    openGraph: {
      type: "article",
      siteName: site.name,
      title: article.title,
      description: article.standfirst,
      url: path,
      images: [articleImage(article)],
      publishedTime: machineDate(article.publishedAt),
      modifiedTime: machineDate(article.modifiedAt),
      section: article.section,
      tags: article.tags,
    },
    twitter,
  };
}
