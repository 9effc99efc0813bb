// The built site as search engines, social sites, feed readers and reader modes see it: every
// file they are pointed to is served, and parses, with what each of them needs.
import { Readability } from "@mozilla/readability";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { JSDOM } from "jsdom";
import { site } from "@/lib/site";
import { crawlPage, headProblems } from "../crawl/page";
import { breadcrumbListSchema, findJsonLd, liveBlogPostingSchema, newsArticleSchema, webSiteSchema } from "../crawl/structured-data";
import { feedArticleUrls, newsSitemapSchema, parseXml, pngSize, sitemapFileUrls, sitemapSchema, sitemapSchemaErrors } from "../crawl/xml";

// The site is built with the same environment as these tests, so its absolute URLs start with
// site.url; they are fetched from the local server under test instead.
const local = (url: string) => {
  expect(url.startsWith(`${site.url}/`), `${url} is on ${site.url}`).toBe(true);
  return url.slice(site.url.length);
};

// The fixture content's articles, newest first (tests/fixtures/content).
const ARTICLE = `${site.url}/articles/second-anti-taliban-commander-killed-in-iran/`;
const NEWEST_FIRST = [
  ARTICLE,
  `${site.url}/articles/border-crossing-dari/`,
  `${site.url}/articles/market-photo-story/`,
  `${site.url}/articles/corrected-story/`,
  `${site.url}/articles/maroof-ghulami-shot-dead-in-mashhad/`,
];

async function fetchText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(local(url));
  expect(response.status(), url).toBe(200);
  return response.text();
}

/** Every address in the files the sitemap index (sitemap.xml) names, each file valid against the XSD. */
async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const urls: string[] = [];
  for (const file of sitemapFileUrls(await fetchText(request, `${site.url}/sitemap.xml`))) {
    const xml = await fetchText(request, file);
    expect(await sitemapSchemaErrors(xml)).toEqual([]);
    urls.push(...sitemapSchema.parse(parseXml(xml)).urlset.url.map((entry) => entry.loc));
  }
  return urls;
}

test("robots.txt lets crawlers in and points them at both sitemaps, which parse", async ({ request }) => {
  const robots = await fetchText(request, `${site.url}/robots.txt`);
  expect(robots).toMatch(/^User-Agent: \*\nAllow: \/$/m);
  const sitemaps = [...robots.matchAll(/^Sitemap: (.+)$/gm)].map((match) => match[1]);
  expect(sitemaps).toEqual([`${site.url}/sitemap.xml`, `${site.url}/news-sitemap.xml`]);
  const urls = await sitemapUrls(request);
  // The front pages of the editions first (the Dari story makes a Dari edition), then every article.
  expect(urls.slice(0, NEWEST_FIRST.length + 2)).toEqual([`${site.url}/`, `${site.url}/fa/`, ...NEWEST_FIRST]);
  expect(urls).toContain(`${site.url}/sections/afghanistan/`);
  expect(urls).toContain(`${site.url}/tags/taliban/`);
  // Every article is older than two days, so Google News is told of nothing.
  expect(newsSitemapSchema.parse(parseXml(await fetchText(request, sitemaps[1]))).urlset.url).toEqual([]);
});

test("every page in the sitemap has one canonical URL and a complete head", async ({ request }) => {
  for (const url of await sitemapUrls(request)) {
    expect(headProblems(crawlPage(await fetchText(request, url)), url, site.url)).toEqual([]);
  }
});

test("the launch article's JSON-LD has Google's article properties, credited to its source", async ({ request }) => {
  const page = crawlPage(await fetchText(request, ARTICLE));
  const article = findJsonLd(page.jsonLd, newsArticleSchema, "NewsArticle");
  expect(article.problems).toEqual([]);
  expect(article.data).toMatchObject({
    headline: "Second anti-Taliban commander killed in Iran in under four months",
    datePublished: "2025-12-25",
    author: [{ "@type": "Organization", name: "Afghanistan International", url: "https://www.afintl.com/en" }],
    publisher: { name: site.name },
    mainEntityOfPage: { "@id": ARTICLE },
    articleSection: "Afghanistan",
    inLanguage: "en",
  });
  expect(findJsonLd(page.jsonLd, breadcrumbListSchema, "BreadcrumbList").problems).toEqual([]);

  const home = crawlPage(await fetchText(request, `${site.url}/`));
  expect(findJsonLd(home.jsonLd, webSiteSchema, "WebSite").problems).toEqual([]);
});

test("the live Dari story's JSON-LD is a LiveBlogPosting with Google's properties, its updates newest first, and its NewsArticle last changed at the newest", async ({ request }) => {
  const url = `${site.url}/articles/border-crossing-dari/`;
  const page = crawlPage(await fetchText(request, url));
  const live = findJsonLd(page.jsonLd, liveBlogPostingSchema, "LiveBlogPosting");
  expect(live.problems).toEqual([]);
  expect(live.data?.coverageEndTime).toBeUndefined();
  expect(live.data?.liveBlogUpdate.map((update) => update.url)).toEqual([`${url}#update-traders-return`, `${url}#update-first-lorries`]);
  expect(findJsonLd(page.jsonLd, newsArticleSchema, "NewsArticle").data?.dateModified).toBe("2025-11-06T06:45:00.000Z");
});

test("social images and the publisher logo are PNGs of the sizes the head and JSON-LD state", async ({ request }) => {
  const page = crawlPage(await fetchText(request, ARTICLE));
  const image = await request.get(local(page.meta("og:image")[0]));
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await image.body())).toEqual({ width: Number(page.meta("og:image:width")[0]), height: Number(page.meta("og:image:height")[0]) });
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });

  const { data } = findJsonLd(page.jsonLd, newsArticleSchema, "NewsArticle");
  const logo = await request.get(local(data!.publisher.logo));
  expect(logo.headers()["content-type"]).toBe("image/png");
  const { width, height } = pngSize(await logo.body());
  expect(width).toBe(height);
  expect(width).toBeGreaterThanOrEqual(112);
});

test("the RSS, Atom and JSON feeds each list their edition's articles newest first, and every page links them", async ({ request }) => {
  const home = crawlPage(await fetchText(request, `${site.url}/`));
  const [rss, atom, json] = await Promise.all(home.links("alternate").filter((link) => link.type).map((link) => fetchText(request, link.href)));
  // The English feeds carry the English stories; the Dari one is in /fa/'s feeds.
  const english = NEWEST_FIRST.filter((url) => !url.includes("dari"));
  expect(feedArticleUrls(rss, atom, json)).toEqual({ rss: english, atom: english, json: english });
});

test("Firefox's reader view (Readability) finds the headline, the credit and the whole body, and nothing else", async ({ request }) => {
  const html = await fetchText(request, ARTICLE);
  const page = new JSDOM(html, { url: ARTICLE }).window.document;
  const paragraphs = [...page.querySelectorAll(".article-body p, .article-body h2")].map((node) => node.textContent!.trim());
  const timeline = [...page.querySelectorAll(".timeline li")].map((node) => node.querySelector(".timeline-title")!.textContent!);

  const reader = new Readability(page).parse();
  expect(reader?.title).toBe("Second anti-Taliban commander killed in Iran in under four months");
  expect(reader?.byline).toBe("Afghanistan International");
  const text = reader!.textContent!.replace(/\s+/g, " ");
  expect(paragraphs.length).toBeGreaterThan(10);
  expect(paragraphs.filter((paragraph) => !text.includes(paragraph))).toEqual([]);
  expect(timeline.length).toBeGreaterThan(0);
  expect(timeline.filter((title) => text.includes(title))).toEqual([]);
  for (const chrome of ["Related events", "Skip to content", site.tagline, "Reporting credited to its original publishers"]) {
    expect(text).not.toContain(chrome);
  }
});
