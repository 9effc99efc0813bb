import type { MetadataRoute } from "next";
import { describe, expect, it } from "vitest";
import { site } from "@/lib/site";
import { SITEMAP_URL_LIMIT, sitemapFileNumber, sitemapFiles, sitemapIndexXml } from "@/lib/publish/sitemap-index";
import { sitemapEntries, sitemapXml } from "@/lib/publish/sitemaps";
import { parseXml, sitemapIndexSchema, sitemapSchemaErrors } from "../crawl/xml";
import { makeArticle } from "../component/article-data";

const entry = (index: number, lastModified?: string) => ({ url: `${site.url}/articles/story-${index}/`, ...(lastModified && { lastModified }) });

describe("sitemapFiles", () => {
  it("splits the entries, in order, into files of at most 50,000 addresses", () => {
    const entries = Array.from({ length: SITEMAP_URL_LIMIT + 1 }, (_, index) => entry(index));
    const files = sitemapFiles(entries);
    expect(files.map((file) => file.length)).toEqual([SITEMAP_URL_LIMIT, 1]);
    expect(files.flat()).toEqual(entries);
    expect(sitemapFiles(entries.slice(0, SITEMAP_URL_LIMIT))).toHaveLength(1);
    expect(sitemapFiles(entries.slice(0, 5), 2).map((file) => file.length)).toEqual([2, 2, 1]);
  });

  it("keeps one file when there is nothing to list, so the index always names one", () => {
    expect(sitemapFiles([])).toEqual([[]]);
  });

  it("keeps a full file of pages in three languages under the 50 MB a sitemap may weigh", () => {
    const languages = (index: number) => ({ en: entry(index).url, fa: `${site.url}/articles/story-${index}-dari/`, ps: `${site.url}/articles/story-${index}-pashto/`, "x-default": entry(index).url });
    const full: MetadataRoute.Sitemap = Array.from({ length: SITEMAP_URL_LIMIT }, (_, index) => ({
      ...entry(index, "2026-01-10T04:30:00.000Z"),
      alternates: { languages: languages(index) },
    }));
    expect(Buffer.byteLength(sitemapXml(full))).toBeLessThan(50 * 1024 * 1024);
  });
});

describe("sitemapIndexXml", () => {
  it("names each file by its absolute address with the newest change among its pages", () => {
    const xml = sitemapIndexXml([[entry(1, "2026-01-09"), entry(2, "2026-01-10T04:30:00.000Z")], [entry(3)]]);
    expect(sitemapIndexSchema.parse(parseXml(xml)).sitemapindex.sitemap).toEqual([
      { loc: `${site.url}/sitemaps/1.xml`, lastmod: "2026-01-10T04:30:00.000Z" },
      { loc: `${site.url}/sitemaps/2.xml` },
    ]);
  });
});

describe("sitemapFileNumber", () => {
  it("reads the number of a file's name, and nothing from any other name", () => {
    expect(sitemapFileNumber("12.xml")).toBe(12);
    for (const name of ["0.xml", "01.xml", "1.xml.gz", "1", "a.xml"]) expect(sitemapFileNumber(name), name).toBeUndefined();
  });
});

describe("sitemapEntries of a long section", () => {
  it("lists every page of the section, each changed when its newest story was, valid against the sitemaps.org XSD", async () => {
    const story = makeArticle("story", {});
    // 45 stories, one a day: 15 on the section's first page, the oldest 30 on its page 1.
    const day = (number: number) => new Date(Date.UTC(2025, 0, number)).toISOString().slice(0, 10);
    const stories = Array.from({ length: 45 }, (_, index) => ({ ...story, slug: `story-${45 - index}`, publishedAt: day(45 - index), modifiedAt: day(45 - index) }));
    const entries = sitemapEntries(stories);
    const listings = entries.filter((candidate) => candidate.url.includes("/sections/"));
    expect(listings).toEqual([
      { url: `${site.url}/sections/afghanistan/`, lastModified: "2025-02-14" },
      { url: `${site.url}/sections/afghanistan/page/1/`, lastModified: "2025-01-30" },
    ]);
    expect(await sitemapSchemaErrors(sitemapXml(entries))).toEqual([]);
  });
});
