// Characters XML forbids: the check refuses them where an editor typed them, and every XML file
// the site writes stays well-formed whatever reaches it, as a strict parser reads it.
import { resolveSitemap } from "next/dist/build/webpack/loaders/metadata/resolve-route-data";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import type { Article } from "@/lib/content/article";
import { formatProblem } from "@/lib/content/problems";
import { siteFeed } from "@/lib/publish/feeds";
import { newsSitemapXml, sitemapEntries } from "@/lib/publish/sitemaps";
import { makeArticle } from "../component/article-data";
import { articleFile, checkSite, printedPath, REQUIRED_FIELDS, tempSite } from "./helpers";

const FIX = "feeds and search engines cannot read it; delete it (it is invisible: retype the words around it)";

function printedFor(frontmatter: string, body = "A paragraph.\n") {
  const site = tempSite({ "x.md": articleFile(frontmatter, body) });
  return { site, printed: checkSite(site).problems.map(formatProblem) };
}

const fields = (title: string) =>
  [`title: "${title}"`, "standfirst: A summary.", "publishedAt: 2025-12-25", "section: Afghanistan", "tags: [Iran]", ""].join("\n");

describe("the check", () => {
  it.each([
    ["a control character", "Kabul\\x07 waits", "U+0007 (a control character) at character 6"],
    ["a NUL", "\\0Kabul", "U+0000 (a control character) at character 1"],
    ["a lone surrogate", "Kabul \\ud800waits", "U+D800 (half of a surrogate pair, which is no character) at character 7"],
    ["U+FFFE", "Kabul\\uFFFE", "U+FFFE (a Unicode noncharacter) at character 6"],
    ["an astral noncharacter", "Kabul\\U0001FFFF", "U+1FFFF (a Unicode noncharacter) at character 6"],
    ["a C1 control", "Kabul\\x85", "U+0085 (a control character) at character 6"],
  ])("refuses %s in the headline, saying which and where", (_, title, what) => {
    const { site, printed } = printedFor(fields(title));
    expect(printed).toEqual([`${printedPath(site, "x.md")}:2: title: ${what}: ${FIX}`]);
  });

  it("refuses one inside a nested field, naming its path", () => {
    const { site, printed } = printedFor(`${fields("Kabul")}image:\n  src: https://example.com/a.jpg\n  alt: "A street\\x1b"\n  credit: AP\n`);
    expect(printed).toEqual([`${printedPath(site, "x.md")}:9: image.alt: U+001B (a control character) at character 9: ${FIX}`]);
  });

  it("refuses one in the body, naming its line", () => {
    const { site, printed } = printedFor(fields("Kabul"), "First paragraph.\n\nSecond \u000b paragraph.\n");
    expect(printed).toEqual([`${printedPath(site, "x.md")}:11: body: U+000B (a control character) at character 8: ${FIX}`]);
  });

  it("lets tabs, line ends and every script's letters and emoji through", () => {
    const { printed } = printedFor(fields("کابل\\tKabul 😀"), "Line one\r\nline two\tand\n");
    expect(printed).toEqual([]);
  });
});

/** What libxml2 (xmllint) says of `xml`: empty when well-formed. */
async function wellFormednessErrors(xml: string): Promise<string[]> {
  // No schema: normalising makes xmllint parse the file, which is the well-formedness check.
  const result = await validateXML({ xml: [{ fileName: "out.xml", contents: xml }], normalization: "format" });
  return result.errors.map((error) => error.rawMessage).filter((line) => /error/.test(line));
}

// Articles as they would be if anything bypassed the check: the XML writers alone must cope.
const HOSTILE = "A\u0000B\u0007C\ud800D\ufffeE\u{10ffff}F\u0085G";
const hostile: Article = (() => {
  const article = makeArticle("hostile", { ...REQUIRED_FIELDS, publishedAt: "2026-01-10", byline: ["Ana Reyes"], tags: ["Iran"] });
  return {
    ...article,
    title: `Title ${HOSTILE} & <b>`,
    standfirst: `Summary ${HOSTILE}`,
    section: `Section ${HOSTILE}`,
    tags: [`Tag ${HOSTILE}`],
    byline: [`Name ${HOSTILE}`],
    sections: article.sections.map((section) => ({ ...section, html: `<p>${HOSTILE} ]]> end</p>` })),
  };
})();

describe("every XML file the site writes", () => {
  it.each([
    ["RSS", () => siteFeed([hostile], "rss")],
    ["Atom", () => siteFeed([hostile], "atom")],
    ["the Google News sitemap", () => newsSitemapXml([hostile], Date.parse("2026-01-10T12:00:00Z"))],
    ["sitemap.xml", () => resolveSitemap(sitemapEntries([hostile]))],
  ])("is well-formed: %s", async (_, write) => {
    const xml = write();
    expect(await wellFormednessErrors(xml)).toEqual([]);
    // Written out as UTF-8, a lone surrogate would become U+FFFD before libxml2 saw it.
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it("keeps the text around what it removes", () => {
    expect(siteFeed([hostile], "rss")).toContain("<title><![CDATA[Title ABCDEFG &amp; &lt;b&gt;]]></title>");
    expect(newsSitemapXml([hostile], Date.parse("2026-01-10T12:00:00Z"))).toContain("<news:title>Title ABCDEFG &amp; &lt;b&gt;</news:title>");
  });
});
