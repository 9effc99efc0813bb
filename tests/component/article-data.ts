// Article data for component tests, made the way the site makes it: markdown files through lib/.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { type Article } from "@/lib/content/article";
import { loadArticles } from "@/lib/pipeline";

const ROOT = path.resolve(import.meta.dirname, "../..");

const fixtures = { contentDir: path.join(ROOT, "tests/fixtures/content"), publicDir: path.join(ROOT, "tests/fixtures/public") };

/** An article from the fixture content (tests/fixtures/content), which holds a copy of the launch article. */
export function publishedArticle(slug: string): Article {
  const articles = loadArticles(fixtures);
  return articles.find((article) => article.slug === slug)!;
}

export const launchArticle = () => publishedArticle("second-anti-taliban-commander-killed-in-iran");

/** A valid article from frontmatter fields and a markdown body, loaded from a throwaway folder. */
export function makeArticle(slug: string, fields: Record<string, unknown>, body = "A paragraph."): Article {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-component-"));
  try {
    fs.mkdirSync(path.join(contentDir, "articles"));
    const frontmatter = { title: "A headline", standfirst: "A summary.", publishedAt: "2025-12-25", section: "Afghanistan", ...fields };
    fs.writeFileSync(path.join(contentDir, "articles", `${slug}.md`), `---\n${stringify(frontmatter)}---\n\n${body}\n`);
    return loadArticles({ contentDir, publicDir: fixtures.publicDir })[0];
  } finally {
    fs.rmSync(contentDir, { recursive: true, force: true });
  }
}
