// What every markdown file of content/ must be before its fields are read: a .md file of at most
// 1 MB, named by a slug, in UTF-8, with a frontmatter block. Articles, authors and the newsroom's
// pages all open this way, so an editor gets the same message for the same mistake in any folder.
import { parseArticleSource, type ParsedSource } from "./parse";
import type { ContentProblem } from "./problems";
import { SLUG } from "./schema";

// A real article is a few tens of kilobytes; a file far larger is almost always a paste gone wrong,
// and would slow every build.
export const MAX_ARTICLE_BYTES = 1_000_000;

export type OpenedFile =
  | { ok: true; slug: string; source: ParsedSource; problems: ContentProblem[] }
  | { ok: false; problems: ContentProblem[] };

/** What a folder's files are, for the messages. */
export interface FileKind {
  /** "articles" */
  plural: string;
  /** "an article" */
  one: string;
  /** "content/articles/" */
  folder: string;
}

export const ARTICLES: FileKind = { plural: "articles", one: "an article", folder: "content/articles/" };

export function openMarkdownFile(file: string, name: string, bytes: Uint8Array, kind: FileKind): OpenedFile {
  if (!name.endsWith(".md")) {
    return { ok: false, problems: [{ file, message: `only .md files are ${kind.plural}: rename it to end in .md, or move it out of ${kind.folder}` }] };
  }
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const kilobytes = Math.ceil(bytes.length / 1000);
    return {
      ok: false,
      problems: [{ file, message: `the file is ${kilobytes} KB, over the 1 MB (1000 KB) ${kind.one} may be: was something pasted in by mistake?` }],
    };
  }

  const slug = name.slice(0, -".md".length);
  const problems: ContentProblem[] = [];
  if (!SLUG.test(slug)) {
    const suggestion = slug.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    problems.push({
      file,
      message: `file name: the slug "${slug}" must be lowercase letters, digits and single hyphens${suggestion ? `: rename it to ${suggestion}.md` : ""}`,
    });
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [...problems, { file, message: "it is not UTF-8 text: save it as UTF-8" }] };
  }

  const parsed = parseArticleSource(file, text);
  if (!parsed.ok) return { ok: false, problems: [...problems, ...parsed.problems] };
  return { ok: true, slug, source: parsed.source, problems };
}
