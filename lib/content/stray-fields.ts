// A field pasted one line too low (`draft: true` just below the closing ---) is body text: the
// story goes out with the words "draft: true" at the top, and is not a draft. Lines at the top of
// the body that look like a contract field are therefore pointed out; only the first paragraph is
// read, since further down "section: ..." may well be prose.
import type { ContentProblem } from "./problems";
import type { ParsedSource } from "./parse";
import { FIELD_NAMES } from "./schema";

/** How far into the body a stray field is looked for: a pasted block is a few lines long. */
const TOP_LINES = 8;

const FIELD_LINE = /^\s*(?:-\s+)?([A-Za-z]+)\s*:(?:\s|$)/;

export function strayFieldWarnings(file: string, { body, bodyLine }: ParsedSource): ContentProblem[] {
  const names = new Set(Object.values(FIELD_NAMES).flat());
  const lines = body.split("\n").slice(0, TOP_LINES);
  const start = lines.findIndex((line) => line.trim() !== "");
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && line.trim() === "");
  return lines.slice(start, end === -1 ? undefined : end).flatMap((line, index): ContentProblem[] => {
    const name = FIELD_LINE.exec(line)?.[1];
    if (!name || !names.has(name)) return [];
    return [
      {
        file,
        line: bodyLine + start + index,
        field: "body",
        message: `"${line.trim()}" looks like the ${name} field, but it is below the closing --- and would be published as text: move it above the closing ---`,
        severity: "warning",
      },
    ];
  });
}
