// One article file, from its name and bytes alone: parse -> validate -> render. Nothing here
// touches the file system, so the whole path can be tested (and fuzzed) in memory.
import type { BodySection } from "../render/markdown";
import { accepts } from "./accepted-warnings";
import { ARTICLES, checkMarkdownFile, type CheckedDoc } from "./markdown-file";
import type { ParsedSource } from "./parse";
import type { ContentProblem } from "./problems";
import { isRecord } from "./records";
import type { Frontmatter } from "./schema";
import { fieldName, validateFrontmatter } from "./validate";
import { renderLiveText } from "../render/live-text";
import { countWords } from "../render/reading-time";
import { updateAnchor } from "../site";

export { MAX_ARTICLE_BYTES } from "./markdown-file";

const DRAFT_LINE = /^draft:[ \t]*true[ \t]*(#.*)?\r?$/m;

export interface CheckedFile {
  file: string;
  problems: ContentProblem[];
  /** The frontmatter as written, for checks across files; present whenever it could be parsed. */
  source?: ParsedSource;
  /** A file whose YAML could not be read but that has a `draft: true` line: a draft, whose errors stop only itself. */
  saysDraft?: true;
  /** Present only when the file has no problems; `words` is the body's count (lib/render/reading-time.ts). */
  article?: { slug: string; frontmatter: Frontmatter; sections: BodySection[]; words: number };
}

/** `folder`: the slugs of the folder's article files, so that a suggested new name is a free one. */
export function checkArticleFile(file: string, name: string, bytes: Uint8Array, folder: ReadonlySet<string> = new Set()): CheckedFile {
  const { problems, source, unreadText, doc: read } = checkMarkdownFile(file, name, bytes, ARTICLES, validateFrontmatter, folder);
  const liveProblems = source ? [...liveTextProblems(file, source), ...(read ? anchorClashes(file, read, source) : [])] : [];
  problems.push(...liveProblems);
  const doc = liveProblems.length > 0 ? undefined : read;
  // What was pasted is read as meant; a story may accept the warning that says so.
  const pastedAccepted = doc !== undefined && accepts(doc.fields, "pasted-text");
  return {
    file,
    problems: pastedAccepted ? problems.filter((problem) => !source?.warnings.includes(problem)) : problems,
    ...(source && { source }),
    ...(unreadText !== undefined && DRAFT_LINE.test(unreadText) && { saysDraft: true }),
    ...(doc && { article: { slug: doc.slug, frontmatter: doc.fields, sections: doc.sections, words: countWords(doc.sections) } }),
  };
}

/**
 * What the markdown of a live story's summary and updates would lose or get wrong, on the line of
 * its field. Read from the fields as written, so that it is told with the file's other mistakes.
 */
function liveTextProblems(file: string, source: ParsedSource): ContentProblem[] {
  const { live, updates } = source.data;
  const texts: { path: PropertyKey[]; markdown: unknown }[] = [
    ...(isRecord(live) ? [{ path: ["live", "summary"], markdown: live.summary }] : []),
    ...(Array.isArray(updates) ? updates.map((entry: unknown, index) => ({ path: ["updates", index, "text"], markdown: isRecord(entry) ? entry.text : undefined })) : []),
  ];
  return texts.flatMap(({ path, markdown }) =>
    typeof markdown === "string" && markdown.trim() !== ""
      ? renderLiveText(markdown.trim()).problems.map(({ message }) => ({ file, line: source.lineOf(path), field: fieldName(path), message }))
      : [],
  );
}

/** An update's link (#update-<id>) that a body subheading of the same words also takes would lead to the subheading. */
function anchorClashes(file: string, { fields, sections }: NonNullable<CheckedDoc<Frontmatter>["doc"]>, source: ParsedSource): ContentProblem[] {
  const headings = new Map(sections.flatMap(({ heading }) => (heading ? [[heading.id, heading.text] as const] : [])));
  return fields.updates.flatMap(({ id }, index) => {
    const heading = headings.get(updateAnchor(id));
    if (heading === undefined) return [];
    const path = ["updates", index, "id"];
    return [
      {
        file,
        line: source.lineOf(path),
        field: fieldName(path),
        message: `its link, #${updateAnchor(id)}, is also the body's subheading "${heading}": reword the subheading, or, if the update is not yet published, change its id`,
      },
    ];
  });
}
