// Article data for component tests, made the way the site makes it: through lib/, from markdown.
import path from "node:path";
import { loadArticles, type Article } from "@/lib/articles";
import { renderBody } from "@/lib/markdown";
import { frontmatterSchema } from "@/lib/schema";

const root = path.resolve(import.meta.dirname, "../..");

export function launchArticle(): Article {
  const [article] = loadArticles({ contentDir: path.join(root, "content"), publicDir: path.join(root, "public") });
  return article;
}

/** A valid article from frontmatter fields and a markdown body, without touching the file system. */
export function makeArticle(slug: string, fields: Record<string, unknown>, body = "A paragraph."): Article {
  const { relatedEvents, ...frontmatter } = frontmatterSchema.parse({
    title: "A headline",
    standfirst: "A summary.",
    publishedAt: "2025-12-25",
    section: "Afghanistan",
    ...fields,
  });
  return {
    ...frontmatter,
    slug,
    dir: "ltr",
    modifiedAt: frontmatter.updatedAt ?? frontmatter.publishedAt,
    sections: renderBody(body).sections,
    timeline: relatedEvents.map((event) => ({ ...event, isThisArticle: event.article === slug })),
  };
}
