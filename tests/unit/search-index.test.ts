// The search index the build writes: articles only, one index per language, and none of the
// ready-made interfaces the search page does not use.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CodeFingerprint } from "@/lib/build/code-fingerprint";
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

describe("kept from the last build", () => {
  const story = (lang: string, date: string, words: string) =>
    page(lang, `<article data-pagefind-body=""><h1>${words}</h1><p><time dateTime="${date}" data-pagefind-meta="date">${date}</time></p><p>${words} in the report.</p></article>`);
  // Two stories of the newest month and the Dari edition's newest (the recent shard), three older ones (the archive).
  const site: Record<string, { key: string; html: string }> = {
    "/articles/harvest/": { key: "k1", html: story("en", "2025-11-20", "Saffron harvest") },
    "/articles/prices/": { key: "k1", html: story("en", "2025-11-02", "Bread prices") },
    "/articles/library/": { key: "k1", html: story("fa-AF", "2025-10-15", "کتابخانه تازه") },
    "/articles/border/": { key: "k1", html: story("en", "2025-10-05", "Border reopens") },
    "/articles/drought/": { key: "k1", html: story("en", "2025-09-10", "Drought deepens") },
    "/articles/school/": { key: "k1", html: story("fa-AF", "2025-08-01", "مکتب دختران") },
    "/tags/trade/": { key: "k1", html: page("en", "<h1>Trade</h1><p>Stories about trade.</p>") },
  };
  const fingerprint: CodeFingerprint = { code: "c1", packages: "p1", settings: "s1", publicFiles: "f1" };

  function written(pages: typeof site): string {
    const out = fs.mkdtempSync(path.join(dir, "site-"));
    for (const [address, { html }] of Object.entries(pages)) {
      fs.mkdirSync(path.join(out, address), { recursive: true });
      fs.writeFileSync(path.join(out, address, "index.html"), html);
    }
    fs.writeFileSync(path.join(out, "search.js"), "// the search page's script");
    return out;
  }
  const index = (pages: typeof site, cacheDir: string, code = fingerprint) => {
    const out = written(pages);
    const keys = new Map(Object.entries(pages).map(([address, { key }]) => [address, key]));
    return writeSearchIndex(out, { keys, fingerprint: code, cacheDir }).then((report) => ({ out, report }));
  };
  const files = (folder: string) => fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).sort();
  const sameFiles = (a: string, b: string) => {
    expect(files(a)).toEqual(files(b));
    for (const file of files(a)) if (fs.statSync(path.join(a, file)).isFile()) expect(fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file))), file).toBe(true);
  };

  it("re-indexes only the newest month's stories after a correction to one, and writes the index a whole indexing writes, byte for byte", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-search-shards-"));
    const cache = path.join(dir, "cache");
    const first = await index(site, cache);
    expect(first.report).toMatchObject({ pages: 6, indexed: 6, languages: ["en", "fa-af"] });
    // The archive holds the older stories in both languages; the primary index, every language.
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(first.out, "pagefind/archive/pagefind-entry.json"), "utf8")).languages).sort()).toEqual(["en", "fa-af"]);
    expect(fs.readdirSync(path.join(first.out, "pagefind/archive/fragment"))).toHaveLength(3);

    const corrected = { ...site, "/articles/prices/": { key: "k2", html: story("en", "2025-11-02", "Bread prices rise") } };
    const again = await index(corrected, cache);
    expect(again.report).toMatchObject({ pages: 6, indexed: 3 });
    const whole = await index(corrected, path.join(dir, "another-cache"));
    expect(whole.report.indexed).toBe(6);
    sameFiles(path.join(again.out, "pagefind"), path.join(whole.out, "pagefind"));
    expect(firstSearchBytes(again.out)).toBe(firstSearchBytes(whole.out));

    // A new story linking an older one changes the older page's timeline, which is not indexed: the archive stays.
    const timeline = '<aside class="timeline" aria-labelledby="related-events"><p>Also in the timeline of <a href="/articles/update/">Crossing update</a></p></aside>';
    const added = {
      ...corrected,
      "/articles/update/": { key: "k1", html: story("en", "2025-11-25", "Crossing update") },
      "/articles/drought/": { key: "k2", html: site["/articles/drought/"].html.replace("</article>", `${timeline}</article>`) },
    };
    const withNew = await index(added, cache);
    expect(withNew.report).toMatchObject({ pages: 7, indexed: 4 });
    sameFiles(path.join(withNew.out, "pagefind"), path.join((await index(added, path.join(dir, "a-fourth-cache"))).out, "pagefind"));

    // Other code may make other pages of the same keys (here, another date): it reads and indexes every page.
    const otherCode = await index({ ...corrected, "/articles/drought/": { key: "k1", html: story("en", "2025-11-25", "Drought deepens") } }, cache, { ...fingerprint, code: "c2" });
    expect(otherCode.report.indexed).toBe(6);
    expect(fs.readdirSync(path.join(otherCode.out, "pagefind/archive/fragment"))).toHaveLength(2);
    expect((await index(corrected, cache)).report.indexed).toBe(6);
    // A correction to an older story re-indexes the archive; so does a kept file that is not the one kept.
    const older = { ...corrected, "/articles/drought/": { key: "k2", html: story("en", "2025-09-10", "Drought deepens further") } };
    expect((await index(older, cache)).report.indexed).toBe(6);
    const keptFragments = fs.readdirSync(path.join(cache, "search-index"), { recursive: true, encoding: "utf8" }).filter((name) => name.includes("fragment/"));
    expect(keptFragments.length).toBeGreaterThan(0);
    for (const name of keptFragments) {
      fs.rmSync(path.join(cache, "search-index", name));
      fs.writeFileSync(path.join(cache, "search-index", name), "changed");
    }
    const untrusted = await index(older, cache);
    expect(untrusted.report.indexed).toBe(6);
    sameFiles(path.join(untrusted.out, "pagefind"), path.join((await index(older, path.join(dir, "a-third-cache"))).out, "pagefind"));
  }, 60_000);
});
