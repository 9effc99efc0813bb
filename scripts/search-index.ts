// The search index of a built site, written by Pagefind (the `pagefind` npm package runs its own
// binary, shipped inside the package) into <dir>/pagefind/, for the search page to query in the
// browser. Only articles are indexed: the pages whose markup marks a data-pagefind-body (the
// headline, standfirst and body; components/Article.tsx marks the rest to be ignored). Pagefind
// reads each page's <html lang> and writes one index per language. Each page is indexed as its
// text folded by lib/render/search-text.ts, so that Dari and Pashto are found however typed.
import fs from "node:fs";
import path from "node:path";
import { searchText } from "../lib/render/search-text";
import { addressOf } from "./host-rules";

export interface SearchIndexReport {
  /** Pages indexed. */
  pages: number;
  /** The languages Pagefind made an index for. */
  languages: string[];
  /** Bytes of everything written to pagefind/. */
  bytes: number;
}

const INDEXED = "data-pagefind-body";
const UNUSED = /^pagefind-(?:(?:component-|modular-)?ui\.(?:js|css)|highlight\.js)$/;
// Inside an article, what is not its reporting: share links, the picture, corrections notes,
// topics and the timeline (the headline, standfirst and body are what a reader searches).
const NOT_THE_STORY = [".share", ".figure", ".corrections", ".topics", ".timeline", ".preview-banner"];

/** Indexes the article pages of the built site in `dir` and writes the index to `dir`/pagefind/. */
export async function writeSearchIndex(dir: string): Promise<SearchIndexReport> {
  // pagefind is an ES module only, and scripts run as CommonJS: imported when needed.
  const { close, createIndex } = await import("pagefind");
  const { index, errors } = await createIndex({ excludeSelectors: NOT_THE_STORY });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    let pages = 0;
    const names = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html")).sort();
    for (const name of names) {
      const html = fs.readFileSync(path.join(dir, name), "utf8");
      if (!html.includes(INDEXED)) continue;
      const url = addressOf(name).replace(/index\.html$/, "");
      const added = await index.addHTMLFile({ url, content: searchText(html) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join("; ")}`);
      pages += 1;
    }
    const outputPath = path.join(dir, "pagefind");
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    // Pagefind's ready-made interfaces: the search page has its own (public/search.js).
    for (const name of fs.readdirSync(outputPath)) if (UNUSED.test(name)) fs.rmSync(path.join(outputPath, name));
    const files = fs.readdirSync(outputPath, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const entry: unknown = JSON.parse(fs.readFileSync(path.join(outputPath, "pagefind-entry.json"), "utf8"));
    return {
      pages,
      languages: languagesOf(entry),
      bytes: files.reduce((sum, file) => sum + fs.statSync(path.join(file.parentPath, file.name)).size, 0),
    };
  } finally {
    await close();
  }
}

// pagefind-entry.json: { "version": "...", "languages": { "en": {...}, "fa": {...} } }
function languagesOf(entry: unknown): string[] {
  if (typeof entry !== "object" || entry === null || !("languages" in entry)) return [];
  const { languages } = entry;
  return typeof languages === "object" && languages !== null ? Object.keys(languages).sort() : [];
}
