// A built page as a crawler reads it: the <head>, the JSON-LD, and what in them is missing or
// wrong. Checks return lists of problems rather than asserting, so that the build tests
// (vitest) and the end-to-end tests (Playwright) share them: expect(problems).toEqual([]).
import { JSDOM } from "jsdom";
import { site } from "@/lib/site";

export interface CrawledPage {
  html: string;
  document: Document;
  /** Every value of a <meta> with this name or property, in order. */
  meta(key: string): string[];
  /** Every <link> with this rel. */
  links(rel: string): { href: string; type: string; title: string }[];
  /** Each JSON-LD script, parsed; a script that is not JSON fails here. */
  jsonLd: unknown[];
}

export function crawlPage(html: string): CrawledPage {
  const { document } = new JSDOM(html).window;
  const all = (selector: string) => [...document.querySelectorAll(selector)];
  return {
    html,
    document,
    meta: (key) =>
      all(`head meta[name="${key}"], head meta[property="${key}"]`).map((meta) => meta.getAttribute("content") ?? ""),
    links: (rel) =>
      all(`head link[rel="${rel}"]`).map((link) => ({
        href: link.getAttribute("href") ?? "",
        type: link.getAttribute("type") ?? "",
        title: link.getAttribute("title") ?? "",
      })),
    jsonLd: all('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent ?? "")),
  };
}

const FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/feed+json"];

// Each of these must appear exactly once on every indexable page.
const ONCE = ["description", "og:type", "og:title", "og:description", "og:url", "og:site_name", "twitter:card", "twitter:title", "twitter:description"];
const ARTICLE_ONCE = ["article:published_time", "article:modified_time", "article:section"];

/** What is wrong with the head of the page at `url` (absolute), on a site whose address is `siteUrl`. */
export function headProblems(page: CrawledPage, url: string, siteUrl: string): string[] {
  const problems: string[] = [];
  const problem = (message: string) => problems.push(`${url}: ${message}`);
  const onSite = (value: string) => value.startsWith(`${siteUrl}/`);
  const { document } = page;

  if (!document.documentElement.lang) problem("<html> has no lang");
  if (!["ltr", "rtl"].includes(document.documentElement.dir)) problem(`<html dir="${document.documentElement.dir}">`);
  const titles = document.querySelectorAll("head title");
  if (titles.length !== 1 || !titles[0].textContent?.trim()) problem(`${titles.length} <title> elements, or an empty one`);

  for (const key of ONCE) {
    const values = page.meta(key);
    if (values.length !== 1 || !values[0].trim()) problem(`${key}: expected one value, found ${JSON.stringify(values)}`);
  }
  const canonical = page.links("canonical");
  if (canonical.length !== 1 || canonical[0].href !== url) problem(`canonical: expected exactly ${url}, found ${JSON.stringify(canonical)}`);
  if (page.meta("og:url")[0] !== url) problem(`og:url is ${page.meta("og:url")[0]}, not the canonical URL`);
  if (page.meta("twitter:card")[0] !== "summary_large_image") problem("twitter:card is not summary_large_image");

  // Images may live on another https site (an article's own photo); everything else is ours.
  for (const key of ["og:image", "twitter:image"]) {
    const images = page.meta(key);
    if (images.length === 0) problem(`no ${key}`);
    for (const image of images) if (!onSite(image) && !image.startsWith("https://")) problem(`${key} ${image} is not absolute`);
  }

  const alternates = page.links("alternate");
  for (const type of FEED_TYPES) {
    const feeds = alternates.filter((link) => link.type === type);
    if (feeds.length !== 1 || !onSite(feeds[0].href) || !feeds[0].title) problem(`feed link ${type}: ${JSON.stringify(feeds)}`);
  }

  if (page.meta("og:type")[0] === "article") {
    for (const key of ARTICLE_ONCE) if (page.meta(key).length !== 1) problem(`${key}: expected one value, found ${page.meta(key).length}`);
    if (!titles[0]?.textContent?.endsWith(` | ${site.name}`)) problem(`<title> does not end with " | ${site.name}"`);
  }
  return problems;
}
