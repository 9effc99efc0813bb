// Walking a page parsed by parse5, for the scripts that read or rewrite the exported HTML.
import { createHash } from "node:crypto";
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];

/** Every element of the page, in document order, with its place in the source. */
export function* htmlElements(html: string): Generator<Element> {
  yield* descendants(parse(html, { sourceCodeLocationInfo: true }));
}

function* descendants(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  const children = "content" in node && node.content ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* descendants(child);
}

export const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** The text directly inside an element: an inline script's source. */
export function inlineText(element: Element): string {
  return element.childNodes.map((child) => ("value" in child && child.nodeName === "#text" ? child.value : "")).join("");
}

// What browsers run as script; anything else in a <script> (JSON-LD, for one) is data, never run.
const SCRIPT_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript"]);

/** Whether the element is an inline script the browser would run (not JSON-LD or other data). */
export function isInlineScript(element: Element): boolean {
  return element.tagName === "script" && attribute(element, "src") === undefined && SCRIPT_TYPES.has((attribute(element, "type") ?? "").trim().toLowerCase());
}

/** The CSP source ('sha256-...') of an inline script the browser would run; undefined for any other element. */
export function inlineScriptSource(element: Element): string | undefined {
  if (!isInlineScript(element)) return undefined;
  return `'sha256-${createHash("sha256").update(inlineText(element), "utf8").digest("base64")}'`;
}
