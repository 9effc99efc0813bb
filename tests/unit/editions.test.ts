// Language editions: the translationKey contract and its errors, the versions each article links
// to, and which version readers of another language are sent to.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editionOf } from "@/lib/content/editions";
import { viewSite } from "@/lib/enrich/site-view";
import { defaultVersion } from "@/lib/enrich/translations";
import { editionName } from "@/lib/i18n/labels";
import { sectionName } from "@/lib/i18n/section-names";
import { languageAlternates } from "@/lib/publish/seo";
import { newsSitemapXml } from "@/lib/publish/sitemaps";
import { newsSitemapSchema, parseXml } from "../crawl/xml";
import { checkContent, loadArticles } from "@/lib/pipeline";
import { articleFile, inFile, lineOf, REQUIRED_FIELDS, tempSite } from "./helpers";

const EDITIONS_FIXTURE = { contentDir: path.resolve("tests/fixtures/editions/content"), publicDir: path.resolve("tests/fixtures/public") };
const NOW = Date.parse("2026-01-01T00:00:00Z");
const version = (fields: Record<string, unknown>) => articleFile({ ...REQUIRED_FIELDS, tags: ["Trade"], ...fields });

describe("translationKey", () => {
  it("ties versions in different languages, and a key used by one article alone is fine", () => {
    const site = tempSite({
      "story.md": version({ translationKey: "story" }),
      "story-dari.md": version({ translationKey: "story", language: "fa-AF" }),
      "alone.md": version({ translationKey: "alone" }),
    });
    expect(site.load()).toHaveLength(3);
  });

  it("used by two versions in one language is an error in both files, each naming the other", () => {
    const first = version({ translationKey: "story", language: "fa" });
    const site = tempSite({ "story-dari.md": first, "story-dari-2.md": version({ translationKey: "story", language: "fa-AF" }) });

    expect(site.problems()).toEqual([
      {
        file: inFile("story-dari-2.md"),
        line: lineOf(first, "translationKey:"),
        field: "translationKey",
        message: expect.stringMatching(
          /^"story" is also the key of \S*content\/articles\/story-dari\.md, in the same language \(fa-AF\): a story has one version per language, so change the key or the language of one$/,
        ),
      },
      {
        file: inFile("story-dari.md"),
        line: lineOf(first, "translationKey:"),
        field: "translationKey",
        message: expect.stringContaining("is also the key of"),
      },
    ]);
  });

  it("counts drafts, so a clash is caught before either version is published", () => {
    const site = tempSite({ "a.md": version({ translationKey: "story" }), "b.md": version({ translationKey: "story", draft: true }) });
    // The check names the clash in both files; only the published one's stops the build, since a
    // draft's own errors hold back only the draft.
    const { problems } = checkContent({ contentDir: site.contentDir, publicDir: site.publicDir });
    expect(problems.filter((problem) => problem.field === "translationKey").map((problem) => problem.file)).toEqual([inFile("a.md"), inFile("b.md")]);
    expect(site.problems().map((problem) => problem.file)).toEqual([inFile("a.md")]);
  });

  it("must not be empty", () => {
    const file = version({ translationKey: " " });
    const site = tempSite({ "a.md": file });
    expect(site.problems()).toContainEqual(
      expect.objectContaining({
        field: "translationKey",
        message: `must not be empty: write a key the story's versions in other languages share, like border-crossing-reopens; found ""`,
        line: lineOf(file, "translationKey:"),
      }),
    );
  });
});

describe("editions", () => {
  it("are named by a language tag's primary subtag, with Dari's and Pashto's other codes joining them", () => {
    expect(["en-GB", "fa-AF", "prs", "ps", "pbt", "ar-EG"].map(editionOf)).toEqual(["en", "fa", "fa", "ps", "ps", "ar"]);
    expect(["en", "fa", "ps"].map(editionName)).toEqual(["English", "دری", "پښتو"]);
  });

  const view = viewSite(loadArticles(EDITIONS_FIXTURE, NOW), false);
  const bySlug = (slug: string) => view.bySlug.get(slug)!;

  it("exist for each language with published articles, English first, each listing only its own", () => {
    expect(view.editions.map((edition) => [edition.code, edition.site.map((article) => article.slug)])).toEqual([
      ["en", ["border-reopens", "kabul-prices"]],
      ["fa", ["border-reopens-dari", "dam-water-dari"]],
      ["ps", ["border-reopens-pashto", "dam-water-pashto"]],
    ]);
  });

  it("give every version of a story the same versions, in edition order, leaving out drafts and scheduled ones", () => {
    const slugs = (slug: string) => bySlug(slug).versions.map((v) => `${v.language} ${v.href}`);
    const all = ["en /articles/border-reopens/", "fa-AF /articles/border-reopens-dari/", "ps-AF /articles/border-reopens-pashto/"];
    expect(["border-reopens", "border-reopens-dari", "border-reopens-pashto"].map(slugs)).toEqual([all, all, all]);
    expect(slugs("dam-water-pashto")).toEqual(["fa-AF /articles/dam-water-dari/", "ps-AF /articles/dam-water-pashto/"]);
    // Its Dari version is scheduled: on its own, with nothing to link to.
    expect(slugs("kabul-prices")).toEqual([]);
  });

  it("send readers of other languages to the English version, or else the first published (x-default)", () => {
    expect(languageAlternates(bySlug("border-reopens-pashto").versions)["x-default"]).toBe("/articles/border-reopens/");
    expect(languageAlternates(bySlug("dam-water-pashto").versions)).toEqual({
      "fa-AF": "/articles/dam-water-dari/",
      "ps-AF": "/articles/dam-water-pashto/",
      "x-default": "/articles/dam-water-dari/",
    });
    expect(defaultVersion([])).toBeUndefined();
  });

  it("give each article in the Google News sitemap its own news:language", () => {
    const xml = newsSitemapXml(view.published, Date.parse("2025-11-05T00:00:00Z"));
    const entries = newsSitemapSchema.parse(parseXml(xml)).urlset.url;
    expect(entries.map((entry) => [entry.loc.split("/articles/")[1], entry["news:news"]["news:publication"]["news:language"]])).toEqual([
      ["border-reopens-pashto/", "ps"],
      ["border-reopens-dari/", "fa"],
      ["border-reopens/", "en"],
    ]);
  });

  it("show a section by its name in the edition's language, or by its own name where it has none", () => {
    expect(sectionName("Afghanistan", "fa")).toBe("افغانستان");
    expect(sectionName("afghanistan", "ps")).toBe("افغانستان");
    expect(sectionName("Afghanistan", "en")).toBe("Afghanistan");
    expect(sectionName("Badakhshan", "fa")).toBe("Badakhshan");
    expect(view.editions[1].sections.map((section) => section.slug)).toEqual(["afghanistan"]);
  });
});
