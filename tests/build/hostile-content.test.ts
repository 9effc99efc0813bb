// Every attack string in tests/fixtures/attacks/ put in the body and in every string field an
// editor can write (tests/fixtures/hostile-content.ts), built by the real build with the runtime
// removed and kept: each built page parsed for anything that could run (no dangerous element,
// attribute or URL), each string found intact as text where readers, crawlers and feed readers get
// it. That no payload runs in Chromium is tests/e2e/hostile-content.spec.ts's to show.
import fs from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { ARTICLES, joined, PAYLOADS, share, slug, tag, terms, url } from "../fixtures/hostile-content";
import { dangerousMarkup } from "../crawl/dangerous-markup";
import { crawlPage } from "../crawl/page";
import { atomSchema, parseXml, rssSchema } from "../crawl/xml";
import { fixtureSite } from "../host/fixture-sites";
import { nuErrors } from "../host/nu-checker";
import { pageFiles, pagePaths, sitePolicy } from "../host/serve-with-headers";

it("has at least 100 attack strings, more than 80 of them fit to be tags", () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  expect(Array.from({ length: ARTICLES }, (_, index) => terms(index)).flat().length).toBeGreaterThan(80);
});

describe.each(["hostile-content", "hostile-content-with-runtime"] as const)("%s", (site) => {
  let out = "";
  let headerPolicy = "";
  let pages: string[] = [];
  let files: string[] = [];
  const read = (relative: string) => fs.readFileSync(path.join(out, relative), "utf8");
  beforeAll(() => {
    out = fixtureSite(site);
    headerPolicy = sitePolicy(out) ?? "";
    pages = pagePaths(out);
    files = pageFiles(out);
  }, 600_000);

  it("has every attack string published", () => {
    for (let index = 0; index < ARTICLES; index++) expect(pages).toContain(`/articles/${slug(index)}/`);
  });

  it("has no built page with an element, attribute or URL that could run script", () => {
    expect(pages.length).toBeGreaterThan(ARTICLES + 100);
    for (const [index, file] of files.entries()) expect(dangerousMarkup(fs.readFileSync(file, "utf8"), headerPolicy), pages[index]).toEqual([]);
  });

  it("has every page built from them pass the Nu HTML Checker with no error", () => {
    expect(nuErrors(files)).toEqual([]);
  });

  it("gets every attack string to readers as text, intact, in each field of the page", () => {
    for (let index = 0; index < ARTICLES; index++) {
      const page = crawlPage(read(`articles/${slug(index)}/index.html`));
      const text = (selector: string) => [...page.document.querySelectorAll(selector)].map((element) => element.textContent ?? "");
      expect(text("h1")).toEqual([joined(index)]);
      expect(text(".standfirst")).toEqual([joined(index)]);
      expect(text(".kicker")).toEqual([terms(index)[0]]);
      expect(text(".dateline")).toEqual([joined(index)]);
      expect(text(".source a")).toEqual([joined(index)]);
      expect(page.document.querySelector(".source a")?.getAttribute("href")).toBe(new URL(url(index)).href);
      expect(text(".topics li")).toEqual(terms(index).map(tag));
      expect(text(".timeline-summary")).toEqual(share(index));
      expect(text(".corrections li").map((item) => item.replace(/^[^:]+: /, ""))).toEqual(share(index));
      expect(page.meta("og:title")).toEqual([joined(index)]);
      expect(page.meta("og:image:alt")).toEqual([joined(index)]);
      if (index > 0) expect(page.meta("og:image")).toEqual([new URL(url(index + 1)).href]);
      expect(text("head title")).toEqual([`${joined(index)} | The Frontier Dispatch`]);
      const article = page.jsonLd.find((data) => (data as { "@type": string })["@type"] === "NewsArticle") as Record<string, unknown>;
      expect(article.headline).toBe(joined(index));
      expect(article.dateline).toBe(joined(index));
      // Raw HTML in the body is dropped, and an unclosed HTML block (<textarea, <!--) takes the
      // blocks after it with it, as markdown says; what is left in `code` is shown as written.
      const code = text(".article-body code");
      expect(code.length).toBeGreaterThan(0);
      for (const shown of code) expect(share(index).some((payload) => payload.includes(shown)), shown).toBe(true);
    }
  });

  it("carries every headline intact in feeds and sitemaps, as well-formed XML and JSON", () => {
    const titles = Array.from({ length: ARTICLES }, (_, index) => joined(index)).sort();
    // RSS and Atom readers take titles as HTML: read as HTML, each is the headline as written.
    const asHtmlText = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body.textContent;
    const rss = rssSchema.parse(parseXml(read("feed.xml")));
    expect(rss.rss.channel.item.map((item) => asHtmlText(item.title)).sort()).toEqual(titles);
    const atom = atomSchema.parse(parseXml(read("atom.xml")));
    expect(atom.feed.entry.map((entry) => asHtmlText(entry.title["#text"])).sort()).toEqual(titles);
    const json = JSON.parse(read("feed.json")) as { items: { title: string; content_html: string }[] };
    expect(json.items.map((item) => item.title).sort()).toEqual(titles);
    for (const item of json.items) expect(dangerousMarkup(`<body>${item.content_html}</body>`, "")).toEqual([]);
    const news = parseXml(read("news-sitemap.xml")) as { urlset: { url: { "news:news": { "news:title": string } }[] } };
    expect(news.urlset.url.map((entry) => entry["news:news"]["news:title"])).toEqual([joined(0)]);
    parseXml(read("sitemap.xml"));
    parseXml(read("sitemaps/1.xml"));
  });
});
