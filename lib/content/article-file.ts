// One article file, from its name and bytes alone: parse -> validate -> render. Nothing here
// touches the file system, so the whole path can be tested (and fuzzed) in memory.
import { renderBody, type BodySection } from "../render/markdown";
import { forbiddenCharacterProblems } from "./characters";
import { ARTICLES, openMarkdownFile } from "./markdown-file";
import type { ParsedSource } from "./parse";
import type { ContentProblem } from "./problems";
import type { Frontmatter } from "./schema";
import { validateFrontmatter } from "./validate";

export { MAX_ARTICLE_BYTES } from "./markdown-file";

export interface CheckedFile {
  file: string;
  problems: ContentProblem[];
  /** The frontmatter as written, for checks across files; present whenever it could be parsed. */
  source?: ParsedSource;
  /** Present only when the file has no problems. */
  article?: { slug: string; frontmatter: Frontmatter; sections: BodySection[] };
}

export function checkArticleFile(file: string, name: string, bytes: Uint8Array): CheckedFile {
  const opened = openMarkdownFile(file, name, bytes, ARTICLES);
  if (!opened.ok) return { file, problems: opened.problems };
  const { slug, source, problems } = opened;
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
  if (!validated.ok || problems.length > 0) return { file, problems, source };
  return { file, problems, source, article: { slug, frontmatter: validated.frontmatter, sections: body.sections } };
}
