// Splits an article file into frontmatter and body, and remembers where each field was written so
// that every problem can point at a line. Every value is the text the editor typed: YAML's core
// schema keeps `2025-12-25` as text instead of a Date, and a value YAML would read as a number
// (`0x10`, `007`, `1e3`, a 20-digit number that would lose digits) keeps its own spelling, so
// quoting stays optional. Only `true` and `false` (YAML 1.2's booleans) and an empty value change.
import matter from "gray-matter";
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import { normalisePasted, pastedWarning } from "./pasted-characters";
import type { ContentProblem } from "./problems";
import { isRecord } from "./records";
import { yamlMistakes } from "./yaml-mistakes";

export interface ParsedSource {
  data: Record<string, unknown>;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
  /** File line of the field at `path`, or of its nearest written parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** What was read other than as typed (pasted characters): warnings, which do not stop publishing. */
  warnings: ContentProblem[];
}

export type ParseResult = { ok: true; source: ParsedSource } | { ok: false; problems: ContentProblem[] };

export function parseArticleSource(file: string, text: string): ParseResult {
  if (text.trim() === "") return fail(file, 1, "the file is empty: start it with a --- frontmatter block");
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(text)) {
    return fail(file, 1, "no frontmatter: the file must start with a line of three dashes (---), the fields, and another ---");
  }
  if (!/\n---[ \t]*(\r?\n|$)/.test(text)) return fail(file, 1, "no closing --- after the frontmatter fields");

  let document: Document.Parsed | undefined;
  let yaml = "";
  let pasted: ContentProblem[] = [];
  const lines = new LineCounter();
  const file_ = matter(text, {
    engines: {
      yaml: (yamlText: string) => {
        const normalised = normalisePasted(yamlText);
        yaml = normalised.text;
        // Line numbers survive: characters are replaced or left out, never a line break.
        if (normalised.change) pasted = [{ file, line: normalised.change.line, message: pastedWarning(normalised.change.what), severity: "warning" }];
        document = parseDocument(yaml, { schema: "core", lineCounter: lines, uniqueKeys: true });
        return {};
      },
    },
  });
  const toFileLine = (offset: number) => lines.linePos(offset).line;
  const bodyLine = text.slice(0, text.length - file_.content.length).split("\n").length;

  if (!document) return fail(file, 2, "the frontmatter is empty: add title, standfirst, publishedAt and section");
  // gray-matter hands the engine the text from the end of the opening ---, so its lines are the file's.
  const mistakes = yamlMistakes(yaml, document.errors.length > 0);
  if (mistakes.length > 0) return { ok: false, problems: [...mistakes.map(({ line, message }) => ({ file, line, message })), ...pasted] };
  if (document.errors.length > 0) {
    // One line of YAML's own words per line: a single mistake can make it report three.
    const byLine = new Map(document.errors.map((error) => [toFileLine(error.pos[0]), error.message] as const).reverse());
    return {
      ok: false,
      problems: [...byLine].map(([line, message]) => ({
        file,
        line,
        // yaml's own "at line N, column M" counts from the frontmatter; ours counts from the file.
        message: /call stack/i.test(message)
          ? "YAML: lists or fields nested far too deeply: was something pasted in by mistake?"
          : `YAML syntax: ${message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}: if a value holds a colon, a # or a quote mark, put it in quotes`,
      })),
    };
  }
  visit(document, {
    Scalar(key, node) {
      if (key !== "key" && typeof node.value === "number" && node.source !== undefined) node.value = node.source;
    },
  });
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // yaml refuses to expand aliases past a limit ("billion laughs"), which an editor never needs.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return fail(file, 2, "YAML: the frontmatter's aliases (*name) expand too far: write the values out in full");
    }
    throw error;
  }
  // `odd: &x [*x]` is a list that holds itself: every reader of the fields would go round it for ever.
  const looping = holdsItself(data) ? firstAliasOffset(document) : undefined;
  if (looping !== undefined) {
    return fail(file, toFileLine(looping), "YAML: an alias (*name) stands for the list or field that holds it, so it never ends: write the values out in full");
  }
  if (data === null || data === undefined) return fail(file, 2, "the frontmatter is empty: add title, standfirst, publishedAt and section");
  if (!isRecord(data)) {
    return fail(file, 2, "the frontmatter must be fields written as `name: value`, not a list or a single value");
  }

  const parsed = document;
  return {
    ok: true,
    source: {
      data,
      body: file_.content,
      bodyLine,
      warnings: pasted,
      lineOf(path) {
        for (let depth = path.length; depth > 0; depth--) {
          const offset = keyOffset(parsed, path.slice(0, depth));
          if (offset !== undefined) return toFileLine(offset);
        }
        return undefined;
      },
    },
  };
}

// The line of a field is the line of its key (`title:`), or of its list item (`- date:`).
export function keyOffset(document: Document.Parsed, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
    return isPair(pair) && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  }
  const node = document.getIn(path, true);
  return node && typeof node === "object" && "range" in node ? (node.range as [number] | undefined)?.[0] : undefined;
}

/** Whether `value` holds itself, through lists and fields. */
function holdsItself(value: unknown, holding: Set<unknown> = new Set()): boolean {
  if (!Array.isArray(value) && !isRecord(value)) return false;
  if (holding.has(value)) return true;
  holding.add(value);
  const found = (Array.isArray(value) ? value : Object.values(value)).some((item) => holdsItself(item, holding));
  holding.delete(value);
  return found;
}

/** Where the frontmatter's first alias (*name) is written, as an offset. */
function firstAliasOffset(document: Document.Parsed): number {
  let offset = 0;
  visit(document, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function fail(file: string, line: number, message: string): ParseResult {
  return { ok: false, problems: [{ file, line, message }] };
}
