// What every markdown file of content/ must be before its fields are read: a .md file of at most
// 1 MB, named by a slug, in UTF-8, with a frontmatter block. Articles, authors and the newsroom's
// pages all open this way, so an editor gets the same message for the same mistake in any folder.
import { renderBody, type BodySection } from "../render/markdown";
import { forbiddenCharacterProblems } from "./characters";
import { fileNameProblem } from "./file-name";
import { parseArticleSource, type ParsedSource } from "./parse";
import type { ContentProblem } from "./problems";

// A real article is a few tens of kilobytes; a file far larger is almost always a paste gone wrong,
// and would slow every build.
export const MAX_ARTICLE_BYTES = 1_000_000;

export type OpenedFile =
  | { ok: true; slug: string; source: ParsedSource; problems: ContentProblem[] }
  | { ok: false; problems: ContentProblem[]; /** The text, when it is text but its frontmatter could not be read. */ text?: string };

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

/** `folder`: the slugs of the folder's .md files, so that a suggested new name is a free one. */
export function openMarkdownFile(file: string, name: string, bytes: Uint8Array, kind: FileKind, folder: ReadonlySet<string> = new Set()): OpenedFile {
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
  const nameProblem = fileNameProblem(file, slug, folder);
  const problems: ContentProblem[] = nameProblem ? [nameProblem] : [];

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [...problems, { file, message: "it is not UTF-8 text: save it as UTF-8" }] };
  }

  const parsed = parseArticleSource(file, text);
  if (!parsed.ok) return { ok: false, problems: [...problems, ...parsed.problems], text };
  return { ok: true, slug, source: parsed.source, problems };
}

/** A checked file of any folder: `doc` only when it has no problems. */
export interface CheckedDoc<T> {
  file: string;
  problems: ContentProblem[];
  /** The frontmatter as written, for checks across files; present whenever it could be parsed. */
  source?: ParsedSource;
  /** The text of a file whose frontmatter could not be read. */
  unreadText?: string;
  doc?: { slug: string; fields: T; sections: BodySection[] };
}

export type Validate<T> = (file: string, source: ParsedSource) => { ok: true; frontmatter: T } | { ok: false; problems: ContentProblem[] };

/** A file opened, its fields checked against the folder's contract and its body rendered; warnings ride along. */
export function checkMarkdownFile<T>(file: string, name: string, bytes: Uint8Array, kind: FileKind, validate: Validate<T>, folder?: ReadonlySet<string>): CheckedDoc<T> {
  const opened = openMarkdownFile(file, name, bytes, kind, folder);
  if (!opened.ok) return { file, problems: opened.problems, ...(opened.text !== undefined && { unreadText: opened.text }) };
  const { slug, source, problems } = opened;
  const validated = validate(file, source);
  const body = renderBody(source.body);
  problems.push(
    ...(validated.ok ? [] : validated.problems),
    ...forbiddenCharacterProblems(file, source),
    ...body.problems.map(({ line, message }) => ({ file, line: line === undefined ? undefined : source.bodyLine + line - 1, field: "body", message })),
  );
  if (!validated.ok || problems.length > 0) return { file, problems: [...problems, ...source.warnings], source };
  return { file, problems: source.warnings, source, doc: { slug, fields: validated.frontmatter, sections: body.sections } };
}
