// One kept result of the content check, as the cache holds it (lib/build/check-cache.ts): a
// CheckedFile (lib/content/article-file.ts) as JSON, without what can be had again for less than
// keeping it: the body (the end of the file's text), the frontmatter as the contract reads it (from
// the fields as written, through the contract itself) and where each field was written. Read back
// through a schema; whatever does not read back as it was written is not kept.
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import type { CheckedFile } from "../content/article-file";
import { parseArticleSource, type ParsedSource } from "../content/parse";
import type { ContentProblem } from "../content/problems";
import { frontmatterSchema } from "../content/schema";
import { bodySectionSchema } from "../render/markdown";

const problemSchema = z.object({
  file: z.string(),
  line: z.number().optional(),
  field: z.string().optional(),
  message: z.string(),
  severity: z.enum(["error", "warning"]).optional(),
}) satisfies z.ZodType<ContentProblem>;

// Kept under its key in a sealed file of many (check-cache.ts): the seal covers which key holds which entry.
const entrySchema = z.object({
  problems: z.array(problemSchema),
  source: z.object({ data: z.record(z.string(), z.unknown()), bodyLength: z.number(), bodyLine: z.number(), warnings: z.array(problemSchema) }).optional(),
  saysDraft: z.literal(true).optional(),
  article: z.object({ slug: z.string(), sections: z.array(bodySectionSchema), words: z.number().int().nonnegative() }).optional(),
});
type Entry = z.infer<typeof entrySchema>;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** What to keep for `checked`, the result for the file of `bytes`; undefined when it would not read back as it is. */
export function keptEntry(checked: CheckedFile, bytes: Uint8Array): Entry | undefined {
  const entry = toEntry(checked, bytes);
  if (!entry) return undefined;
  // Frontmatter JSON cannot carry (a field named __proto__, a list that holds itself through YAML
  // aliases) would read back otherwise, or not be written at all: such a file is checked again each time instead.
  try {
    return isDeepStrictEqual(parseEntry(JSON.parse(JSON.stringify(entry))), entry) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** The result `kept` (as JSON.parse gave it) holds for the file of `bytes`; undefined if it is of another shape, or the contract reads its fields otherwise. */
export function checkedFromEntry(kept: unknown, file: string, bytes: Uint8Array): CheckedFile | undefined {
  const entry = parseEntry(kept);
  return entry && toChecked(entry, file, bytes);
}

function parseEntry(kept: unknown): Entry | undefined {
  const entry = entrySchema.safeParse(kept);
  return entry.success ? entry.data : undefined;
}

// Problems as JSON carries them: a `line: undefined` is no line.
const plain = ({ file, line, field, message, severity }: ContentProblem): ContentProblem => ({
  file,
  ...(line !== undefined && { line }),
  ...(field !== undefined && { field }),
  message,
  ...(severity !== undefined && { severity }),
});

function toEntry({ problems, source, saysDraft, article }: CheckedFile, bytes: Uint8Array): Entry | undefined {
  // The body is kept as its length, so it must be the end of the text.
  if (source && !utf8.decode(bytes).endsWith(source.body)) return undefined;
  return {
    problems: problems.map(plain),
    ...(source && { source: { data: source.data, bodyLength: source.body.length, bodyLine: source.bodyLine, warnings: source.warnings.map(plain) } }),
    ...(saysDraft && { saysDraft }),
    ...(article && { article: { slug: article.slug, sections: article.sections, words: article.words } }),
  };
}

function toChecked({ problems, source, saysDraft, article }: Entry, file: string, bytes: Uint8Array): CheckedFile | undefined {
  const checked: CheckedFile = { file, problems, ...(saysDraft && { saysDraft }) };
  if (source) {
    const { bodyLength, ...rest } = source;
    const text = utf8.decode(bytes);
    if (bodyLength > text.length) return undefined;
    checked.source = { ...rest, body: text.slice(text.length - bodyLength), lineOf: linesReadAgain(file, text) };
  }
  if (article) {
    const frontmatter = source && frontmatterSchema.safeParse(source.data);
    if (!frontmatter?.success) return undefined;
    checked.article = { slug: article.slug, frontmatter: frontmatter.data, sections: article.sections, words: article.words };
  }
  return checked;
}

// Where each field was written is asked for only to point at a problem found across files, which
// few files have: rather than keep every position, the file's YAML is read again when one is asked.
function linesReadAgain(file: string, text: string): ParsedSource["lineOf"] {
  let lineOf: ParsedSource["lineOf"] | undefined;
  return (fieldPath) => {
    if (!lineOf) {
      const parsed = parseArticleSource(file, text);
      lineOf = parsed.ok ? parsed.source.lineOf : () => undefined;
    }
    return lineOf(fieldPath);
  };
}
