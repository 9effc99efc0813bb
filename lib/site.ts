// Site-wide strings and settings live here, so a rename or a new domain is a one-line change.
import { termSlug } from "./taxonomy";
export const site = {
  name: "The Frontier Dispatch",
  tagline: "Reporting on Afghanistan and the region",
  // Absolute URLs (canonical links, feeds, sitemaps) are built from this; set SITE_URL when deploying.
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
  locale: "en-GB",
} as const;

export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

export function sectionPath(name: string): string {
  return `/sections/${encodeURIComponent(termSlug(name))}/`;
}

export function tagPath(name: string): string {
  return `/tags/${encodeURIComponent(termSlug(name))}/`;
}
