// The JSON-LD objects, before they reach a page; tests/build and tests/e2e check them in the HTML.
import { describe, expect, it } from "vitest";
import { site } from "@/lib/site";
import { breadcrumbJsonLd, newsArticleJsonLd, webSiteJsonLd } from "@/lib/publish/structured-data";
import { launchArticle, makeArticle } from "../component/article-data";

const ARTICLE = `${site.url}/articles/second-anti-taliban-commander-killed-in-iran/`;

describe("newsArticleJsonLd", () => {
  it("describes the launch article with Google's recommended properties", () => {
    expect(newsArticleJsonLd(launchArticle())).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "@id": `${ARTICLE}#article`,
      url: ARTICLE,
      mainEntityOfPage: { "@type": "WebPage", "@id": ARTICLE },
      headline: "Second anti-Taliban commander killed in Iran in under four months",
      description: expect.stringMatching(/^A second former Afghan security commander/),
      image: [`${ARTICLE}social-card.png`],
      datePublished: "2025-12-25",
      dateModified: "2025-12-25",
      author: [{ "@type": "Organization", name: "Afghanistan International", url: "https://www.afintl.com/en" }],
      publisher: {
        "@type": "NewsMediaOrganization",
        "@id": `${site.url}/#publisher`,
        name: site.name,
        url: `${site.url}/`,
        logo: `${site.url}/logo.png`,
      },
      articleSection: "Afghanistan",
      keywords: ["Taliban", "Iran", "Ikramuddin Sari", "Maroof Ghulami"],
      inLanguage: "en",
      dateline: "Tehran",
    });
  });

  it("credits bylined authors as people, ahead of the source", () => {
    const article = makeArticle("bylined", { byline: ["Ana Reyes", "Omar Said"], source: { name: "A Wire Service" } });
    expect(newsArticleJsonLd(article).author).toEqual([
      { "@type": "Person", name: "Ana Reyes" },
      { "@type": "Person", name: "Omar Said" },
    ]);
  });

  it("credits the newsroom itself when there is neither byline nor source", () => {
    expect(newsArticleJsonLd(makeArticle("uncredited", {})).author).toEqual([
      { "@type": "Organization", name: site.name, url: `${site.url}/` },
    ]);
  });

  it("gives dates in the strict form schema.org reads", () => {
    const article = makeArticle("timed", { publishedAt: "2025-12-25T09:30+03:30", updatedAt: "2025-12-25T12:00+03:30" });
    expect(newsArticleJsonLd(article)).toMatchObject({ datePublished: "2025-12-25T06:00:00.000Z", dateModified: "2025-12-25T08:30:00.000Z" });
  });
});

describe("breadcrumbJsonLd", () => {
  it("leads from the home page through the section to the article", () => {
    expect(breadcrumbJsonLd(launchArticle()).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: site.name, item: `${site.url}/` },
      { "@type": "ListItem", position: 2, name: "Afghanistan", item: `${site.url}/sections/afghanistan/` },
      { "@type": "ListItem", position: 3, name: "Second anti-Taliban commander killed in Iran in under four months", item: ARTICLE },
    ]);
  });
});

describe("webSiteJsonLd", () => {
  it("names the site and its publisher for the home page", () => {
    expect(webSiteJsonLd("en")).toMatchObject({ "@type": "WebSite", name: site.name, url: `${site.url}/`, inLanguage: "en", publisher: { name: site.name } });
  });

  it("gives each edition's front page its own address, language and tagline", () => {
    expect(webSiteJsonLd("fa")).toMatchObject({
      "@id": `${site.url}/fa/#website`,
      url: `${site.url}/fa/`,
      inLanguage: "fa",
      description: "گزارش‌هایی از افغانستان و منطقه",
    });
  });
});
