// The search index of a built site, written by Pagefind (the `pagefind` npm package runs its own
// binary, shipped inside the package) into <dir>/pagefind/, for the search page to query in the
// browser. Only articles are indexed: the pages whose markup marks a data-pagefind-body (the
// headline, standfirst and body; components/Article.tsx marks the rest to be ignored). Pagefind
// reads each page's <html lang> and writes one index per language. Each page is indexed as its
// text folded by lib/render/search-text.ts, so that Dari and Pashto are found however typed.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { searchText } from "../../lib/render/search-text";
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

// pagefind-entry.json: { "version": "...", "languages": { "en": { "hash": "en_1a2b", "wasm": "en", ... } } }
const languageIndex = z.object({ hash: z.string(), wasm: z.string().nullish() });
const entrySchema = z.object({ languages: z.record(z.string(), languageIndex) });

function languagesOf(entry: unknown): string[] {
  const parsed = entrySchema.safeParse(entry);
  return parsed.success ? Object.keys(parsed.data.languages).sort() : [];
}

/**
 * The most a reader's first one-word search in `language` downloads from the site in `dir`: the
 * search page's script, Pagefind's script, worker and WebAssembly, the language's metadata, its
 * largest index chunk and one result's fragment (every further result costs a fragment more).
 */
export function firstSearchBytes(dir: string, language = "en"): number {
  const folder = path.join(dir, "pagefind");
  const entry = entrySchema.parse(JSON.parse(fs.readFileSync(path.join(folder, "pagefind-entry.json"), "utf8")));
  const index = entry.languages[language];
  if (!index) throw new Error(`the search index has no ${language} index`);
  const size = (file: string) => fs.statSync(path.join(folder, file)).size;
  const largest = (sub: string) =>
    Math.max(0, ...fs.readdirSync(path.join(folder, sub)).filter((name) => name.startsWith(`${language}_`)).map((name) => size(path.join(sub, name))));
  const fixed = ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json", `wasm.${index.wasm ?? "unknown"}.pagefind`, `pagefind.${index.hash}.pf_meta`];
  return fs.statSync(path.join(dir, "search.js")).size + fixed.reduce((sum, file) => sum + size(file), 0) + largest("index") + largest("fragment");
}
