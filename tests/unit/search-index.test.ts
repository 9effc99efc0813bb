// The search index the build writes: articles only, one index per language, and none of the
// ready-made interfaces the search page does not use.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { firstSearchBytes, writeSearchIndex } from "@/scripts/build/search-index";

let dir = "";
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const page = (lang: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>x</title></head><body>${body}</body></html>`;

it("indexes the pages that mark their story, one index per language, and keeps only the files the search page needs", async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-search-index-"));
  const pages: Record<string, string> = {
    "index.html": page("en", "<h1>Latest</h1><p>A front page lists stories but is not one.</p>"),
    "articles/harvest/index.html": page("en", '<article data-pagefind-body=""><h1>Saffron harvest</h1><p>Farmers in Herat.</p></article>'),
    "articles/library/index.html": page("fa-AF", '<article data-pagefind-body=""><h1>کتابخانه</h1><p>یک کتابخانه تازه.</p></article>'),
  };
  for (const [name, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), html);
  }
  fs.writeFileSync(path.join(dir, "search.js"), "// the search page's script");

  const report = await writeSearchIndex(dir);

  expect(report).toMatchObject({ pages: 2, languages: ["en", "fa-af"] });
  const written = fs.readdirSync(path.join(dir, "pagefind"));
  expect(written).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "index", "fragment"]));
  expect(written.filter((name) => /ui|highlight/.test(name))).toEqual([]);
  // A first search fetches Pagefind's script and worker and one language's files, not the whole index.
  const pagefindScripts = ["pagefind.js", "pagefind-worker.js"].reduce((sum, name) => sum + fs.statSync(path.join(dir, "pagefind", name)).size, 0);
  for (const language of ["en", "fa-af"]) {
    expect(firstSearchBytes(dir, language)).toBeGreaterThan(pagefindScripts);
    expect(firstSearchBytes(dir, language)).toBeLessThan(report.bytes);
  }
  expect(() => firstSearchBytes(dir, "ps")).toThrow("the search index has no ps index");
}, 60_000);
