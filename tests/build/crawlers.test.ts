// What crawlers and feed readers get from a real build of unusual content: a story from the last
// hour with markup in its headline, one with its own photo, one in Persian, and a draft. The
// site is built for https://news.example.org, to prove every absolute URL follows SITE_URL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { budget } from "../../scripts/bench/performance-budget";
import { crawlPage, headProblems } from "../crawl/page";
import { buildSite } from "../host/build-site";
import { breadcrumbListSchema, findJsonLd, newsArticleSchema } from "../crawl/structured-data";
import {
  atomSchema,
  feedArticleUrls,
  fileFor,
  newsSitemapSchema,
  parseXml,
  pngSize,
  sitemapFileUrls,
  sitemapSchema,
  sitemapSchemaErrors,
} from "../crawl/xml";

const SITE = "https://news.example.org";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-crawlers-"));
const out = path.join(work, "out");
const read = (relative: string) => fs.readFileSync(path.join(out, relative), "utf8");
const url = (slug: string) => `${SITE}/articles/${slug}/`;

const HOUR = 60 * 60 * 1000;
const FRESH_AT = new Date(Date.now() - 3 * HOUR).toISOString();
const FIVE_DAYS_AGO = new Date(Date.now() - 5 * 24 * HOUR).toISOString().slice(0, 10);
const TRICKY = 'Why "</script>" & <!-- cannot break this page';

function article(slug: string, frontmatter: Record<string, unknown>, body: string) {
  fs.writeFileSync(path.join(work, "content/articles", `${slug}.md`), `---\n${stringify(frontmatter)}---\n\n${body}\n`);
}

beforeAll(() => {
  fs.mkdirSync(path.join(work, "content/articles"), { recursive: true });
  const common = { standfirst: "A summary for search results.", section: "Afghanistan" };
  article(
    "fresh-report",
    { ...common, title: TRICKY, publishedAt: FRESH_AT, byline: ["Jane Doe", "John Roe"], tags: ["Herat"] },
    "The lead.\n\n## Why 1 < 2 matters\n\nA paragraph.",
  );
  article(
    "older-with-photo",
    {
      ...common,
      title: "An older story with its own photo",
      publishedAt: "2025-11-01",
      updatedAt: "2025-11-03T10:00:00+03:30",
      source: { name: "A Wire Service" },
      image: { src: "https://images.example.com/photo.jpg", alt: "A street in Herat" },
    },
    "Body text.",
  );
  article("persian-report", { ...common, title: "گزارشی به زبان فارسی", language: "fa", publishedAt: FIVE_DAYS_AGO }, "متن گزارش.");
  article("unpublished", { ...common, title: "Not ready yet", publishedAt: new Date(Date.now() - HOUR).toISOString(), draft: true }, "Secret.");

  // A build for the web (no --local): the one that must have the site's address.
  buildSite(path.join(work, "content"), out, { SITE_URL: `${SITE}/` }, { local: false });
}, 240_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("what crawlers get from the build", () => {
  const published = ["fresh-report", "persian-report", "older-with-photo"];

  it("lists the home page, every published article and every listing in sitemap.xml's files, valid against the sitemaps.org XSD", async () => {
    const files = sitemapFileUrls(read("sitemap.xml"));
    expect(files).toEqual([`${SITE}/sitemaps/1.xml`]);
    const xml = fs.readFileSync(fileFor(files[0], SITE, out), "utf8");
    expect(await sitemapSchemaErrors(xml)).toEqual([]);
    const entries = sitemapSchema.parse(parseXml(xml)).urlset.url;
    // The Persian story is the Dari edition's: its own front page and section page.
    const listings = [`${SITE}/`, `${SITE}/fa/`, `${SITE}/sections/afghanistan/`, `${SITE}/fa/sections/afghanistan/`, `${SITE}/tags/herat/`];
    // The archive, and the month of each published story (as its date is written).
    const months = new Set([FRESH_AT, FIVE_DAYS_AGO, "2025-11-01"].map((date) => `${SITE}/archive/${date.slice(0, 4)}/${date.slice(5, 7)}/`));
    const archive = [`${SITE}/archive/`, ...months];
    expect(entries.map((entry) => entry.loc).sort()).toEqual([...listings, ...archive, ...published.map(url)].sort());
    expect(entries.find((entry) => entry.loc === url("older-with-photo"))?.lastmod).toBe("2025-11-03T06:30:00.000Z");
    for (const { loc } of entries) expect(fs.existsSync(fileFor(loc, SITE, out)), loc).toBe(true);
  });

  it("lists only the last two days' articles in the Google News sitemap", () => {
    const entries = newsSitemapSchema.parse(parseXml(read("news-sitemap.xml"))).urlset.url;
    expect(entries).toEqual([
      {
        loc: url("fresh-report"),
        "news:news": {
          "news:publication": { "news:name": "The Frontier Dispatch", "news:language": "en" },
          "news:publication_date": expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          "news:title": TRICKY,
        },
      },
    ]);
  });

  it("points robots.txt at both sitemaps", () => {
    expect(read("robots.txt")).toContain(`Sitemap: ${SITE}/sitemap.xml\nSitemap: ${SITE}/news-sitemap.xml`);
  });

  it("carries the published articles in their edition's feeds, newest first, each linking to its page", () => {
    const feeds = feedArticleUrls(read("feed.xml"), read("atom.xml"), read("feed.json"));
    for (const urls of Object.values(feeds)) {
      expect(urls).toEqual(["fresh-report", "older-with-photo"].map(url));
      for (const link of urls) expect(fs.existsSync(fileFor(link, SITE, out))).toBe(true);
    }
    for (const urls of Object.values(feedArticleUrls(read("fa/feed.xml"), read("fa/atom.xml"), read("fa/feed.json")))) {
      expect(urls).toEqual([url("persian-report")]);
    }
  });

  it("puts the full body in the feed, subheadings escaped", () => {
    const entry = atomSchema.parse(parseXml(read("atom.xml"))).feed.entry[0];
    const body = new JSDOM(entry.content["#text"]).window.document;
    expect(body.querySelector("h2")?.textContent).toBe("Why 1 < 2 matters");
    expect(entry.author.map((author) => author.name)).toEqual(["Jane Doe", "John Roe"]);
  });

  it("leaves the draft out of every page, sitemap and feed", () => {
    expect(fs.existsSync(path.join(out, "articles/unpublished"))).toBe(false);
    for (const file of ["index.html", "sitemaps/1.xml", "news-sitemap.xml", "feed.xml", "atom.xml", "feed.json"]) {
      expect(read(file), file).not.toContain("unpublished");
    }
  });

  it("gives every page a complete head with absolute URLs on SITE_URL", () => {
    for (const [file, pageUrl] of [["index.html", `${SITE}/`], ...published.map((slug) => [`articles/${slug}/index.html`, url(slug)])]) {
      expect(headProblems(crawlPage(read(file)), pageUrl, SITE)).toEqual([]);
    }
  });

  it("keeps a headline with </script> and <!-- whole inside the JSON-LD", () => {
    const page = crawlPage(read("articles/fresh-report/index.html"));
    const { data, problems } = findJsonLd(page.jsonLd, newsArticleSchema, "NewsArticle");
    expect(problems).toEqual([]);
    expect(data?.headline).toBe(TRICKY);
    expect(data?.author).toEqual([
      { "@type": "Person", name: "Jane Doe" },
      { "@type": "Person", name: "John Roe" },
    ]);
    expect(findJsonLd(page.jsonLd, breadcrumbListSchema, "BreadcrumbList").problems).toEqual([]);
    expect(page.document.querySelector("h1")?.textContent).toBe(TRICKY);
  });

  it("shows an article's own photo to social sites instead of a generated card", () => {
    const page = crawlPage(read("articles/older-with-photo/index.html"));
    expect(page.meta("og:image")).toEqual(["https://images.example.com/photo.jpg"]);
    expect(page.meta("og:image:alt")).toEqual(["A street in Herat"]);
    expect(findJsonLd(page.jsonLd, newsArticleSchema, "NewsArticle").data).toMatchObject({
      image: ["https://images.example.com/photo.jpg"],
      author: [{ "@type": "Organization", name: "A Wire Service" }],
      dateModified: "2025-11-03T06:30:00.000Z",
    });
    expect(fs.existsSync(path.join(out, "articles/older-with-photo/social-card.png"))).toBe(false);
  });

  it("draws a 1200x630 card for the home page, and for each article without a photo, in any language", () => {
    const card = (file: string) => pngSize(fs.readFileSync(path.join(out, file)));
    expect(card("social-card.png")).toEqual({ width: 1200, height: 630 });
    expect(crawlPage(read("articles/fresh-report/index.html")).meta("og:image")).toEqual([`${url("fresh-report")}social-card.png`]);
    expect(card("articles/fresh-report/social-card.png")).toEqual({ width: 1200, height: 630 });
    expect(crawlPage(read("articles/persian-report/index.html")).meta("og:image")).toEqual([`${url("persian-report")}social-card.png`]);
    expect(card("articles/persian-report/social-card.png")).toEqual({ width: 1200, height: 630 });
  });

  it("keeps every card it draws under its byte budget, so that cards do not outweigh the pages", () => {
    const cards = fs.readdirSync(out, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "social-card.png");
    expect(cards.sort()).toEqual(["articles/fresh-report/social-card.png", "articles/persian-report/social-card.png", "social-card.png"]);
    for (const card of cards) expect(fs.statSync(path.join(out, card)).size, card).toBeLessThan(budget.socialCardBytes);
  });

  it("marks a Persian article right to left in its language, credited to the newsroom when it has no byline", () => {
    const page = crawlPage(read("articles/persian-report/index.html"));
    expect([page.document.documentElement.lang, page.document.documentElement.dir]).toEqual(["fa", "rtl"]);
    expect(findJsonLd(page.jsonLd, newsArticleSchema, "NewsArticle").data).toMatchObject({
      inLanguage: "fa",
      author: [{ "@type": "Organization", name: "The Frontier Dispatch", url: `${SITE}/` }],
    });
  });
});
