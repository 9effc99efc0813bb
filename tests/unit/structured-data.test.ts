// The JSON-LD objects, before they reach a page; tests/build and tests/e2e check them in the HTML.
import { describe, expect, it } from "vitest";
import { config } from "@/lib/config";
import { site } from "@/lib/site";
import { breadcrumbJsonLd, liveBlogPostingJsonLd, newsArticleJsonLd, webSiteJsonLd } from "@/lib/publish/structured-data";
import { liveBlogPostingSchema } from "../crawl/structured-data";
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

describe("a live story's structured data", () => {
  const live = (ended?: string) =>
    makeArticle("torkham-live", {
      publishedAt: "2026-12-02T08:00:00+04:30",
      live: { summary: "The crossing is closed.", ...(ended && { ended }) },
      updates: [
        { id: "gate-closes", at: "2026-12-02T09:30:00+04:30", headline: "Guards close the gate", reporter: "Maryam Ahmadi", text: "Guards closed the *gate*.\n\nTraders wait." },
        { id: "queue", at: "2026-12-02T11:05:00+04:30", text: `Hundreds of lorries wait on the road to Jalalabad, ${"and the queue grows by the hour ".repeat(5)}` },
      ],
    });
  const url = `${site.url}/articles/torkham-live/`;

  it("is a LiveBlogPosting with Google's properties, its updates newest first, each a BlogPosting at its own address", () => {
    const data = liveBlogPostingJsonLd(live());
    expect(liveBlogPostingSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(data).toMatchObject({
      "@id": `${url}#live`,
      coverageStartTime: "2026-12-02T03:30:00.000Z",
      dateModified: "2026-12-02T06:35:00.000Z",
    });
    expect(data).not.toHaveProperty("coverageEndTime");
    expect(data?.liveBlogUpdate).toEqual([
      {
        "@type": "BlogPosting",
        "@id": `${url}#update-queue`,
        url: `${url}#update-queue`,
        headline: expect.stringMatching(/^Hundreds of lorries wait on the road to Jalalabad, and the queue grows .*…$/),
        datePublished: "2026-12-02T06:35:00.000Z",
        articleBody: expect.stringMatching(/^Hundreds of lorries/),
      },
      {
        "@type": "BlogPosting",
        "@id": `${url}#update-gate-closes`,
        url: `${url}#update-gate-closes`,
        headline: "Guards close the gate",
        datePublished: "2026-12-02T05:00:00.000Z",
        articleBody: "Guards closed the gate.\n\nTraders wait.",
        author: { "@type": "Person", name: "Maryam Ahmadi" },
      },
    ]);
  });

  it("starts the coverage at a moment even for a story dated by its day alone: the day's first moment in the newsroom", () => {
    const dated = makeArticle("dated-live", { publishedAt: "2026-12-02", live: { summary: "The crossing is closed." }, updates: [{ id: "one", at: "2026-12-02T09:30:00+04:30", text: "Closed." }] });
    const start = String(liveBlogPostingJsonLd(dated)?.coverageStartTime);
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    // Whatever the newsroom's zone (its settings), the moment is midnight there on the day written.
    const there = new Intl.DateTimeFormat("en-CA", { timeZone: config.timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    expect(there.format(Date.parse(start))).toBe("2026-12-02, 00:00");
  });

  it("says when the coverage ended, once it has", () => {
    const data = liveBlogPostingJsonLd(live("2026-12-02T18:00:00+04:30"));
    expect(liveBlogPostingSchema.safeParse(data).success).toBe(true);
    expect(data?.coverageEndTime).toBe("2026-12-02T13:30:00.000Z");
  });

  it("gives the page's NewsArticle the newest update as its last change, and a story that is not live none", () => {
    expect(newsArticleJsonLd(live()).dateModified).toBe("2026-12-02T06:35:00.000Z");
    expect(liveBlogPostingJsonLd(launchArticle())).toBeUndefined();
  });
});
