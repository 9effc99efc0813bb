// Every <head> tag the site emits is decided here, so pages stay thin and consistent.
import type { Metadata } from "next";
import type { Article } from "./articles";
import { articlePath, site } from "./site";

/** "Headline | Site name": the form search results and browser tabs show. */
export function pageTitle(title: string): string {
  return `${title} | ${site.name}`;
}

export const siteMetadata: Metadata = {
  metadataBase: new URL(site.url),
  title: site.name,
  description: site.tagline,
  // Canonical URL
  alternates: { canonical: "/" },
};

export function articleMetadata(article: Article): Metadata {
  return {
    title: pageTitle(article.title),
    description: article.standfirst,
    alternates: { canonical: articlePath(article.slug) },
  };
}
