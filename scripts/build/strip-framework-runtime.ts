// The site has no client component: every page is complete HTML from server components, so the
// Next.js runtime (its script chunks, and the page's RSC payload inlined as `self.__next_f.push`
// scripts and written again as .txt files) only serves client-side navigation. Readers on
// metered phone data pay for it on every page; without it, links are plain page loads.
// This removes it from an exported folder: each page in a thread (scripts/build/strip-page.ts),
// then the files only the runtime used.
import fs from "node:fs";
import path from "node:path";
import { inParallel } from "./in-parallel";
import { stripPageFile, strippedFile } from "./strip-worker";

/** What the post-processing did, for the build's log. */
export interface StripReport {
  pages: number;
  removedFiles: number;
  removedBytes: number;
  /** The inline scripts left in each page, as CSP sources, for scripts/build/host-headers.ts. */
  inlineScriptsByPage: Map<string, string[]>;
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

/** Removes the stripped copies written so far, and gives back `error`. */
function withoutStripped(pages: string[], error: unknown): unknown {
  for (const page of pages) fs.rmSync(strippedFile(page), { force: true });
  return error;
}

/**
 * Strips every page of an exported site in place and deletes the files only the runtime used.
 * `fromPublic` are the addresses of files copied from public/: not pages, so left as they are.
 */
export async function stripFrameworkRuntime(dir: string, fromPublic: readonly string[] = []): Promise<StripReport> {
  const copied = new Set(fromPublic.map((address) => path.join(dir, address)));
  const files = filesIn(dir).filter((file) => !copied.has(file));
  const pages = files.filter((file) => file.endsWith(".html"));
  // Every page is stripped, each beside itself, before any page or file is changed: one that cannot be leaves the folder as it was.
  const strippedPages = await inParallel(stripPageFile, pages.map((file) => ({ file, page: path.relative(dir, file) }))).catch((error: unknown) => {
    throw withoutStripped(pages, error);
  });
  const removed = files.filter((file) => isRuntimeFile(file, dir));
  const removedPaths = new Set(removed.map((file) => `/${path.relative(dir, file).split(path.sep).join("/")}`));
  // A file a page still links to must not go.
  strippedPages.forEach(({ links }, index) => {
    const kept = links.find((link) => removedPaths.has(link));
    if (kept) throw withoutStripped(pages, new Error(`${path.relative(dir, pages[index])} still links to ${kept}, a file only the runtime uses`));
  });
  let removedBytes = 0;
  for (const file of removed) {
    removedBytes += fs.statSync(file).size;
    fs.rmSync(file);
  }
  for (const page of pages) fs.renameSync(strippedFile(page), page);
  const inlineScriptsByPage = new Map(pages.map((file, index) => [file, strippedPages[index].inlineScripts]));
  return { pages: pages.length, removedFiles: removed.length, removedBytes, inlineScriptsByPage };
}
