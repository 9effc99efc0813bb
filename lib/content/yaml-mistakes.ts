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

// A `#` after a space that is not part of the text (HASH_IN_TEXT) starts a note: YAML reads it so,
// and the new-article template writes one on every line. Suggestions quote the value only and keep
// the note after the quotes, else the note would be published as part of the value.
const isTextHash = (value: string, index: number) => HASH_IN_TEXT.test(value.slice(Math.max(0, index - 2), index + 2));

/** The value as typed and the note after it (`  # (required) the headline`, or ""). */
function splitNote(value: string): [text: string, note: string] {
  const at = [...value.matchAll(/(?<=^|\s)#/g)].map((hash) => hash.index).find((index) => !isTextHash(value, index));
  if (at === undefined) return [value, ""];
  const text = value.slice(0, at).trimEnd();
  return [text, value.slice(text.length)];
}

/** A plain value of a field line, without its note; and the line as it should be typed, the value quoted. */
function plainValue(line: string): { field: string; text: string; quoted: string } | undefined {
  const match = FIELD_LINE.exec(line);
  if (!match || NOT_PLAIN.test(match[3])) return undefined;
  const [, start, field, value] = match;
  const [text, note] = splitNote(value);
  return { field, text, quoted: typed(`${start}${field}: ${quote(text)}${note}`) };
}

function hashMistake(line: string): string | undefined {
  const value = plainValue(line);
  if (!value || !HASH_IN_TEXT.test(value.text)) return undefined;
  const { field, text, quoted } = value;
  const cut = text.slice(0, text.search(HASH_IN_TEXT) + (text.startsWith("#") ? 0 : 1)).trim();
  return `a # after a space starts a note YAML ignores, so ${field} would be ${cut ? quote(cut) : "empty"}; put the value in quotes: ${quoted}`;
}

function colonMistake(line: string): string | undefined {
  const value = plainValue(line);
  if (!value || !/:( |$)/.test(value.text)) return undefined;
  return `a colon followed by a space inside a value: put the value in quotes: ${value.quoted}`;
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
