// The head tags decided in lib/publish/seo.ts; Next.js makes the relative URLs absolute from SITE_URL.
import { describe, expect, it } from "vitest";
import { articleImage, articleMetadata, hasHeadlineCard, headlineCardText } from "@/lib/publish/seo";
import { site } from "@/lib/site";
import { makeArticle } from "../component/article-data";

describe("articleMetadata", () => {
  const article = makeArticle("a-story", {
    title: "A story",
    standfirst: "What happened.",
    publishedAt: "2025-12-25T09:30+03:30",
    updatedAt: "2025-12-26",
    tags: ["Taliban", "Iran"],
  });

  it("titles the page 'Headline | Site name' and describes it with the standfirst", () => {
    expect(articleMetadata(article)).toMatchObject({ title: `A story | ${site.name}`, description: "What happened." });
  });

  it("gives one canonical URL and links the three feeds", () => {
    const { alternates } = articleMetadata(article);
    expect(alternates?.canonical).toBe("/articles/a-story/");
    expect(Object.keys(alternates?.types ?? {})).toEqual(["application/rss+xml", "application/atom+xml", "application/feed+json"]);
  });

  it("describes the article to social sites with its times, section and tags", () => {
    expect(articleMetadata(article).openGraph).toMatchObject({
      type: "article",
      title: "A story",
      url: "/articles/a-story/",
      siteName: site.name,
      publishedTime: "2025-12-25T06:00:00.000Z",
      modifiedTime: "2025-12-26",
      section: "Afghanistan",
      tags: ["Taliban", "Iran"],
    });
    expect(articleMetadata(article).twitter).toEqual({ card: "summary_large_image" });
  });
});

describe("articleImage", () => {
  it("is the article's own image when it has one", () => {
    const withImage = makeArticle("photo", { image: { src: "https://images.example.com/street.jpg", alt: "A street" } });
    expect(articleImage(withImage)).toEqual({ url: "https://images.example.com/street.jpg", alt: "A street" });
    expect(hasHeadlineCard(withImage)).toBe(false);
  });

  it("is a 1200x630 card of the headline when it has none", () => {
    expect(articleImage(makeArticle("plain", { title: "Plain" }))).toEqual({
      url: `${site.url}/articles/plain/social-card.png`,
      alt: "Plain",
      width: 1200,
      height: 630,
    });
  });

  it("is a card of its own headline for a right-to-left story too, with the section in its edition's language", () => {
    const dari = { ...makeArticle("dari", { language: "fa-AF", title: "بازگشایی گذرگاه مرزی", section: "Afghanistan" }), dir: "rtl" as const };
    expect(hasHeadlineCard(dari)).toBe(true);
    expect(articleImage(dari).url).toBe(`${site.url}/articles/dari/social-card.png`);
    expect(headlineCardText(dari)).toEqual({ kicker: "افغانستان", headline: "بازگشایی گذرگاه مرزی", lang: "fa-AF", dir: "rtl" });
  });
});
