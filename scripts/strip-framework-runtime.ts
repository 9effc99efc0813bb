// The site has no client component: every page is complete HTML from server components, so the
// Next.js runtime (its script chunks, and the page's RSC payload inlined as `self.__next_f.push`
// scripts and written again as .txt files) only serves client-side navigation. Readers on
// metered phone data pay for it on every page; without it, links are plain page loads.
// This removes it from an exported folder. It edits the HTML at the byte ranges a real parser
// (parse5) gives for each element, so everything else stays byte for byte as Next.js wrote it.
// It throws, failing the build, when the output is not the shape it knows: a Next.js upgrade
// must not silently leave scripts in, or strip something a page needs.
import fs from "node:fs";
import path from "node:path";
import { attribute, htmlElements, inlineScriptSource, inlineText, type Element } from "./html-elements";
import { inParallel } from "./in-parallel";

/** What the post-processing did, for the build's log. */
export interface StripReport {
  pages: number;
  removedFiles: number;
  removedBytes: number;
  /** The inline scripts left in each page, as CSP sources, for scripts/host-headers.ts. */
  inlineScriptsByPage: Map<string, string[]>;
}

const FRAMEWORK_PREFIX = "/_next/";
// Next's inline bootstrap: the RSC payload (self.__next_f) and Turbopack's chunk list.
const FRAMEWORK_INLINE = /^\s*(?:\(self\.__next_f\s*=|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\])/;
// React's out-of-order streaming moves late content into place with scripts: without them the
// content would stay hidden, so such a page cannot be stripped.
const STREAMING = /\$RC\s*=|\$RS\s*=|\$RX\s*=|<template id="[BPS]:/;

/** Why an element is Next's runtime, or undefined if it is the page's own. */
function frameworkPart(element: Element): "script" | "payload" | "preload" | undefined {
  if (element.tagName === "script") {
    const src = attribute(element, "src");
    if (src !== undefined) return src.startsWith(FRAMEWORK_PREFIX) ? "script" : undefined;
    return FRAMEWORK_INLINE.test(inlineText(element)) ? "payload" : undefined;
  }
  if (element.tagName === "link") {
    const rel = attribute(element, "rel") ?? "";
    const href = attribute(element, "href") ?? "";
    const preloadsScript = rel === "modulepreload" || (rel === "preload" && attribute(element, "as") === "script");
    return preloadsScript && href.startsWith(FRAMEWORK_PREFIX) ? "preload" : undefined;
  }
  return undefined;
}

/** One exported page without the Next.js runtime; throws if the page is not what it expects. */
export function stripPage(html: string, page = "the page"): string {
  return strippedPage(html, page).html;
}

interface StrippedPage {
  html: string;
  inlineScripts: string[];
}

/** One page of the export, read and stripped: what each thread of stripFrameworkRuntime does. */
export function stripPageFile({ file, page }: { file: string; page: string }): StrippedPage {
  return strippedPage(fs.readFileSync(file, "utf8"), page);
}

function strippedPage(html: string, page: string): StrippedPage {
  if (STREAMING.test(html)) throw new Error(`${page}: it streams content in with scripts, which cannot be removed`);
  const found = { script: 0, payload: 0, preload: 0 };
  const ranges: [number, number][] = [];
  const inlineScripts: string[] = [];
  for (const element of htmlElements(html)) {
    const part = frameworkPart(element);
    if (!part) {
      const source = inlineScriptSource(element);
      if (source) inlineScripts.push(source);
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
        "the export has changed shape (a Next.js upgrade?); update scripts/strip-framework-runtime.ts",
    );
  }
  let stripped = "";
  let from = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    stripped += html.slice(from, start);
    from = end;
  }
  stripped += html.slice(from);
  if (stripped.includes("__next_f") || /["'(]\/_next\/[^"')]*\.js\b/.test(stripped)) {
    throw new Error(`${page}: a Next.js script is still referenced after stripping`);
  }
  return { html: stripped, inlineScripts };
}

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The files only the runtime used: its script chunks and manifests, and the RSC payload files. */
function isRuntimeFile(file: string, dir: string): boolean {
  const relative = path.relative(dir, file).split(path.sep).join("/");
  if (relative.startsWith("_next/")) return relative.endsWith(".js");
  const name = path.basename(file);
  // index.txt is a page's payload when it sits beside the page; robots.txt and the like are not.
  return name.startsWith("__next.") || (name === "index.txt" && fs.existsSync(path.join(path.dirname(file), "index.html")));
}

/**
 * Strips every page of an exported site in place and deletes the files only the runtime used.
 * `fromPublic` are the addresses of files copied from public/: not pages, so left as they are.
 */
export async function stripFrameworkRuntime(dir: string, fromPublic: readonly string[] = []): Promise<StripReport> {
  const copied = new Set(fromPublic.map((address) => path.join(dir, address)));
  const files = filesIn(dir).filter((file) => !copied.has(file));
  const pages = files.filter((file) => file.endsWith(".html"));
  // Every page is stripped before anything is written, so one that cannot be leaves the folder as it was.
  const strippedPages = await inParallel<{ file: string; page: string }, StrippedPage>(
    // __filename, not import.meta: Playwright loads this file (tests/e2e) as CommonJS.
    __filename,
    "stripPageFile",
    pages.map((file) => ({ file, page: path.relative(dir, file) })),
  );
  const removed = files.filter((file) => isRuntimeFile(file, dir));
  const removedNames = new Set(removed.map((file) => path.basename(file)));
  // A file a page still links to must not go.
  strippedPages.forEach(({ html }, index) => {
    for (const name of removedNames) {
      if (html.includes(`/${name}`)) throw new Error(`${path.relative(dir, pages[index])} still refers to ${name}, a file only the runtime uses`);
    }
  });
  let removedBytes = 0;
  for (const file of removed) {
    removedBytes += fs.statSync(file).size;
    fs.rmSync(file);
  }
  strippedPages.forEach(({ html }, index) => fs.writeFileSync(pages[index], html));
  const inlineScriptsByPage = new Map(pages.map((file, index) => [file, strippedPages[index].inlineScripts]));
  return { pages: pages.length, removedFiles: removed.length, removedBytes, inlineScriptsByPage };
}
