// One exported page without the Next.js runtime. Every decision is made on the elements a real
// parser (parse5) finds, never on the raw text: an article may quote `$RC=` or `self.__next_f`,
// or link to a file named index.txt, and that is the article's text, not Next.js's code. The HTML
// is edited at the byte ranges the parser gives, so everything else stays as Next.js wrote it.
// It throws, failing the build, when the output is not the shape it knows: a Next.js upgrade
// must not silently leave scripts in, or strip something a page needs.
import { attribute, htmlElements, inlineScriptSource, inlineText, isInlineScript, type Element } from "./html-elements";

/** A page stripped: its HTML, the inline scripts it keeps (as CSP sources), and the site paths it links to. */
export interface StrippedPage {
  html: string;
  inlineScripts: string[];
  links: string[];
}

const FRAMEWORK_PREFIX = "/_next/";
// Next's inline bootstrap: the RSC payload (self.__next_f) and Turbopack's chunk list.
const FRAMEWORK_INLINE = /^\s*(?:\(self\.__next_f\s*=|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\])/;
// A script of Next's that the patterns above did not recognise.
const FRAMEWORK_LEFT = /__next_f|\/_next\/[^"')]*\.js\b/;
// React's out-of-order streaming moves late content into place with scripts (and holds it in
// <template id="B:0"> and the like): without them the content would stay hidden.
const STREAMING_SCRIPT = /\$R[CSX]\s*=/;
const STREAMING_TEMPLATE = /^[BPS]:/;

/** Why an element is Next's runtime, or undefined if it is the page's own. */
function frameworkPart(element: Element): "script" | "payload" | "preload" | undefined {
  if (element.tagName === "script") {
    const src = attribute(element, "src");
    if (src !== undefined) return src.startsWith(FRAMEWORK_PREFIX) ? "script" : undefined;
    return isInlineScript(element) && FRAMEWORK_INLINE.test(inlineText(element)) ? "payload" : undefined;
  }
  if (element.tagName === "link") {
    const rel = attribute(element, "rel") ?? "";
    const href = attribute(element, "href") ?? "";
    const preloadsScript = rel === "modulepreload" || (rel === "preload" && attribute(element, "as") === "script");
    return preloadsScript && href.startsWith(FRAMEWORK_PREFIX) ? "preload" : undefined;
  }
  return undefined;
}

/** Throws if a kept element is Next's streaming or a Next.js script left behind. */
function refuseLeftovers(element: Element, page: string): void {
  if (element.tagName === "template" && STREAMING_TEMPLATE.test(attribute(element, "id") ?? "")) {
    throw new Error(`${page}: it streams content in with scripts, which cannot be removed`);
  }
  if (!isInlineScript(element)) {
    if (element.tagName === "script" && FRAMEWORK_LEFT.test(attribute(element, "src") ?? "")) throw new Error(`${page}: a Next.js script is still referenced after stripping`);
    return;
  }
  const source = inlineText(element);
  if (STREAMING_SCRIPT.test(source)) throw new Error(`${page}: it streams content in with scripts, which cannot be removed`);
  if (FRAMEWORK_LEFT.test(source)) throw new Error(`${page}: a Next.js script is still referenced after stripping`);
}

/** The site path an element's href or src names, if it is on this site ("/a/b.txt", decoded). */
function linkedPath(element: Element, pageUrl: URL): string | undefined {
  const value = attribute(element, "href") ?? attribute(element, "src");
  if (value === undefined) return undefined;
  const url = URL.canParse(value, pageUrl) ? new URL(value, pageUrl) : undefined;
  if (!url || url.origin !== pageUrl.origin) return undefined;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** `page` is the page's file relative to the site's root (articles/a/index.html), for messages and relative links. */
export function strippedPage(html: string, page: string): StrippedPage {
  const pageUrl = new URL(page.split("\\").join("/"), "http://site.invalid/");
  const found = { script: 0, payload: 0, preload: 0 };
  const ranges: [number, number][] = [];
  const inlineScripts: string[] = [];
  const links: string[] = [];
  for (const element of htmlElements(html)) {
    const part = frameworkPart(element);
    if (!part) {
      refuseLeftovers(element, page);
      const source = inlineScriptSource(element);
      if (source) inlineScripts.push(source);
      const link = linkedPath(element, pageUrl);
      if (link) links.push(link);
      continue;
    }
    const location = element.sourceCodeLocation;
    if (!location) throw new Error(`${page}: the parser gave no position for a <${element.tagName}>`);
    found[part] += 1;
    ranges.push([location.startOffset, location.endOffset]);
  }
  if (found.script === 0 || found.payload === 0) {
    throw new Error(
      `${page}: expected Next.js's runtime scripts and inlined RSC payload, found ${found.script} and ${found.payload}: ` +
        "the export has changed shape (a Next.js upgrade?); update scripts/build/strip-page.ts",
    );
  }
  let stripped = "";
  let from = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    stripped += html.slice(from, start);
    from = end;
  }
  stripped += html.slice(from);
  return { html: stripped, inlineScripts, links };
}

/** One exported page without the Next.js runtime; throws if the page is not what it expects. */
export function stripPage(html: string, page = "index.html"): string {
  return strippedPage(html, page).html;
}
