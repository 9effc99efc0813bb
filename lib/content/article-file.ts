// One article file, from its name and bytes alone: parse -> validate -> render. Nothing here
// touches the file system, so the whole path can be tested (and fuzzed) in memory.
import { renderBody, type BodySection } from "../render/markdown";
import { forbiddenCharacterProblems } from "./characters";
import { parseArticleSource, type ParsedSource } from "./parse";
import type { ContentProblem } from "./problems";
import { fileNameProblem } from "./file-name";
import type { Frontmatter } from "./schema";
import { validateFrontmatter } from "./validate";

// A real article is a few tens of kilobytes; a file far larger is almost always a paste gone wrong,
// and would slow every build.
export const MAX_ARTICLE_BYTES = 1_000_000;

const DRAFT_LINE = /^draft:[ \t]*true[ \t]*(#.*)?\r?$/m;

export interface CheckedFile {
  file: string;
  problems: ContentProblem[];
  /** The frontmatter as written, for checks across files; present whenever it could be parsed. */
  source?: ParsedSource;
  /** A file whose YAML could not be read but that has a `draft: true` line: a draft, whose errors stop only itself. */
  saysDraft?: true;
  /** Present only when the file has no problems. */
  article?: { slug: string; frontmatter: Frontmatter; sections: BodySection[] };
}

/** `folder`: the slugs of the folder's article files, so that a suggested new name is a free one. */
export function checkArticleFile(file: string, name: string, bytes: Uint8Array, folder: ReadonlySet<string> = new Set()): CheckedFile {
  if (!name.endsWith(".md")) {
    return { file, problems: [{ file, message: "only .md files are articles: rename it to end in .md, or move it out of content/articles/" }] };
  }
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const kilobytes = Math.ceil(bytes.length / 1000);
    return {
      file,
      problems: [{ file, message: `the file is ${kilobytes} KB, over the 1 MB (1000 KB) an article may be: was something pasted in by mistake?` }],
    };
  }

  const slug = name.slice(0, -".md".length);
  const nameProblem = fileNameProblem(file, slug, folder);
  const problems: ContentProblem[] = nameProblem ? [nameProblem] : [];

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { file, problems: [...problems, { file, message: "it is not UTF-8 text: save it as UTF-8" }] };
  }

  const parsed = parseArticleSource(file, text);
  if (!parsed.ok) return { file, problems: [...problems, ...parsed.problems], ...(DRAFT_LINE.test(text) && { saysDraft: true }) };
  const { source } = parsed;
  const validated = validateFrontmatter(file, source);
  const body = renderBody(source.body);
  problems.push(
    ...(validated.ok ? [] : validated.problems),
    ...forbiddenCharacterProblems(file, source),
    ...body.problems.map(({ line, message }) => ({
      file,
      line: line === undefined ? undefined : source.bodyLine + line - 1,
      field: "body",
      message,
    })),
  );
  if (!validated.ok || problems.length > 0) return { file, problems: [...problems, ...source.warnings], source };
  return { file, problems: source.warnings, source, article: { slug, frontmatter: validated.frontmatter, sections: body.sections } };
}
