// The YAML mistakes editors make every day, recognised by the line they are on and told in plain
// words with the line as it should be typed. YAML's own messages ("Nested mappings are not allowed
// in compact mappings") name its grammar, not the fix, and two of these mistakes are not YAML
// errors at all: a `#` starts a comment that silently cuts a headline short, and a list item
// indented too far joins the item above ("Iran - Taliban").
import { FIELD_NAMES } from "./schema";

export interface YamlMistake {
  /** 1-based, counted in the text given. */
  line: number;
  message: string;
}

const FIELDS = new Set(Object.values(FIELD_NAMES).flat());
// `  - title: value` or `title: value`: indentation, an optional list dash, a field name, its value.
const FIELD_LINE = /^(\s*(?:- +)?)([A-Za-z]+): +(.*?)\s*$/;
const LIST_ITEM = /^( *)- /;
// A value YAML reads as more than plain text: quoted, a list or group, a block of lines.
const NOT_PLAIN = /^["'[{|>&*!]/;
// `#` right after one space and touching a word (`#5`, `#MeToo`) is part of the text; a comment is
// written `  # like this`, as the new-article template does.
const HASH_IN_TEXT = /(^|[^ ] )#(?=[^\s#])/;

const quote = (text: string) => JSON.stringify(text);
const typed = (line: string) => `\`${line}\``;

function tabMistake(line: string): string | undefined {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
  if (!indent.includes("\t")) return undefined;
  const fixed = indent.replaceAll("\t", "  ") + line.slice(indent.length);
  return `a tab at the start of the line: YAML indents with spaces only; type spaces instead: ${typed(fixed)}`;
}

function hashMistake(line: string): string | undefined {
  const match = FIELD_LINE.exec(line);
  if (!match || NOT_PLAIN.test(match[3]) || !HASH_IN_TEXT.test(match[3])) return undefined;
  const [, start, field, value] = match;
  const cut = value.slice(0, value.search(HASH_IN_TEXT) + (value.startsWith("#") ? 0 : 1)).trim();
  return (
    `a # after a space starts a note YAML ignores, so ${field} would be ${cut ? quote(cut) : "empty"}; ` +
    `put the value in quotes: ${typed(`${start}${field}: ${quote(value)}`)}`
  );
}

function colonMistake(line: string): string | undefined {
  const match = FIELD_LINE.exec(line);
  if (!match || NOT_PLAIN.test(match[3]) || !/:( |$)/.test(match[3])) return undefined;
  const [, start, field, value] = match;
  return `a colon followed by a space inside a value: put the value in quotes: ${typed(`${start}${field}: ${quote(value)}`)}`;
}

function missingSpaceMistake(line: string): string | undefined {
  const match = /^(\s*(?:- +)?)([A-Za-z]+):(\S.*)$/.exec(line);
  if (!match || !FIELDS.has(match[2]) || match[3].startsWith("//")) return undefined;
  return `no space after the colon: type one: ${typed(`${match[1]}${match[2]}: ${match[3]}`)}`;
}

/** A list item indented differently from the item just above it. */
function listMistake(line: string, above: string | undefined): string | undefined {
  const item = LIST_ITEM.exec(line);
  const previous = above === undefined ? null : LIST_ITEM.exec(above);
  if (!item || !previous || item[1].length === previous[1].length) return undefined;
  const fixed = previous[1] + line.trimStart();
  return `a list item out of line: start its - exactly under the one above: ${typed(fixed)}`;
}

/**
 * The mistakes on each line of `yaml`. Those YAML would silently misread are looked for always; the
 * others only when YAML has reported an error (`parseFailed`), so a line that parsed as meant is
 * never second-guessed.
 */
export function yamlMistakes(yaml: string, parseFailed: boolean): YamlMistake[] {
  const mistakes: YamlMistake[] = [];
  let above: string | undefined;
  yaml.split("\n").forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const message =
      listMistake(line, above) ??
      hashMistake(line) ??
      (parseFailed ? (tabMistake(line) ?? colonMistake(line) ?? missingSpaceMistake(line)) : undefined);
    if (message) mistakes.push({ line: index + 1, message });
    above = line;
  });
  return mistakes;
}
