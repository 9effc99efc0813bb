// Every <head> tag the site emits is decided here, so pages stay thin and consistent.
import type { Metadata } from "next";
import type { Article } from "./articles";
import { articlePath, site } from "./site";

export const siteMetadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.tagline,
  // Canonical URL
  alternates: { canonical: "/" },
};

export function articleMetadata(article: Article): Metadata {
  return {
    title: article.title,
    description: article.standfirst,
    alternates: { canonical: articlePath(article.slug) },
  };
}
