// Text pasted from a word processor brings characters an editor cannot see: non-breaking spaces,
// soft hyphens, zero-width spaces, and curly quotes around a whole value. In the frontmatter they
// are never meant (a soft hyphen in a tag made a second tag page; a trailing non-breaking space
// made a date look right and fail), and what was meant is never in doubt, so they are read as the
// plain characters and the editor is told once per file. Characters whose meaning is in doubt
// (bidi marks, joiners) are left for the checks that refuse them (names.ts).
import { count, listed } from "./problems";

// Spaces that look like a space: no-break, figure, narrow no-break.
const SPACES = /[\u00a0\u2007\u202f]/g;
// Soft hyphen, zero-width space, word joiner, and a byte order mark that is not the file's first character.
const NOTHING = /[\u00ad\u200b\u2060\ufeff]/g;
// `title: “Kabul: a city waits”` or `- ‘Iran’`: curly quotes around the whole value, and none inside.
const CURLY_VALUE = /^(\s*(?:- +)?(?:[A-Za-z]+: +)?)(?:“([^“”"]*)”|‘([^‘’']*)’|„([^“”„"]*)[“”])(\s*(?:#.*)?)$/;

export interface Normalised {
  text: string;
  /** Line (counted in `text`, 1-based) of the first change, and what was changed, for the one warning. */
  change?: { line: number; what: string };
}

/** `yaml` with pasted characters made plain, line by line, so every line stays where it was. */
export function normalisePasted(yaml: string): Normalised {
  let spaces = 0;
  let invisible = 0;
  let quoted = 0;
  let firstLine: number | undefined;
  const lines = yaml.split("\n").map((line, index) => {
    const plain = line
      .replace(SPACES, () => (spaces++, " "))
      .replace(NOTHING, () => (invisible++, ""))
      .replace(CURLY_VALUE, (_, start: string, double?: string, single?: string, low?: string, end = "") => {
        quoted++;
        return `${start}${JSON.stringify(double ?? single ?? low ?? "")}${end}`;
      });
    if (plain !== line) firstLine ??= index + 1;
    return plain;
  });
  if (firstLine === undefined) return { text: yaml };
  const what = [
    spaces > 0 && `${count(spaces, "non-breaking space")} as plain spaces`,
    invisible > 0 && `${count(invisible, "invisible character")} (soft hyphens, zero-width spaces) left out`,
    quoted > 0 && `curly quotes around ${count(quoted, "value")} as plain quotes`,
  ].filter((part): part is string => typeof part === "string");
  return { text: lines.join("\n"), change: { line: firstLine, what: listed(what) } };
}

export const pastedWarning = (what: string) =>
  `text pasted from a word processor: read ${what}; nothing to do, but typing those lines afresh makes this warning go away`;
