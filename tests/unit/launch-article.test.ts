// The article the site launches with, checked against the text the newsroom handed over
// (/work/shared/seed/article.txt: headline, blank, standfirst, then the body).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Article } from "@/lib/content/article";
import { checkContent, loadArticles } from "@/lib/pipeline";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEED = "/work/shared/seed/article.txt";
const SLUG = "second-anti-taliban-commander-killed-in-iran";

const decodeEntities = (html: string) =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** What a reader reads in the body: subheadings and paragraphs, without markup. */
const bodyText = (article: Article) =>
  normalise(
    article.sections
      .map((section) => `${section.heading?.text ?? ""}\n${decodeEntities(section.html.replace(/<[^>]*>/g, " "))}`)
      .join("\n"),
  );

/** The seed's sentences: split after . ? or ! (and any closing quote) before a capital. */
const sentences = (text: string) =>
  text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.?!][”"’]?)\s+(?=[A-Z“"‘])/))
    .map(normalise)
    .filter(Boolean);

describe("the launch article", () => {
  const location = { contentDir: path.join(ROOT, "content"), publicDir: path.join(ROOT, "public") };
  const articles = loadArticles(location);
  const article = articles.find((a) => a.slug === SLUG)!;
  const seedLines = fs.readFileSync(SEED, "utf8").split("\n");
  const standfirst = seedLines[2].trim();

  it("loads without problems and is published", () => {
    expect(article).toBeDefined();
    expect(article).toMatchObject({ draft: false, language: "en", dir: "ltr", publishedAt: "2025-12-25" });
  });

  it("draws no warning on every check: its standfirst, longer than search results show, is accepted", () => {
    expect(checkContent(location).problems.filter((problem) => problem.file.endsWith(`${SLUG}.md`))).toEqual([]);
    expect(article.acceptWarnings).toEqual(["standfirst-length"]);
  });

  it("has the seed's headline and standfirst", () => {
    expect(article.title).toBe(seedLines[0].trim());
    expect(article.standfirst).toBe(standfirst);
  });

  it("has exactly the two subheadings of the seed", () => {
    expect(article.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))).toEqual([
      "Taliban's 'extraterritorial assassinations'",
      "Calls for accountability",
    ]);
    expect(article.sections[0].heading).toBeUndefined();
  });

  it("prints the standfirst once, not again as the first paragraph", () => {
    expect(bodyText(article)).not.toContain(standfirst);
  });

  it("publishes every sentence of the seed verbatim", () => {
    const published = normalise(`${article.title}\n${article.standfirst}\n${bodyText(article)}`);
    const seed = sentences(fs.readFileSync(SEED, "utf8"));

    expect(seed).toHaveLength(23); // headline, standfirst twice, 2 subheadings, 18 body sentences
    expect(seed.filter((sentence) => !published.includes(sentence))).toEqual([]);
  });

  it("keeps the quotations with their curly quotes", () => {
    expect(bodyText(article)).toContain("“with as little as 500 Pakistani rupees,”");
    expect(bodyText(article)).toContain("“transparent, serious and independent”");
  });

  it("has a timeline oldest first, marking the killing it reports", () => {
    expect(article.timeline.map((event) => [event.date.value, event.isThisArticle])).toEqual([
      ["2021-08-15", false],
      ["2023", false],
      ["2025-09-13", false],
      ["2025-09", false],
      ["2025-12-24", true],
      ["2025-12", false],
    ]);
    expect(article.timeline[1].approximate).toBe(true);
  });
});
