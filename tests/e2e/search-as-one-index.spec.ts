// The search index is in two shards (scripts/build/search-index.ts) that the search pages merge: a
// query is to find what one whole index of the same stories finds. The readers' fixture site
// (tests/fixtures/readers), served as built, against a copy of it whose pagefind/ is one whole
// index of the same pages and an empty archive: the same search page, on the same stories.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { writeWholeSearchIndex } from "../../scripts/build/search-index";
import { watchPage } from "../host/browser-watch";
import { fixtureSiteOut } from "../host/fixture-sites";
import { serveWithHeaders, type Host } from "../host/serve-with-headers";
import { serveProjectBuild } from "./served-build";
const ARCHIVE_ENTRY = "archive/pagefind-entry.json";
const sharded = serveProjectBuild(serveWithHeaders, () => fixtureSiteOut("readers"));
let whole: { dir: string; host: Host } | undefined;

test.beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-as-one-index-"));
  fs.cpSync(fs.realpathSync(fixtureSiteOut("readers")), dir, { recursive: true });
  const index = path.join(dir, "pagefind");
  const entry: unknown = JSON.parse(fs.readFileSync(path.join(index, ARCHIVE_ENTRY), "utf8"));
  fs.rmSync(index, { recursive: true });
  await writeWholeSearchIndex(dir, index);
  fs.mkdirSync(path.join(index, "archive"));
  // Pagefind's version, as the build wrote it, and no language: the page merges nothing.
  fs.writeFileSync(path.join(index, ARCHIVE_ENTRY), JSON.stringify({ ...(typeof entry === "object" ? entry : {}), languages: {} }));
  whole = { dir, host: await serveWithHeaders(dir) };
});
test.afterAll(async () => {
  await whole?.host.close();
  if (whole) fs.rmSync(whole.dir, { recursive: true, force: true });
});

// Words in both shards' stories and in one only. "also" is in a recent story alone, and the
// archive's story has "a", its prefix, and "lapis": no story has both. "inches" is in none, and
// both have "in". English words by their stems.
const WORDS = ["also", "lapis also", "the", "in", "inches", "lapis", "lapisxyz", "pomegranate", "crossing", "saffron harvest", "border", "herat", "harvests", "doubled", "drivers waiting", "year twice"];
// Dari and Pashto, typed with the other keyboard's letters.
const FOLDED = ["کتابخانه", "كتابخانه", "نمايشگاه كتاب", "ښوونځي", "ښوونځی"];

async function results(page: Page, origin: string, address: string) {
  await page.goto(`${origin}${address}`);
  await page.waitForFunction(() => {
    const root = document.getElementById("search-results");
    return root && document.getElementById("search-status")?.textContent !== root.dataset.searching;
  });
  return { status: await page.getByRole("status").textContent(), links: await page.locator(".search-results li h2 a").evaluateAll((links) => links.map((link) => link.getAttribute("href"))) };
}

// Every query on the English page; on the editions', which search every language, the Dari and Pashto ones and the prefixes'.
const EDITIONS = [...FOLDED, "also", "lapis also", "lapisxyz"];
for (const [edition, queries] of [["/search/", [...WORDS, ...FOLDED]], ["/fa/search/", EDITIONS], ["/ps/search/", EDITIONS]] as const) {
  test(`${edition} finds what one whole index of the same stories finds, in the same order`, async ({ page }) => {
    if (!whole) throw new Error("the whole index is not served");
    const watch = await watchPage(page);
    for (const query of queries) {
      const address = `${edition}?q=${encodeURIComponent(query)}`;
      expect.soft(await results(page, sharded.origin, address), address).toEqual(await results(page, whole.host.origin, address));
    }
    expect(await watch.problems()).toEqual([]);
  });
}
