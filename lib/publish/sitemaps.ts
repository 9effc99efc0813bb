// What crawlers are told the site has: every public page (sitemap.xml's files, sitemap-index.ts),
// and the articles of the last two days for Google News, by its rules:
// https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
import { XMLBuilder } from "fast-xml-parser";
import type { MetadataRoute } from "next";
import type { Article } from "../content/article";
import { xmlSafe } from "../content/characters";
import { machineDate, publicationTime } from "../content/dates";
import { byEditionOrder, editionOf } from "../content/editions";
import { absoluteUrl, articlePath, editionPath, sectionPath, site, tagPath } from "../site";
import { groupByTerm } from "../content/taxonomy";
import { storyPagePath, storyPages } from "../enrich/story-pages";
import { editionFronts, languageAlternates } from "./seo";

/** A listing changes whenever one of its articles does. */
function listing(path: string, articles: Article[]): MetadataRoute.Sitemap[number] {
  const lastChange = articles.map((article) => article.modifiedAt).sort((a, b) => publicationTime(b) - publicationTime(a))[0];
  return { url: absoluteUrl(path), ...(lastChange && { lastModified: machineDate(lastChange) }) };
}

/** A page beyond the articles and their sections and tags: the newsroom's pages, reporters, the archive. */
export interface OtherPage {
  path: string;
  /** The stories it lists, which date its last change; none for a page of its own text. */
  articles: Article[];
  /** A list that goes on over numbered pages, as a reporter's does (lib/enrich/story-pages.ts). */
  paged?: boolean;
}

/** Every page of a list at `base`: the first, then the numbered ones (lib/enrich/story-pages.ts). */
function listingPages(base: string, articles: Article[]): MetadataRoute.Sitemap {
  return storyPages(articles).map((page) => listing(storyPagePath(base, page.number), page.items));
}

/** The same hreflang alternates the pages carry in their heads, as absolute addresses. */
function alternates(versions: Parameters<typeof languageAlternates>[0]): Pick<MetadataRoute.Sitemap[number], "alternates"> {
  if (versions.length < 2) return {};
  const languages = Object.entries(languageAlternates(versions)).map(([language, href]) => [language, absoluteUrl(href)]);
  return { alternates: { languages: Object.fromEntries(languages) } };
}

/** Every edition's front page, every article, every edition's section and tag pages, then `others`. */
export function sitemapEntries(articles: Article[], others: OtherPage[] = []): MetadataRoute.Sitemap {
  const codes = [...new Set(articles.map((article) => editionOf(article.language)))].sort(byEditionOrder);
  const editions = codes.map((code) => ({ code, published: articles.filter((article) => editionOf(article.language) === code) }));
  const fronts = alternates(editionFronts(editions));
  return [
    ...(editions.length === 0 ? [listing("/", [])] : editions.map(({ code, published }) => ({ ...listing(editionPath(code, "/"), published), ...fronts }))),
    ...articles.map((article) => ({
      url: absoluteUrl(articlePath(article.slug)),
      lastModified: machineDate(article.modifiedAt),
      ...alternates(article.versions),
    })),
    ...editions.flatMap(({ code, published }) => [
      ...groupByTerm(published, (article) => [article.section]).flatMap((term) => listingPages(sectionPath(term.name, code), term.items)),
      ...groupByTerm(published, (article) => article.tags).flatMap((term) => listingPages(tagPath(term.name, code), term.items)),
    ]),
    ...others.flatMap((page) => (page.paged ? listingPages(page.path, page.articles) : [listing(page.path, page.articles)])),
  ];
}

// One element per line, unindented: the form Next.js's own sitemap.xml took, so that moving to
// this file (which puts hreflang alternates after <lastmod>, where sitemaps.org's schema wants
// them) changed no byte of a site with one edition.
const sitemapBuilder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: "", suppressEmptyNode: true });

/** One of sitemap.xml's files: its entries, with their hreflang alternates as Google reads them (xhtml:link). */
export function sitemapXml(entries: MetadataRoute.Sitemap): string {
  const withAlternates = entries.some((entry) => entry.alternates?.languages);
  return sitemapBuilder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    urlset: {
      "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9",
      ...(withAlternates && { "@_xmlns:xhtml": "http://www.w3.org/1999/xhtml" }),
      url: entries.map(({ url, lastModified, alternates: links }) => ({
        loc: url,
        ...(lastModified !== undefined && { lastmod: lastModified }),
        ...(links?.languages && {
          "xhtml:link": Object.entries(links.languages).map(([hreflang, href]) => ({ "@_rel": "alternate", "@_hreflang": hreflang, "@_href": href })),
        }),
      })),
    },
  });
}

/** Google News reads only articles published in the last two days; older ones stay in sitemap.xml. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** Articles published within NEWS_WINDOW_MS before `now`; a bare date counts from midnight UTC. */
export function recentArticles(articles: Article[], now: number): Article[] {
  return articles.filter((article) => now - publicationTime(article.publishedAt) <= NEWS_WINDOW_MS);
}

// Google News wants an ISO 639 code (en, fa, ps), not a full language tag (fa-AF).
const newsLanguage = (tag: string) => tag.split("-")[0].toLowerCase();

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });

/** The Google News sitemap as of `now` (the build): empty when nothing is recent enough. */
export function newsSitemapXml(articles: Article[], now: number): string {
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    urlset: {
      "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "@_xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9",
      url: recentArticles(articles, now).map((article) => ({
        loc: absoluteUrl(articlePath(article.slug)),
        // A story changed since it went out (a live story's newest update, above all) says when.
        ...(article.modifiedAt !== article.publishedAt && { lastmod: machineDate(article.modifiedAt) }),
        "news:news": {
          "news:publication": { "news:name": xmlSafe(site.name), "news:language": newsLanguage(article.language) },
          "news:publication_date": machineDate(article.publishedAt),
          // The builder escapes markup but passes characters XML forbids: they go here.
          "news:title": xmlSafe(article.title),
        },
      })),
    },
  });
}
