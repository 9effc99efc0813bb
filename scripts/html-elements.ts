// Walking a page parsed by parse5, for the scripts that read or rewrite the exported HTML.
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
