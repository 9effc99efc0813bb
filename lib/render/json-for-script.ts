/**
 * JSON to place inside a <script> element. The HTML parser reads the element before any JSON
 * parser does, and ends it at the first "</script>" wherever that appears, even inside a string:
 * a headline containing it would end the JSON-LD early and turn the rest of it into page HTML.
 * Escaping every "<" as \u003c keeps the JSON identical to a JSON parser and invisible to the
 * HTML one (it also rules out "<!--", which changes how the parser looks for the end tag).
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
