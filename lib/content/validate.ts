// Turns the schema's verdict into problems an editor can act on: where (file, line, field), what
// was expected, and what was found.
import type { core, z } from "zod";
import { closeGuess } from "./close-guess";
import { showInvisible } from "./names";
import type { ParsedSource } from "./parse";
import type { ContentProblem } from "./problems";
import { FIELD_NAMES, frontmatterSchema, type Frontmatter } from "./schema";

export type Validated<T> = { ok: true; frontmatter: T } | { ok: false; problems: ContentProblem[] };
export type ValidationResult = Validated<Frontmatter>;

export function validateFrontmatter(file: string, source: ParsedSource): ValidationResult {
  return validateWith(frontmatterSchema, FIELD_NAMES, file, source);
}

/**
 * A file's fields against one of the contracts (an article's, an author's, a page's);
 * `fieldNames` are its allowed names at each level, for "did you mean" on a misspelt one.
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  fieldNames: Record<string, readonly string[]>,
  file: string,
  source: ParsedSource,
): Validated<z.output<S>> {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { ok: true, frontmatter: result.data };

  const problems = result.error.issues.flatMap((issue) => toProblems(file, source, issue, fieldNames));
  // zod can report one mistake twice (a URL's protocol and its host); an editor needs it once.
  const seen = new Set<string>();
  return {
    ok: false,
    problems: problems.filter((p) => {
      const key = `${p.field}|${p.message}`;
      return !seen.has(key) && Boolean(seen.add(key));
    }),
  };
}

function toProblems(file: string, source: ParsedSource, issue: core.$ZodIssue, fieldNames: Record<string, readonly string[]>): ContentProblem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return { file, line: source.lineOf(path), field: fieldName(path), message: unknownFieldMessage(key, fieldNames[String(issue.path[0] ?? "")] ?? []) };
    });
  }
  const found = describeFound(issue);
  return [
    {
      file,
      line: source.lineOf(issue.path),
      field: fieldName(issue.path),
      message: found ? `${issue.message}; found ${found}` : issue.message,
    },
  ];
}

function unknownFieldMessage(key: string, known: readonly string[]): string {
  const guess = closeGuess(key, known);
  if (guess) return `unknown field: did you mean "${guess}"?`;
  return `unknown field: remove it, or use one of ${known.join(", ")}`;
}

// Values from outside arrive as `unknown`: say what kind of thing the editor wrote.
function describeFound(issue: core.$ZodIssue): string | undefined {
  if (issue.code === "unrecognized_keys" || !("input" in issue)) return undefined;
  const { input } = issue;
  if (input === undefined) return undefined;
  if (input === null) return "nothing (an empty value)";
  if (Array.isArray(input)) return "a list";
  // A check across fields (updatedAt against publishedAt) sees the whole frontmatter: its message says it all.
  if (typeof input === "object") return issue.code === "invalid_type" ? "a group of fields" : undefined;
  // A space that is not a plain space, or a character that shows nothing, is named where it is.
  return showInvisible(JSON.stringify(input));
}

/** `relatedEvents[1].date`: the way an editor would point at the field. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join("");
}
