// Characters that XML forbids, found wherever an editor can type them: in any frontmatter value
// (a YAML escape such as "\x07" or "\ud800" makes them) and in the body. Feeds and sitemaps are
// XML, and one such character makes a strict reader drop the whole feed; a lone surrogate also
// breaks the share links (encodeURIComponent throws). So the check refuses them, by place.
import type { ParsedSource } from "./parse";
import type { ContentProblem } from "./problems";
import { isRecord } from "./records";
import { fieldName } from "./validate";

/**
 * C0 controls but tab, line feed and carriage return; DEL and C1 controls are allowed by XML but
 * never meant; Unicode's noncharacters (U+FDD0..U+FDEF, and the last two of every plane); a
 * surrogate that is not half of a pair.
 */
const PLANE_ENDS = Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join("");
const FORBIDDEN = `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ufdd0-\\ufdef${PLANE_ENDS}]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]`;
const FORBIDDEN_CHARACTER = new RegExp(FORBIDDEN, "u");
const FORBIDDEN_ALL = new RegExp(FORBIDDEN, "gu");

const codePoint = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

function kind(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (code >= 0xd800 && code <= 0xdfff) return "half of a surrogate pair, which is no character";
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return "a control character";
  return "a Unicode noncharacter";
}

/** "U+0007 (a control character) at character 12": what and where, for the message. */
function describe(text: string): string | undefined {
  const match = FORBIDDEN_CHARACTER.exec(text);
  if (!match) return undefined;
  return `${codePoint(match[0])} (${kind(match[0])}) at character ${[...text.slice(0, match.index)].length + 1}`;
}

const FIX = "feeds and search engines cannot read it; delete it (it is invisible: retype the words around it)";

/** Every frontmatter value and body line holding a character XML forbids, one problem each. */
export function forbiddenCharacterProblems(file: string, source: ParsedSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === "string") {
      const found = describe(value);
      if (found) problems.push({ file, line: source.lineOf(path), field: fieldName(path), message: `${found}: ${FIX}` });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (isRecord(value)) Object.entries(value).forEach(([key, item]) => visit(item, [...path, key]));
  };
  visit(source.data, []);
  source.body.split("\n").forEach((text, index) => {
    const found = describe(text);
    if (found) problems.push({ file, line: source.bodyLine + index, field: "body", message: `${found}: ${FIX}` });
  });
  return problems;
}

/** `text` with every character XML forbids removed: what each XML writer passes text through. */
export const xmlSafe = (text: string) => text.replace(FORBIDDEN_ALL, "");
