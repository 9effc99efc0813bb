// The language editions as crawlers and feed readers get them, from a real build of the editions
// fixture, built once a run (tests/host/fixture-sites.ts) (a story in three languages, one in two, one alone, a draft and a scheduled version):
// hreflang in every version's head and in the sitemap, each edition's feeds, JSON-LD's language.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { isLanguageTag } from "@/lib/content/language";
import { crawlPage, headProblems } from "../crawl/page";
import { findJsonLd, newsArticleSchema, webSiteSchema } from "../crawl/structured-data";
import { feedArticleUrls, fileFor, parseXml, rssSchema, sitemapSchemaErrors } from "../crawl/xml";
import { FIXTURE_SITE_URL, fixtureSite } from "../host/fixture-sites";
import { pagePaths } from "../host/serve-with-headers";
import { socialCardPng } from "@/lib/build/social-card";
import { budget } from "@/scripts/bench/performance-budget";
import { storyCard } from "../host/story-card";

const SITE = FIXTURE_SITE_URL;
let out = "";
const read = (relative: string) => fs.readFileSync(path.join(out, relative), "utf8");
const url = (slug: string) => `${SITE}/articles/${slug}/`;
const pageAt = (address: string) => crawlPage(fs.readFileSync(fileFor(address, SITE, out), "utf8"));

/** A page's hreflang alternates: language -> address. */
function hreflangs(address: string): Record<string, string> {
  const links = [...pageAt(address).document.querySelectorAll('head link[rel="alternate"][hreflang]')];
  return Object.fromEntries(links.map((link) => [link.getAttribute("hreflang") ?? "", link.getAttribute("href") ?? ""]));
}

beforeAll(() => {
  out = fixtureSite("editions");
}, 600_000);

const THREE = { en: url("border-reopens"), "fa-AF": url("border-reopens-dari"), "ps-AF": url("border-reopens-pashto"), "x-default": url("border-reopens") };
const TWO = { "fa-AF": url("dam-water-dari"), "ps-AF": url("dam-water-pashto"), "x-default": url("dam-water-dari") };
const FRONTS = { en: `${SITE}/`, fa: `${SITE}/fa/`, ps: `${SITE}/ps/`, "x-default": `${SITE}/` };

describe("hreflang", () => {
  it("lists every version in every version's head, itself included, with x-default", () => {
    for (const slug of ["border-reopens", "border-reopens-dari", "border-reopens-pashto"]) expect(hreflangs(url(slug)), slug).toEqual(THREE);
    // No English version: readers of other languages get the first published, the Dari one.
    for (const slug of ["dam-water-dari", "dam-water-pashto"]) expect(hreflangs(url(slug)), slug).toEqual(TWO);
    // Its Dari version is only scheduled, so the story stands alone.
    expect(hreflangs(url("kabul-prices"))).toEqual({});
    for (const front of Object.values(FRONTS)) expect(hreflangs(front), front).toEqual(FRONTS);
  });

  it("on every page, points only at pages that exist, carry a valid language code and point back", () => {
    const problems: string[] = [];
    for (const page of pagePaths(out).filter((page) => !page.endsWith(".html"))) {
      const own = hreflangs(`${SITE}${page}`);
      for (const [language, target] of Object.entries(own)) {
        if (language !== "x-default" && !isLanguageTag(language)) problems.push(`${page}: hreflang="${language}" is not a language tag`);
        if (!fs.existsSync(fileFor(target, SITE, out))) problems.push(`${page}: ${target} does not exist`);
        else if (JSON.stringify(hreflangs(target)) !== JSON.stringify(own)) problems.push(`${page}: ${target} does not list the same versions`);
      }
      if (Object.keys(own).length > 0 && !Object.values(own).includes(`${SITE}${page}`)) problems.push(`${page}: does not list itself`);
    }
    expect(problems).toEqual([]);
  });

  it("is repeated in sitemap.xml's file as xhtml:link alternates, which stays valid against the sitemaps.org XSD", async () => {
    const xml = read("sitemaps/1.xml");
    expect(await sitemapSchemaErrors(xml)).toEqual([]);
    const { urlset } = parseXml(xml) as { urlset: { url: { loc: string; "xhtml:link"?: { "@hreflang": string; "@href": string }[] }[] } };
    const alternates = Object.fromEntries(
      urlset.url.map((entry) => [entry.loc, Object.fromEntries((entry["xhtml:link"] ?? []).map((link) => [link["@hreflang"], link["@href"]]))]),
    );
    for (const [address, links] of Object.entries(alternates)) expect(links, address).toEqual(hreflangs(address));
    expect(Object.keys(alternates)).toEqual(expect.arrayContaining([...Object.values(THREE), ...Object.values(TWO), ...Object.values(FRONTS)]));
    expect(Object.keys(alternates).filter((address) => address.includes("draft") || address.includes("scheduled"))).toEqual([]);
  });
});

describe("each edition", () => {
  const editions = [
    { home: "", language: "en", slugs: ["border-reopens", "kabul-prices"] },
    { home: "fa/", language: "fa", slugs: ["border-reopens-dari", "dam-water-dari"] },
    { home: "ps/", language: "ps", slugs: ["border-reopens-pashto", "dam-water-pashto"] },
  ];

  it("has its own feeds, in its language, carrying only its stories", () => {
    for (const { home, language, slugs } of editions) {
      const feeds = feedArticleUrls(read(`${home}feed.xml`), read(`${home}atom.xml`), read(`${home}feed.json`));
      for (const urls of Object.values(feeds)) expect(urls, home).toEqual(slugs.map(url));
      expect(read(`${home}feed.xml`)).toContain(`<language>${language}</language>`);
      expect(rssSchema.parse(parseXml(read(`${home}feed.xml`))).rss.channel.link).toBe(`${SITE}/${home}`);
      expect(read(`${home}atom.xml`)).toContain(`<link rel="self" href="${SITE}/${home}atom.xml"/>`);
    }
  });

  it("has a front page with a complete head, whose JSON-LD is in its language and feed links are its own", () => {
    for (const { home, language } of editions) {
      const page = pageAt(`${SITE}/${home}`);
      expect(headProblems(page, `${SITE}/${home}`, SITE)).toEqual([]);
      expect(findJsonLd(page.jsonLd, webSiteSchema, "WebSite").data).toMatchObject({ inLanguage: language, url: `${SITE}/${home}` });
      expect(page.links("alternate").find((link) => link.type === "application/rss+xml")?.href).toBe(`${SITE}/${home}feed.xml`);
    }
  });

  it("gives each article JSON-LD in the article's language, and its head its edition's feeds", () => {
    for (const [slug, language, feed] of [
      ["border-reopens", "en", "/feed.xml"],
      ["border-reopens-dari", "fa-AF", "/fa/feed.xml"],
      ["dam-water-pashto", "ps-AF", "/ps/feed.xml"],
    ]) {
      const page = pageAt(url(slug));
      expect(findJsonLd(page.jsonLd, newsArticleSchema, "NewsArticle").data?.inLanguage, slug).toBe(language);
      expect(page.links("alternate").find((link) => link.type === "application/rss+xml")?.href).toBe(`${SITE}${feed}`);
    }
  });

  it("has section and tag pages under its own folder; no draft, scheduled or placeholder page is built", () => {
    for (const page of ["/fa/sections/afghanistan/", "/ps/sections/afghanistan/", "/fa/tags/تجارت/", "/sections/economy/", "/tags/trade/"]) {
      expect(pagePaths(out), page).toContain(page);
    }
    expect(pagePaths(out).filter((page) => /_none|draft|scheduled/.test(page))).toEqual([]);
    expect(fs.readdirSync(out, { recursive: true, encoding: "utf8" }).filter((name) => name.includes("_none"))).toEqual([]);
  });
});

describe("social cards", () => {
  it("points a Dari or Pashto story's og:image and twitter:image at its own card, drawn in its headline's script", async () => {
    for (const slug of ["border-reopens-dari", "border-reopens-pashto", "dam-water-dari"]) {
      const page = pageAt(url(slug));
      const card = `${url(slug)}social-card.png`;
      expect(page.meta("og:image"), slug).toEqual([card]);
      expect(page.meta("twitter:image"), slug).toEqual([card]);
      expect(findJsonLd(page.jsonLd, newsArticleSchema, "NewsArticle").data?.image, slug).toEqual([card]);
      const { width, height } = await sharp(fs.readFileSync(fileFor(card, SITE, out))).metadata();
      expect([width, height], slug).toEqual([1200, 630]);
    }
    // Byte for byte the card this process draws, and so the one compared with its reference (tests/unit/social-card.test.ts).
    const dari = fs.readFileSync(fileFor(`${url("border-reopens-dari")}social-card.png`, SITE, out));
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-card-"));
    vi.stubEnv("BUILD_CACHE_DIR", cache);
    try {
      expect(dari.equals(Buffer.from(await socialCardPng(storyCard("border-reopens-dari"))))).toBe(true);
    } finally {
      vi.unstubAllEnvs();
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it("keeps every card under its byte budget", () => {
    const cards = fs.readdirSync(out, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "social-card.png");
    // The site's, and each published story's: none has a photo.
    expect(cards.sort()).toEqual(
      ["border-reopens", "border-reopens-dari", "border-reopens-pashto", "dam-water-dari", "dam-water-pashto", "kabul-prices"]
        .map((slug) => `articles/${slug}/social-card.png`)
        .concat("social-card.png")
        .sort(),
    );
    for (const card of cards) expect(fs.statSync(path.join(out, card)).size, card).toBeLessThan(budget.socialCardBytes);
  });
});
