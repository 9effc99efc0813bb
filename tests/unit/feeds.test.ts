// The feeds as a feed reader parses them.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { bodyHtml, FEED_LENGTH, siteFeed } from "@/lib/publish/feeds";
import { site } from "@/lib/site";
import { atomSchema, jsonFeedSchema, parseXml, rssSchema } from "../crawl/xml";
import { launchArticle, makeArticle } from "../component/article-data";

const newer = makeArticle("newer", { title: "Newer & bolder", publishedAt: "2026-01-02", byline: ["Ana Reyes"] }, "The lead.\n\n## 1 < 2\n\nMore.");
const articles = [newer, launchArticle()];
const url = (slug: string) => `${site.url}/articles/${slug}/`;

describe("siteFeed", () => {
  it("writes RSS 2.0 with the full body, the standfirst as summary, and the credit in dc:creator", () => {
    const { channel } = rssSchema.parse(parseXml(siteFeed(articles, "rss"))).rss;
    expect(channel.item.map((item) => item.link)).toEqual([url("newer"), url("second-anti-taliban-commander-killed-in-iran")]);
    // Readers take RSS titles as HTML, so the title's text is escaped as HTML inside its CDATA.
    expect(channel.item[0]).toMatchObject({ title: "Newer &amp; bolder", description: "A summary.", "dc:creator": "Ana Reyes" });
    expect(channel.item[1]["dc:creator"]).toBe("Afghanistan International");
    expect(channel.item[1]["content:encoded"]).toContain("Ikramuddin Sari was shot dead");
    expect(channel.item[1].category).toEqual(["Afghanistan", "Taliban", "Iran", "Ikramuddin Sari", "Maroof Ghulami"]);
  });

  it("writes Atom with each entry's credit, dates, and self link", () => {
    const { feed } = atomSchema.parse(parseXml(siteFeed(articles, "atom")));
    expect(feed.link).toContainEqual({ "@rel": "self", "@href": `${site.url}/atom.xml` });
    expect(feed.updated).toBe("2026-01-02T00:00:00.000Z");
    expect(feed.entry[1]).toMatchObject({
      author: [{ name: "Afghanistan International", uri: "https://www.afintl.com/en" }],
      published: "2025-12-25T00:00:00.000Z",
    });
  });

  it("writes a JSON Feed with an id and a summary for every item", () => {
    const feed = jsonFeedSchema.parse(JSON.parse(siteFeed(articles, "json")));
    expect(feed.items.map((item) => [item.id, item.summary])).toEqual([
      [url("newer"), "A summary."],
      [url("second-anti-taliban-commander-killed-in-iran"), launchArticle().standfirst],
    ]);
  });

  it(`carries at most the newest ${FEED_LENGTH} articles`, () => {
    const many = Array.from({ length: FEED_LENGTH + 5 }, (_, index) => makeArticle(`story-${index}`, {}));
    expect(JSON.parse(siteFeed(many, "json")).items).toHaveLength(FEED_LENGTH);
  });
});

describe("bodyHtml", () => {
  it("puts each subheading, escaped, before its section", () => {
    expect(bodyHtml(newer)).toBe("<p>The lead.</p>\n<h2>1 &#x3C; 2</h2><p>More.</p>\n");
  });
});

describe("siteFeed on hostile text", () => {
  const hostile = makeArticle(
    "hostile",
    { title: "]]><script>alert(1)</script> and ]]> again", standfirst: "<b>bold</b> ]]> ]]>" },
    "A ]]> B ]]> C\n\n]]><script>window.__xss=1</script><![CDATA[",
  );
  const asHtmlText = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body.textContent;

  it.each(["rss", "atom"] as const)("keeps %s well-formed, and every title, summary and body as the reader should read it", (format) => {
    const xml = siteFeed([hostile], format);
    const item = format === "rss" ? rssSchema.parse(parseXml(xml)).rss.channel.item[0] : atomSchema.parse(parseXml(xml)).feed.entry[0];
    const title = typeof item.title === "string" ? item.title : item.title["#text"];

    expect(asHtmlText(title)).toBe("]]><script>alert(1)</script> and ]]> again");
    expect(xml).not.toMatch(/<script/);
    const body = "content:encoded" in item ? item["content:encoded"] : item.content["#text"];
    expect(asHtmlText(body)).toContain("A ]]> B ]]> C");
  });
});

describe("a live story in the feeds", () => {
  it("is one item, updated at its newest update", () => {
    const live = makeArticle("torkham-live", {
      publishedAt: "2026-01-10T08:00:00+04:30",
      live: { summary: "The crossing is closed." },
      updates: [
        { id: "gate-closes", at: "2026-01-10T09:30:00+04:30", text: "Guards closed the gate." },
        { id: "queue", at: "2026-01-10T11:05:00+04:30", text: "Lorries wait." },
      ],
    });
    const { entry } = atomSchema.parse(parseXml(siteFeed([live], "atom"))).feed;
    expect([entry].flat().map((item) => [item.id, item.updated])).toEqual([[url("torkham-live"), "2026-01-10T06:35:00.000Z"]]);
  });
});
