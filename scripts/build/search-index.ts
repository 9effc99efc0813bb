// The search index of a built site, written by Pagefind (the `pagefind` npm package runs its own
// binary, shipped inside the package) into <dir>/pagefind/, for the search page to query in the
// browser. Only articles are indexed: the pages whose markup marks a data-pagefind-body (the
// headline, standfirst and body; components/Article.tsx marks the rest to be ignored). Pagefind
// reads each page's <html lang> and writes one index per language. Each page is indexed as its
// text folded by lib/render/search-text.ts, so that Dari and Pashto are found however typed.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { CodeFingerprint } from "../../lib/build/code-fingerprint";
import { fileOfAddress } from "../../lib/build/page-keys";
import { searchText } from "../../lib/render/search-text";
import { addressOf } from "./host-rules";
import { keptArchive, readSearchCache, saveSearchCache, type PageFacts } from "./search-cache";

export interface SearchIndexReport {
  /** Pages indexed. */
  pages: number;
  /** The languages Pagefind made an index for. */
  languages: string[];
  /** Bytes of everything written to pagefind/. */
  bytes: number;
  /** Pages Pagefind indexed in this build: the others are in the archive shard kept from the last. */
  indexed: number;
}

/** The pages of the build, each with its key (lib/build/page-keys.ts), and the code's fingerprint: what lets a shard be kept. */
export interface KnownPages {
  keys: ReadonlyMap<string, string>;
  fingerprint: CodeFingerprint;
  cacheDir: string;
}

const INDEXED = "data-pagefind-body";
const UNUSED = /^pagefind-(?:(?:component-|modular-)?ui\.(?:js|css)|highlight\.js)$/;
// A merged index runs on the primary's scripts and WebAssembly: the archive keeps its index alone.
const ARCHIVE_FILES = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index|fragment)$/;
// Inside an article, what is not its reporting: share links, the picture, corrections notes,
// topics and the timeline (the headline, standfirst and body are what a reader searches).
const NOT_THE_STORY = [".share", ".figure", ".corrections", ".topics", ".timeline", ".preview-banner"];
/** Where the archive shard is, inside pagefind/ (public/search.js merges it). */
export const ARCHIVE = "archive";

interface Page extends Omit<PageFacts, "key"> {
  address: string;
  key?: string;
  /** Its text as Pagefind reads it, once read. */
  content?: string;
}

const fileOf = (address: string) => fileOfAddress(address);

// A story's timeline (components/Timeline.tsx) lists the later stories that link to it, and is not
// indexed (NOT_THE_STORY): a new story changes its page, not what Pagefind reads of it. Cut up to
// its first </aside>, so that whatever else the page holds stays in the digest.
const TIMELINE = /<aside class="timeline"[^>]*>[\s\S]*?<\/aside>/;

function read(dir: string, address: string, key?: string): Page {
  const html = fs.readFileSync(path.join(dir, fileOf(address)), "utf8");
  const indexed = html.includes(INDEXED);
  const content = indexed ? searchText(html) : undefined;
  return {
    address,
    key,
    indexed,
    language: /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? "",
    date: /<time dateTime="([^"]*)" data-pagefind-meta="date"/.exec(html)?.[1] ?? "",
    digest: content === undefined ? "" : createHash("sha256").update(content.replace(TIMELINE, "")).digest("base64url"),
    ...(content !== undefined && { content }),
  };
}

/**
 * The search index is two Pagefind indexes that the search page merges (public/search.js): the
 * recent shard, in pagefind/, of the stories of the newest story's month and each language's newest
 * story (so that it has every language, as the primary index must), made by every build; and the
 * archive shard, in pagefind/archive/, of every other story, kept from the last build while what
 * Pagefind reads of its pages is unchanged. A correction or a new story re-indexes the month's
 * stories, not the archive.
 */
function shards(pages: Page[]): { recent: Page[]; archive: Page[] } {
  const month = pages.reduce((newest, page) => (page.date > newest ? page.date : newest), "").slice(0, 7);
  const newestOf = new Map<string, string>();
  for (const page of pages) if (page.date > (newestOf.get(page.language) ?? "")) newestOf.set(page.language, page.date);
  const isRecent = (page: Page) => page.date === "" || page.date.slice(0, 7) >= month || page.date === newestOf.get(page.language);
  return { recent: pages.filter(isRecent), archive: pages.filter((page) => !isRecent(page)) };
}

// The archive's key: what Pagefind reads of its pages, the code that made them, and Pagefind's version and settings.
function archiveKey(archive: Page[], known: KnownPages, pagefindVersion: string): string {
  const pages = archive.map(({ address, digest }) => [address, digest]);
  return createHash("sha256").update(JSON.stringify({ pages, fingerprint: known.fingerprint, pagefindVersion, NOT_THE_STORY })).digest("base64url");
}

const everyPage = (dir: string) =>
  fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html")).map((name) => read(dir, addressOf(name)));
// In the order of their files, whichever way they were found: the same pages make the same index.
const inFileOrder = (pages: Page[]) => pages.sort((a, b) => (fileOf(a.address) < fileOf(b.address) ? -1 : 1));

async function writeIndex(createIndex: (typeof import("pagefind"))["createIndex"], dir: string, pages: Page[], folder: string) {
  const { index, errors } = await createIndex({ excludeSelectors: NOT_THE_STORY });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  for (const page of pages) {
    const url = page.address.replace(/index\.html$/, "");
    const added = await index.addHTMLFile({ url, content: page.content ?? read(dir, page.address).content ?? "" });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join("; ")}`);
  }
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  await index.deleteIndex();
}

/**
 * One Pagefind index of every article of the built site in `dir`, written to `folder`: what the
 * search page's two shards are to answer as (tests/e2e/readers-find-stories.spec.ts).
 */
export async function writeWholeSearchIndex(dir: string, folder: string): Promise<void> {
  const { close, createIndex } = await import("pagefind");
  try {
    await writeIndex(createIndex, dir, inFileOrder(everyPage(dir).filter((page) => page.indexed)), folder);
  } finally {
    await close();
  }
}

/**
 * Indexes the article pages of the built site in `dir` and writes the index to `dir`/pagefind/.
 * Given the build's page keys, it reads only the pages whose key changed since the last build and
 * takes the archive shard from the build cache when none of its pages changed.
 */
export async function writeSearchIndex(dir: string, known?: KnownPages): Promise<SearchIndexReport> {
  const code = known && createHash("sha256").update(JSON.stringify(known.fingerprint)).digest("base64url");
  const last = known && code !== undefined ? readSearchCache(known.cacheDir, code) : undefined;
  const pages: Page[] = [];
  if (known) {
    for (const [address, key] of known.keys) {
      if (!fileOf(address).endsWith(".html")) continue;
      const recorded = last?.pages[address];
      pages.push(recorded?.key === key ? { address, ...recorded } : read(dir, address, key));
    }
  } else pages.push(...everyPage(dir));
  const indexed = inFileOrder(pages.filter((page) => page.indexed));
  const { recent, archive } = shards(indexed);
  // pagefind is an ES module only, and scripts run as CommonJS: imported when needed.
  const { close, createIndex } = await import("pagefind");
  const outputPath = path.join(dir, "pagefind");
  const archivePath = path.join(outputPath, ARCHIVE);
  const writeShard = (shard: Page[], folder: string) => writeIndex(createIndex, dir, shard, folder);
  let reindexed = recent.length;
  try {
    fs.rmSync(outputPath, { recursive: true, force: true });
    await writeShard(recent, outputPath);
    // Pagefind's ready-made interfaces: the search page has its own (public/search.js).
    for (const name of fs.readdirSync(outputPath)) if (UNUSED.test(name)) fs.rmSync(path.join(outputPath, name));
    // Pagefind's version, as it writes it: another version makes another index.
    const key = known && archiveKey(archive, known, entrySchema.parse(JSON.parse(fs.readFileSync(path.join(outputPath, "pagefind-entry.json"), "utf8"))).version);
    if (!(known && key && keptArchive(known.cacheDir, last, key, archivePath))) {
      await writeShard(archive, archivePath);
      for (const name of fs.readdirSync(archivePath)) if (!ARCHIVE_FILES.test(name)) fs.rmSync(path.join(archivePath, name));
      reindexed += archive.length;
    }
    if (known && code !== undefined && key) {
      const facts = Object.fromEntries(pages.flatMap(({ address, key: pageKey, indexed: isIndexed, language, date, digest }) => (pageKey ? [[address, { key: pageKey, indexed: isIndexed, language, date, digest }]] : [])));
      saveSearchCache(known.cacheDir, code, facts, { key, folder: archivePath, indexed: reindexed > recent.length }, last);
    }
  } finally {
    await close();
  }
  const files = fs.readdirSync(outputPath, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const languages = [outputPath, archivePath].flatMap((folder) => languagesOf(JSON.parse(fs.readFileSync(path.join(folder, "pagefind-entry.json"), "utf8"))));
  return {
    pages: indexed.length,
    languages: [...new Set(languages)].sort(),
    bytes: files.reduce((sum, file) => sum + fs.statSync(path.join(file.parentPath, file.name)).size, 0),
    indexed: reindexed,
  };
}

// pagefind-entry.json: { "version": "...", "languages": { "en": { "hash": "en_1a2b", "wasm": "en", ... } } }
const languageIndex = z.object({ hash: z.string(), wasm: z.string().nullish() });
const entrySchema = z.object({ version: z.string(), languages: z.record(z.string(), languageIndex) });

function languagesOf(entry: unknown): string[] {
  const parsed = entrySchema.safeParse(entry);
  return parsed.success ? Object.keys(parsed.data.languages).sort() : [];
}

/**
 * The most a reader's first one-word search in `language` downloads from the site in `dir`: the
 * search page's script, Pagefind's script, worker and WebAssembly, and of each shard its entry, its
 * metadata and largest index chunk in the language, and one result's fragment (every further
 * result costs a fragment more).
 */
export function firstSearchBytes(dir: string, language = "en"): number {
  const primary = path.join(dir, "pagefind");
  const size = (file: string) => fs.statSync(file).size;
  const entryOf = (folder: string) => entrySchema.parse(JSON.parse(fs.readFileSync(path.join(folder, "pagefind-entry.json"), "utf8")));
  const own = entryOf(primary).languages[language];
  if (!own) throw new Error(`the search index has no ${language} index`);
  const largest = (folder: string) =>
    Math.max(0, ...fs.readdirSync(folder).filter((name) => name.startsWith(`${language}_`)).map((name) => size(path.join(folder, name))));
  const shard = (folder: string) => {
    const index = entryOf(folder).languages[language];
    const entry = size(path.join(folder, "pagefind-entry.json"));
    return index ? { entry: entry + size(path.join(folder, `pagefind.${index.hash}.pf_meta`)) + largest(path.join(folder, "index")), fragment: largest(path.join(folder, "fragment")) } : { entry, fragment: 0 };
  };
  const both = [shard(primary), shard(path.join(primary, ARCHIVE))];
  const scripts = [path.join(dir, "search.js"), ...["pagefind.js", "pagefind-worker.js", `wasm.${own.wasm ?? "unknown"}.pagefind`].map((file) => path.join(primary, file))];
  return scripts.reduce((sum, file) => sum + size(file), 0) + both.reduce((sum, { entry }) => sum + entry, 0) + Math.max(...both.map(({ fragment }) => fragment));
}
