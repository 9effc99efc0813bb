// Next.js builds pages in several worker processes, and bundles lib/ once per kind of route, so
// each copy would read and render the whole archive again. `npm run build` checks the content once
// and saves what it found to a file named by CONTENT_SNAPSHOT; every copy loads that file instead.
// The file is read back through the same schemas that checked the content, and carries a version,
// so a snapshot left by another version of this code is refused, never half-understood.
import fs from "node:fs";
import { z } from "zod";
import type { CheckedFile } from "../content/article-file";
import { assembleArticle, newestFirst, type Article } from "../content/article";
import { frontmatterSchema } from "../content/schema";
import { authorSchema } from "../content/author-schema";
import { pageSchema } from "../content/page-schema";
import { toAuthor, toPage, type Author, type NewsroomPage } from "../content/newsroom-files";
import { bodySectionSchema } from "../render/markdown";

const VERSION = 4;

const savedFile = z.object({
  slug: z.string(),
  // The frontmatter as the editor wrote it, validated again on load by the contract itself.
  frontmatter: z.record(z.string(), z.unknown()),
  sections: z.array(bodySectionSchema),
});

// A story's file, with its body's word count, as its check counted it.
const savedArticle = savedFile.extend({ words: z.number().int().nonnegative() });

const snapshotSchema = z.object({
  version: z.literal(VERSION),
  /** The moment the content was checked: what was due then is published, in every process alike. */
  checkedAt: z.number(),
  /** The newsroom's time zone, in which a bare publication date begins. */
  timeZone: z.string(),
  articles: z.array(savedArticle),
  authors: z.array(savedFile),
  pages: z.array(savedFile),
});

type Newsroom = { authors: Author[]; pages: NewsroomPage[] };

/** Saves the checked files that have an article, and the reporters and pages, as of `checkedAt` in `timeZone`. */
export function saveSnapshot(file: string, checked: CheckedFile[], { authors, pages }: Newsroom, checkedAt: number, timeZone: string): void {
  const articles = checked.flatMap(({ article, source }) =>
    article && source ? [{ slug: article.slug, frontmatter: source.data, sections: article.sections, words: article.words }] : [],
  );
  const snapshot: z.input<typeof snapshotSchema> = {
    version: VERSION,
    checkedAt,
    timeZone,
    articles,
    // Their fields as checked: each form the contract writes (an https link as a browser sends it) reads back the same.
    authors: authors.map(({ slug, bio, ...fields }) => ({ slug, frontmatter: fields, sections: bio })),
    pages: pages.map(({ slug, sections, ...fields }) => ({ slug, frontmatter: fields, sections })),
  };
  // Private to this user: it holds drafts and scheduled stories.
  fs.writeFileSync(file, JSON.stringify(snapshot), { mode: 0o600 });
}

/** Every article the snapshot holds, newest first, not yet linked; throws if the file is not a snapshot of this version. */
export function loadSnapshot(file: string): Newsroom & { articles: Article[]; problems: [] } {
  const parsed = snapshotSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a content snapshot of version ${VERSION}: run npm run build again`);
  const { checkedAt, timeZone, articles, authors, pages } = parsed.data;
  return {
    articles: articles
      .map(({ slug, frontmatter, sections, words }) => assembleArticle({ slug, frontmatter: frontmatterSchema.parse(frontmatter), sections, words }, checkedAt, timeZone))
      .sort(newestFirst),
    authors: authors.map(({ slug, frontmatter, sections }) => toAuthor({ slug, fields: authorSchema.parse(frontmatter), sections })),
    pages: pages.map(({ slug, frontmatter, sections }) => toPage({ slug, fields: pageSchema.parse(frontmatter), sections })),
    problems: [],
  };
}
