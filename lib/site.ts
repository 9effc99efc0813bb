// The site's name and the address of every kind of page. The settings themselves (name, address,
// front-page count) are in content/site.yml, read by lib/config.ts.
import { config } from "./config";
import { MAIN_EDITION } from "./content/editions";
import { termSlug } from "./content/taxonomy";

export const site = {
  name: config.siteName,
  tagline: config.tagline,
  // Absolute URLs (canonical links, feeds, sitemaps) are built from this.
  url: config.siteUrl,
} as const;

/**
 * How many of the latest stories the home page lists. A front page that listed the whole archive
 * grew with it (2 MB of HTML at 5,000 articles, for every reader on a phone); older stories are on
 * their section and tag pages, in the sitemap and in the feeds.
 */
export const FRONT_PAGE_STORIES = config.frontPageStories;

export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/**
 * A page of an edition: English's at the root, every other under its code (/fa/, /ps/). Articles
 * are not in an edition's folder: their addresses were shared before editions existed.
 */
export function editionPath(edition: string, path: string): string {
  return edition === MAIN_EDITION ? path : `/${edition}${path}`;
}

export function sectionPath(name: string, edition: string = MAIN_EDITION): string {
  return editionPath(edition, `/sections/${encodeURIComponent(termSlug(name))}/`);
}

export function tagPath(name: string, edition: string = MAIN_EDITION): string {
  return editionPath(edition, `/tags/${encodeURIComponent(termSlug(name))}/`);
}

export function authorPath(slug: string): string {
  return `/authors/${slug}/`;
}

/** The newsroom's own pages (content/pages/<slug>.md) sit at the top of the site. */
export function pagePath(slug: string): string {
  return `/${slug}/`;
}

/** The archive's list of months, or one month's stories (`month` 1 to 12). */
export function archivePath(year?: number, month?: number): string {
  return year === undefined || month === undefined ? "/archive/" : `/archive/${year}/${String(month).padStart(2, "0")}/`;
}

export const searchPath = "/search/";

/** An edition's search page, in its language: /search/ for English, /fa/search/ for Dari. */
export const editionSearchPath = (edition: string) => editionPath(edition, searchPath);

/**
 * Which of content/pages/ say how the newsroom works: the publisher's JSON-LD points at each one
 * that exists (schema.org's names for them), so these slugs are the pages' file names.
 */
export const policyPages = {
  publishingPrinciples: "about",
  correctionsPolicy: "corrections",
  ethicsPolicy: "ethics",
  verificationFactCheckingPolicy: "ethics",
  ownershipFundingInfo: "about",
  actionableFeedbackPolicy: "contact",
} as const;

/** The same address in full: feeds, sitemaps and social sites cannot resolve relative links. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}

// Files for crawlers and feed readers. Each is a route of the same name in app/; the feeds are in
// every edition's folder too (editionPath).
export const sitePaths = {
  sitemap: "/sitemap.xml",
  newsSitemap: "/news-sitemap.xml",
  rss: "/feed.xml",
  atom: "/atom.xml",
  jsonFeed: "/feed.json",
  logo: "/logo.png",
  socialCard: "/social-card.png",
} as const;

/** The preview image social sites show for an article that has no image of its own. */
export function socialCardPath(slug: string): string {
  return `${articlePath(slug)}social-card.png`;
}

/** A live story's updates as data, which the page's script checks for new ones (public/live-updates.js). */
export function liveUpdatesPath(slug: string): string {
  return `${articlePath(slug)}updates.json`;
}

/** The id of an update's element on its story's page, which its address ends with. */
export const updateAnchor = (id: string) => `update-${id}`;

/** An update's own address on its story's page: permanent, so it can be shared. */
export function updatePath(slug: string, id: string): string {
  return `${articlePath(slug)}#${updateAnchor(id)}`;
}
