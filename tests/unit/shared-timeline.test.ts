// Two articles that share a timeline (fixture copies of the launch article and the Ghulami
// article): both load, and the timeline links them both ways.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/pipeline";
import { isWarning } from "@/lib/content/problems";
import { ROOT } from "./helpers";

const LAUNCH = "second-anti-taliban-commander-killed-in-iran";
const GHULAMI = "maroof-ghulami-shot-dead-in-mashhad";

describe("two articles with a shared timeline", () => {
  const { articles, problems } = checkContent(
    { contentDir: path.join(ROOT, "tests/fixtures/content"), publicDir: path.join(ROOT, "tests/fixtures/public") },
    Date.parse("2026-01-01T00:00:00Z"),
  );
  const bySlug = (slug: string) => articles.find((article) => article.slug === slug)!;

  it("has both articles, published, with no errors", () => {
    expect(problems.filter((problem) => !isWarning(problem))).toEqual([]);
    expect(articles.map(({ slug, status }) => ({ slug, status }))).toEqual(
      expect.arrayContaining([
        { slug: LAUNCH, status: "published" },
        { slug: GHULAMI, status: "published" },
      ]),
    );
  });

  it("links the launch article's 13 September 2025 event to the Ghulami article", () => {
    expect(bySlug(LAUNCH).timeline.find((event) => event.date.value === "2025-09-13")).toMatchObject({
      article: GHULAMI,
      href: `/articles/${GHULAMI}/`,
      isThisArticle: false,
    });
  });

  it("names the launch article in the Ghulami article's 'also in the timeline of'", () => {
    expect(bySlug(GHULAMI).mentionedIn).toEqual([{ title: bySlug(LAUNCH).title, href: `/articles/${LAUNCH}/` }]);
  });

  it("marks the killing in the Ghulami article's own timeline, on the date the launch article gives it", () => {
    const own = bySlug(GHULAMI).timeline.find((event) => event.isThisArticle);

    expect(own?.date.value).toBe("2025-09-13");
    expect(own?.href).toBeUndefined();
  });
});
