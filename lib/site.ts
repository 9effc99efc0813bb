// Site-wide strings and settings live here, so a rename or a new domain is a one-line change.
import { config } from "./config";
import { MAIN_EDITION } from "./content/editions";
import { termSlug } from "./content/taxonomy";

export const site = {
  name: "The Frontier Dispatch",
  tagline: "Reporting on Afghanistan and the region",
  // Absolute URLs (canonical links, feeds, sitemaps) are built from this; set SITE_URL when deploying.
  url: config.siteUrl,
} as const;

/**
 * How many of the latest stories the home page lists. A front page that listed the whole archive
 * grew with it (2 MB of HTML at 5,000 articles, for every reader on a phone); older stories are on
 * their section and tag pages, in the sitemap and in the feeds.
 */
export const FRONT_PAGE_STORIES = 50;

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
