import { describe, expect, it } from "vitest";
import { site } from "@/lib/site";
import { NEWS_WINDOW_MS, newsSitemapXml, recentArticles, sitemapEntries } from "@/lib/publish/sitemaps";
import { newsSitemapSchema, parseXml } from "../crawl/xml";
import { makeArticle } from "../component/article-data";

const NOW = Date.parse("2026-01-10T12:00:00Z");
const fresh = makeArticle("fresh", { title: "Kabul & Herat: <live>", publishedAt: "2026-01-10T09:00:00+04:30", language: "fa-AF" });
const edge = makeArticle("edge", { publishedAt: new Date(NOW - NEWS_WINDOW_MS).toISOString() });
const stale = makeArticle("stale", { publishedAt: "2026-01-07", updatedAt: "2026-01-09" });

describe("sitemapEntries", () => {
  it("lists each edition's front page and listings, last changed with their newest article, and each article with its own last change", () => {
    const fronts = { alternates: { languages: { en: `${site.url}/`, fa: `${site.url}/fa/`, "x-default": `${site.url}/` } } };
    expect(sitemapEntries([fresh, stale])).toEqual([
      { url: `${site.url}/`, lastModified: "2026-01-09", ...fronts },
      { url: `${site.url}/fa/`, lastModified: "2026-01-10T04:30:00.000Z", ...fronts },
      { url: `${site.url}/articles/fresh/`, lastModified: "2026-01-10T04:30:00.000Z" },
      { url: `${site.url}/articles/stale/`, lastModified: "2026-01-09" },
      { url: `${site.url}/sections/afghanistan/`, lastModified: "2026-01-09" },
      { url: `${site.url}/fa/sections/afghanistan/`, lastModified: "2026-01-10T04:30:00.000Z" },
    ]);
  });

  it("gives a site of one edition no language alternates", () => {
    expect(sitemapEntries([stale])).toEqual([
      { url: `${site.url}/`, lastModified: "2026-01-09" },
      { url: `${site.url}/articles/stale/`, lastModified: "2026-01-09" },
      { url: `${site.url}/sections/afghanistan/`, lastModified: "2026-01-09" },
    ]);
  });

  it("lists the home page alone, with no date, before anything is published", () => {
    expect(sitemapEntries([])).toEqual([{ url: `${site.url}/` }]);
  });
});

describe("recentArticles", () => {
  it("keeps articles published up to two days before the build, whenever they were updated", () => {
    expect(recentArticles([fresh, edge, stale], NOW).map((article) => article.slug)).toEqual(["fresh", "edge"]);
  });
});

describe("newsSitemapXml", () => {
  it("writes Google's news tags, escaped, with a two- or three-letter language code", () => {
    expect(newsSitemapSchema.parse(parseXml(newsSitemapXml([fresh, stale], NOW))).urlset.url).toEqual([
      {
        loc: `${site.url}/articles/fresh/`,
        "news:news": {
          "news:publication": { "news:name": site.name, "news:language": "fa" },
          "news:publication_date": "2026-01-10T04:30:00.000Z",
          "news:title": "Kabul & Herat: <live>",
        },
      },
    ]);
  });

  it("is an empty, well-formed urlset when nothing is recent", () => {
    expect(newsSitemapSchema.parse(parseXml(newsSitemapXml([stale], NOW))).urlset.url).toEqual([]);
  });
});

describe("a live story in the sitemaps", () => {
  const live = makeArticle("torkham-live", {
    publishedAt: "2026-01-10T08:00:00+04:30",
    live: { summary: "The crossing is closed." },
    updates: [{ id: "gate-closes", at: "2026-01-10T11:05:00+04:30", text: "Guards closed the gate." }],
  });

  it("is one entry, last changed at its newest update, in sitemap.xml and the news sitemap", () => {
    expect(sitemapEntries([live]).filter((entry) => entry.url.includes("/articles/"))).toEqual([
      { url: `${site.url}/articles/torkham-live/`, lastModified: "2026-01-10T06:35:00.000Z" },
    ]);
    expect(newsSitemapSchema.parse(parseXml(newsSitemapXml([live], NOW))).urlset.url).toEqual([
      expect.objectContaining({ loc: `${site.url}/articles/torkham-live/`, lastmod: "2026-01-10T06:35:00.000Z" }),
    ]);
  });
});
