// The plan's inputs, worked out from the build's content snapshot: each page's key
// (lib/build/page-keys.ts), the social cards the site shows and the images its stories (live updates too) and reporters' pages show,
// and the record of what it publishes that the build's last paragraph compares with the last build's (scripts/build/site-changes.ts),
// written to a file. In the content
// steps' process (scripts/build/content-steps.ts), as the check is, so that the archive it loads
// (about 170 MB more at 5,000 articles) is given back before Next.js's processes start, rather than
// held by the build's through all of them.
import fs from "node:fs";
import { z } from "zod";
import { publishedRecord, publishedRecordSchema } from "../../lib/build/last-build";
import { pageKeys } from "../../lib/build/page-keys";
import { storyPhotos } from "../../lib/content/article";
import type { PublishableContent } from "../check";
import { config } from "../../lib/config";
import { viewSite } from "../../lib/enrich/site-view";
import { socialCardAt, socialCards } from "../../lib/publish/seo";

const pageInputs = z.object({
  keys: z.record(z.string(), z.string()),
  cards: z.array(socialCardAt),
  /** Each published story's photos, its own and its live updates', as its frontmatter names them. */
  images: z.array(z.string()),
  /** Each reporter's photo, as their file names it. */
  portraits: z.array(z.string()),
  published: publishedRecordSchema,
});
export type PageInputs = z.infer<typeof pageInputs>;

/** What the process below wrote to `file`. */
export function readPageInputs(file: string): PageInputs {
  return pageInputs.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

/** Writes the page inputs of `content`, the build's content snapshot as loaded, to `file`. */
export function writePageInputs({ articles, authors, pages }: PublishableContent, file: string): void {
  // Before viewSite links them: the record is of the stories as assembled.
  const published = publishedRecord(articles);
  const view = viewSite(articles, config.preview, { authors, pages });
  const images = view.published.flatMap((article) => storyPhotos(article).map(({ src }) => src));
  const portraits = authors.flatMap((author) => (author.image ? [author.image.src] : []));
  const inputs: PageInputs = { keys: Object.fromEntries(pageKeys(view, config.PUBLIC_DIR)), cards: socialCards(view.site), images, portraits, published };
  fs.writeFileSync(file, JSON.stringify(inputs), { mode: 0o600 });
}
